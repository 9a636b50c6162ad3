#include "consolelanguage.h"

#include "language/uilanguage.h"
#include "settingskeys.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace rostrum {

ConsoleLanguage::ConsoleLanguage(const QStringList &arguments)
    : m_choice(chooseUiLanguage(takeLanguageOption(arguments).value, saved()))
{
    m_installed = std::make_unique<InstalledLanguage>(m_choice.code);
    const QLocale locale = uiLocale(m_choice.code);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
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
