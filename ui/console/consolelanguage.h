#pragma once

#include "language/installedlanguage.h"
#include "language/languagechoice.h"

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

    QString code() const { return m_choice.code; }
    // Why `--language` was not taken; empty when it was, or was not given.
    QString error() const { return m_choice.error; }

    // The language View → Language saved for the next start; empty when none was chosen.
    static QString saved();
    static void save(const QString &code);

private:
    LanguageChoice m_choice;
    std::unique_ptr<InstalledLanguage> m_installed;
};

} // namespace rostrum
