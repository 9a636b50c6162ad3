// What the chair window tells the chair about their acts: a refusal stays in sight only while it
// is true, a done act is confirmed in the status line in the core's words, and a meeting opened
// again after a crash or a restart says that its speech ran on, and brings the display back.
#include "chairwindow.h"
#include "consoleheartbeat.h"
#include "inlinemessage.h"
#include "meetingconsole.h"
#include "settingskeys.h"
#include "timekeeperdisplay.h"

#include <QSettings>
#include <QStatusBar>

namespace rostrum {

namespace {
// Long enough to read, short enough that the next act's confirmation is not mistaken for it.
constexpr int kConfirmationShownMs = 8000;
// A resumed speech is news once: it stays long enough to be noticed after a restart.
constexpr int kResumeNoteShownMs = 30000;
} // namespace

bool ChairWindow::showOutcome(const MeetingSession::Result &result, const QString &confirmation)
{
    if (!result.ok) {
        notify(result.error);
        return false;
    }
    confirm(confirmation);
    return true;
}

bool ChairWindow::confirmOutcome(const MeetingSession::Result &result, const QString &format)
{
    if (!result.ok)
        return showOutcome(result);
    const QString words = format.isEmpty() ? result.summary : format.arg(result.summary);
    return showOutcome(result, result.summary.isEmpty() ? QString() : words);
}

void ChairWindow::notify(const QString &message)
{
    m_shownRefusal = message;
    statusBar()->showMessage(message, MeetingConsole::kRefusalShownMs);
    if (m_console)
        m_console->showRefusal(message);
}

void ChairWindow::confirm(const QString &done)
{
    clearRefusals();
    if (!done.isEmpty())
        statusBar()->showMessage(done, kConfirmationShownMs);
}

void ChairWindow::clearRefusals()
{
    // Only the refusal: a confirmation or a notice shown since is left alone.
    if (!m_shownRefusal.isEmpty() && statusBar()->currentMessage() == m_shownRefusal)
        statusBar()->clearMessage();
    m_shownRefusal.clear();
    if (m_console)
        m_console->clearRefusals();
}

void ChairWindow::followListState()
{
    if (!m_session)
        return;
    // Reopened here, at another console or from the command line: "the list is closed" is no
    // longer true, and neither may be anything refused while it was.
    const bool closed = m_session->meeting().listClosed;
    if (m_listWasClosed && !closed)
        clearRefusals();
    m_listWasClosed = closed;
}

void ChairWindow::resumeWhereLeft()
{
    if (!m_session || m_session->isReadOnly() || !m_console)
        return;
    // Read before the first beat of this run writes over it.
    const std::optional<qint64> lastAlive = ConsoleHeartbeat::lastAliveMs(m_session->path());
    m_heartbeat = std::make_unique<ConsoleHeartbeat>(m_session.get());
    if (const QString note = ConsoleHeartbeat::resumeNote(*m_session, lastAlive); !note.isEmpty()) {
        statusBar()->showMessage(note, kResumeNoteShownMs);
        m_console->notice()->showMessage(InlineMessage::Kind::Warning, note, kResumeNoteShownMs);
    }
    // As Ctrl+T opens it, focus and screen alike.
    if (QSettings().value(SettingsKeys::timekeeperOpen(), false).toBool() &&
        !(m_display && m_display->isVisible()))
        toggleTimekeeper();
}

void ChairWindow::leaveMeeting()
{
    // The pages were served from this meeting's session, which is about to go.
    stopSharing();
    // The moment the console let go of the meeting, exactly: not the last beat before it.
    if (m_heartbeat)
        m_heartbeat->beat();
    m_heartbeat.reset();
}

} // namespace rostrum
