#include "installedlanguage.h"

#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace rostrum {

InstalledLanguage::InstalledLanguage(const QString &code) : m_code(code)
{
    // Qt's first, so that Rostrum's, installed after it, is asked first.
    if (code != QLatin1String("en")) {
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
}

QLocale InstalledLanguage::locale() const
{
    return uiLocale(m_code);
}

} // namespace rostrum
