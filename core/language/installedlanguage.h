#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

namespace rostrum {

// One language's translators, installed in the application for as long as this lives: every
// tr() speaks that language meanwhile. Rostrum's own translation is compiled into the program
// (translations/rostrum_*.ts); Qt's (qtbase_*.qm, the standard buttons and dialogs) comes from
// the system's Qt. English installs the source texts and their plural forms ("1 speaker",
// "2 speakers").
// The application's language lives as long as the program; a document in another language
// installs one for the time it is drawn, and translators installed last are asked first.
class InstalledLanguage
{
public:
    explicit InstalledLanguage(const QString &code);
    ~InstalledLanguage();
    InstalledLanguage(const InstalledLanguage &) = delete;
    InstalledLanguage &operator=(const InstalledLanguage &) = delete;

    QString code() const { return m_code; }
    QLocale locale() const;
    // False when Rostrum's own translation of the language could not be loaded.
    bool loaded() const { return m_ownLoaded; }

private:
    QString m_code;
    QTranslator m_own;
    QTranslator m_qt;
    // English answers every text with its source, so that English installed over another
    // language (a document, a message in the language chosen) is English, not that language.
    std::unique_ptr<QTranslator> m_source;
    bool m_ownLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace rostrum
