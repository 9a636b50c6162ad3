#include "records/documentlanguage.h"

#include "language/uilanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace rostrum {

// Every text in its English source: the language the code is written in.
class SourceTextTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QString DocumentLanguage::programLanguage()
{
    return uiLanguageCode(QLocale().name()).value_or(QStringLiteral("en"));
}

DocumentLanguage::DocumentLanguage(const QString &code)
{
    const QString program = programLanguage();
    m_code = uiLanguageCode(code).value_or(program);
    if (m_code == program) {
        m_locale = QLocale();
        return;
    }
    m_locale = uiLocale(m_code);
    if (m_code == QLatin1String("en")) {
        m_source = std::make_unique<SourceTextTranslator>();
        QCoreApplication::installTranslator(m_source.get());
    }
    m_installed = std::make_unique<InstalledLanguage>(m_code);
}

DocumentLanguage::~DocumentLanguage()
{
    m_installed.reset();
    if (m_source)
        QCoreApplication::removeTranslator(m_source.get());
}

} // namespace rostrum
