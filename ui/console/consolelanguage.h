#pragma once

#include "language/installedlanguage.h"
#include "language/languagechoice.h"

#include <QLocale>
#include <QStringList>
#include <memory>

namespace rostrum {

// The language of the console, chosen once at start: `--language xx`, else the one saved from
// View → Language, else the system's. Installed for the program's life with its locale (dates,
// times and numbers) and its direction: right to left in Arabic, for every window.
class ConsoleLanguage
{
public:
    explicit ConsoleLanguage(const QStringList &arguments);
    // The language, locale and direction that were there before come back (a test makes one).
    ~ConsoleLanguage();
    ConsoleLanguage(const ConsoleLanguage &) = delete;
    ConsoleLanguage &operator=(const ConsoleLanguage &) = delete;

    QString code() const { return m_choice.code; }
    // Why `--language` was not taken; empty when it was, or was not given.
    QString error() const { return m_choice.error; }

    // The language of the console made last, the one its windows are built in; English, the
    // language of the source, while none was made (the tests).
    static QString spoken();

    // The language View → Language saved for the next start; empty when none was chosen.
    static QString saved();
    static void save(const QString &code);

private:
    LanguageChoice m_choice;
    QString m_spokenBefore;
    QLocale m_localeBefore;
    Qt::LayoutDirection m_directionBefore;
    std::unique_ptr<InstalledLanguage> m_installed;
};

} // namespace rostrum
