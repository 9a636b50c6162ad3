#pragma once

#include <QWidget>

class QAbstractButton;
class QCommandLinkButton;

namespace rostrum {

class ChairActions;

// What the console shows with no meeting open, at the first start or when the last meeting is
// gone: a new meeting, a file to open, the meetings opened lately, and the demo. Each is a
// button the keyboard reaches with Tab and presses with Enter or Space; the first three are the
// File and Help menus' own actions, so they do what the menu does.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(ChairActions *actions, QWidget *parent = nullptr);

    QCommandLinkButton *newMeetingButton() const { return m_newMeeting; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    // One per recent meeting, newest first; a file that is gone is shown, disabled, as gone.
    QList<QCommandLinkButton *> recentButtons() const { return m_recent; }

signals:
    void recentChosen(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QCommandLinkButton *m_newMeeting;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_demo;
    QList<QCommandLinkButton *> m_recent;
};

} // namespace rostrum
