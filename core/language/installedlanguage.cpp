#include "installedlanguage.h"

#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace rostrum {

namespace {
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
} // namespace

InstalledLanguage::InstalledLanguage(const QString &code) : m_code(code)
{
    // Qt's (or the English source) first, so that Rostrum's, installed after it, is asked first.
    if (code == QLatin1String("en")) {
        m_source = std::make_unique<SourceTextTranslator>();
        QCoreApplication::installTranslator(m_source.get());
    } else {
        m_qtLoaded = m_qt.load(QStringLiteral("qtbase_") + code,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded)
            QCoreApplication::installTranslator(&m_qt);
    }
    m_ownLoaded = m_own.load(QStringLiteral(":/i18n/rostrum_") + code);
    if (m_ownLoaded)
        QCoreApplication::installTranslator(&m_own);
}

InstalledLanguage::~InstalledLanguage()
{
    if (m_ownLoaded)
        QCoreApplication::removeTranslator(&m_own);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_source)
        QCoreApplication::removeTranslator(m_source.get());
}

QLocale InstalledLanguage::locale() const
{
    return uiLocale(m_code);
}

} // namespace rostrum
