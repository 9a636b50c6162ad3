#pragma once

#include "session/meetingsession.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QLabel;

namespace rostrum {

namespace web {
class WebServer;
}

class BackupSchedule;
class ChairActions;
class ChimePlayer;
class Clock;
class ConsoleHeartbeat;
class JournalWindow;
class MeetingConsole;
class ShareDialog;
class TimekeeperDisplay;
class TypingGuard;

// The chair's console: one open meeting at a time, every act a button, a menu entry and a key.
// Acts go to the session; what the window shows comes back through the session's changes.
class ChairWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit ChairWindow(const Clock &clock, QWidget *parent = nullptr);
    ~ChairWindow() override;

    // Opens a meeting file; on failure the core's message goes in a dialog (or in *error, when
    // given) and the file is left alone.
    // A file that cannot be written (a read-only file, folder or medium) opens read only.
    bool openMeeting(const QString &path, QString *error = nullptr);
    // Opens for looking only, the banner giving the reason (a backup says so).
    bool openMeetingForReading(const QString &path, const QString &reason,
                               QString *error = nullptr);
    void setSession(std::unique_ptr<MeetingSession> session);
    MeetingSession *session() const { return m_session.get(); }
    MeetingConsole *console() const { return m_console; }
    ChairActions *chairActions() const { return m_actions; }
    TimekeeperDisplay *timekeeperDisplay() const;
    // The journal window while it is open; null once closed.
    JournalWindow *journalWindow() const;
    QString saveStatusText() const;
    // The record that this console is alive on its meeting, kept for the next start to tell how
    // long the console was away; null while no meeting is run here.
    ConsoleHeartbeat *heartbeat() const { return m_heartbeat.get(); }
    // The chimes at the warning and at zero, for the meeting being run (chairwindowchimes.cpp).
    ChimePlayer *chimes() const { return m_chimes; }

    void showTimekeeper(const QString &screenNameOrIndex, bool fullScreen);
    // The size and place the chair left the window in (saved on close); false the first time.
    bool restoreRememberedGeometry();

public slots:
    void newMeeting();
    void openMeetingDialog();
    // File → Open from a server… (chairwindowserver.cpp).
    void openFromServerDialog();
    void saveCopyAs();
    void backUpCopy();
    void openBackupDialog();
    void editSettings();
    void toggleTimekeeper();
    void showJournal();
    // The Help menu (chairwindowhelp.cpp).
    void openDemo();
    void showKeys();
    void showAbout();

    // The chair's acts (chairwindowacts.cpp).
    void toggleClock();
    void callNext();
    void markAbsent();
    void addThirtySeconds();
    void removeThirtySeconds();
    void resetClock();
    void undo();
    void redo();
    void toggleListClosed();
    void focusInscription();
    void inscribeWithDetails();
    void editSelected();
    void editEntry(qint64 entryId);
    void moveSelectedBy(int delta);
    void moveSelectedToTop();
    void moveSelectedToBottom();
    void swapSelected();
    void unpinSelected();
    void withdrawSelected();
    void removeSelected();
    void setLimitForSelected();
    void setLimitForRemaining();
    // The floor as the UN runs it (chairwindowfloor.cpp).
    void raisePointOfOrder();
    void askReply();
    void showMessage(const QString &text); // empty clears it
    void askMessage();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A meeting on a server (chairwindowserver.cpp): the title says where it lives and with
    // which role; what the role may not do is greyed out (the server refuses it anyway).
    QString serverTitle() const;
    QString serverPlace() const; // "postgresql://… (timekeeper)"
    void greyOutWhatTheRoleMayNot();
    void connectActions();
    void connectFloorActions();
    void unwatchDisplay();
    void rebuildRecentMenu();
    void updateActions();
    void updateSaveStatus();
    void updateTitle();
    // The feedback of the acts (chairwindowfeedback.cpp).
    // Shows a refusal where the chair looks, without blocking; true when the act was done, which
    // clears the refusals still shown and says `confirmation` in the status line, when given.
    bool showOutcome(const MeetingSession::Result &result, const QString &confirmation = {});
    // The same, confirming in the core's own words: the act's summary, put into `format` ("%1",
    // or "Undone: %1").
    bool confirmOutcome(const MeetingSession::Result &result, const QString &format = {});
    // A refusal, in the status line and above the list, until it is no longer true.
    void notify(const QString &message);
    // An act was done: the refusals go, and the status line says what was done, when given.
    void confirm(const QString &done);
    void clearRefusals();
    // On every change, whoever made it: a refusal goes once the list reopens.
    void followListState();
    // At a meeting's open: this console's heartbeat starts, the chair is told when the speech
    // at the rostrum ran on while the console was away, and the display reopens if it was open.
    void resumeWhereLeft();
    // The console leaves its meeting cleanly (another is opened, the window closes).
    void leaveMeeting();
    // Until the chair dismisses it, above the list: what they must know about the meeting file.
    // Notices that come while one is shown are added under it, so none is lost unread.
    void showFileNotice(const QString &message, bool actLost);
    // The chimes (chairwindowchimes.cpp): View → Chimes drives the player, which follows the
    // meeting set here.
    void setUpChimes();
    void chimeForSession();
    void setMeetingChimes(bool on);
    // The web views (chairwindowshare.cpp): View → Share on the network… serves this meeting's
    // session to the room's screens; sharing stops when the console leaves the meeting.
    void showShareDialog();
    void startSharing();
    void stopSharing();
    void revokeLinks();
    // A writable meeting: this console takes its seat in the file, and says who else has it open.
    void takeSeat();
    std::optional<qint64> askLimit(const QString &title, const QString &label, qint64 currentMs);
    void moveSelectedTo(int position);
    TimekeeperDisplay *ensureDisplay();
    bool adopt(std::unique_ptr<MeetingSession> session, const QString &path, const QString &why,
               QString *error);
    // While the meeting can be written: the watch for other processes, automatic backups.
    void startWatching();
    // The chair's keys (chairwindowkeys.cpp): where typing goes, which windows take the keys.
    void setUpTypingGuard();
    void watchConsoleKeys();
    void shareKeysWithDisplay();
    void keepKeysOnConsole();
    // Ctrl+1, from anywhere, the inscription line and its suggestions included: the running
    // order, where the keys are the chair's acts again.
    void giveKeysToOrder();
    // A Next or an Absent within a second of a call is a key pressed twice: ignored, and the
    // chair told in the words of act ("Next ignored: %1 was called less than a second ago.").
    bool refuseCallTooSoon(const QString &act);
    // Remembers when an act called a speaker (the one at the rostrum was calledBefore).
    void noteCall(qint64 calledBefore);

    const Clock &m_clock;
    std::unique_ptr<MeetingSession> m_session;
    // Declared after the session, so it goes first: it serves that session.
    std::unique_ptr<web::WebServer> m_webServer;
    QPointer<ShareDialog> m_shareDialog;
    ChairActions *m_actions;
    TypingGuard *m_typingGuard;
    MeetingConsole *m_console = nullptr;
    QPointer<TimekeeperDisplay> m_display;
    QPointer<JournalWindow> m_journal;
    std::unique_ptr<BackupSchedule> m_backups;
    QLabel *m_saveStatus;
    std::unique_ptr<ConsoleHeartbeat> m_heartbeat;
    QString m_shownRefusal; // in the status line, while it is a refusal
    bool m_listWasClosed = false;
    std::optional<qint64> m_lastCallMs;
    ChimePlayer *m_chimes = nullptr;
};

} // namespace rostrum
