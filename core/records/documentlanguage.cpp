#include "records/documentlanguage.h"

#include "language/uilanguage.h"

#include <QCoreApplication>

namespace rostrum {

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
    m_installed = std::make_unique<InstalledLanguage>(m_code);
}

DocumentLanguage::~DocumentLanguage() = default;

} // namespace rostrum
