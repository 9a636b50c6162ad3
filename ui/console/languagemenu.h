#pragma once

#include <QMenu>

class QActionGroup;

namespace rostrum {

// View → Language: the six languages by their own names, and the system's. A choice is saved
// for the next start (ConsoleLanguage reads it); the windows already open keep the language they
// were built in, so the menu says so, in the language chosen and in the one on the screen.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    // `running` is the language the console speaks now (ConsoleLanguage::code()).
    LanguageMenu(const QString &running, QWidget *parent);

    // The language entry checked: the one spoken now, or once chosen, the one of the next start.
    QString checkedCode() const;
    QAction *systemEntry() const { return m_system; }

signals:
    // What the choice means, for the status line.
    void chosen(const QString &message);

private:
    void choose(const QString &code);
    // In whatever language is installed: `code` is the choice (empty: the system's), `next` the
    // language it gives.
    static QString nextStartMessage(const QString &code, const QString &next);

    QString m_running;
    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace rostrum
