#include "consolelanguage.h"

#include "language/uilanguage.h"
#include "settingskeys.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace rostrum {

namespace {
QString &spokenCode()
{
    static QString code = QStringLiteral("en");
    return code;
}
} // namespace

ConsoleLanguage::ConsoleLanguage(const QStringList &arguments)
    : m_choice(chooseUiLanguage(takeLanguageOption(arguments).value, saved())),
      m_spokenBefore(spokenCode()), m_directionBefore(QGuiApplication::layoutDirection())
{
    m_installed = std::make_unique<InstalledLanguage>(m_choice.code);
    const QLocale locale = uiLocale(m_choice.code);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    spokenCode() = m_choice.code;
}

ConsoleLanguage::~ConsoleLanguage()
{
    spokenCode() = m_spokenBefore;
    QLocale::setDefault(m_localeBefore);
    QGuiApplication::setLayoutDirection(m_directionBefore);
}

QString ConsoleLanguage::spoken()
{
    return spokenCode();
}

QString ConsoleLanguage::saved()
{
    return QSettings().value(SettingsKeys::language()).toString();
}

void ConsoleLanguage::save(const QString &code)
{
    QSettings().setValue(SettingsKeys::language(), code);
}

} // namespace rostrum
