#pragma once

#include "language/installedlanguage.h"

#include <QLocale>
#include <QString>
#include <memory>

namespace rostrum {

// The language a document is drawn in, for as long as this lives: its tr() texts, its locale
// for dates, and its direction (right to left in Arabic). A document in the program's own
// language changes nothing; one in another language installs that language's translators on
// top of the program's (installedlanguage.h), and takes them away when it is done.
// English installed that way answers with its source texts, so an English document stays
// English in a French console.
class DocumentLanguage final
{
public:
    // code: one of uiLanguages()'s; empty, or unknown, is the program's language.
    explicit DocumentLanguage(const QString &code);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    Qt::LayoutDirection direction() const { return m_locale.textDirection(); }

    // The program's language, as the default locale set at start says it: "en", "ar", ...
    static QString programLanguage();

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<InstalledLanguage> m_installed;
};

} // namespace rostrum
