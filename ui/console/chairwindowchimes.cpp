// The chair window's chimes: the player follows the meeting the window runs, View → Chimes
// switches and sets it, and a console that cannot be heard says so once.
#include "chairactions.h"
#include "chairwindow.h"
#include "chimemenu.h"
#include "chimeplayer.h"

#include <QStatusBar>

namespace rostrum {

void ChairWindow::setUpChimes()
{
    m_chimes = new ChimePlayer(this);
    ChimeMenu *menu = m_actions->chimeMenu;
    m_chimes->setOn(ChimeMenu::savedOn());
    m_chimes->setVolumePercent(ChimeMenu::savedVolumePercent());
    connect(menu, &ChimeMenu::onChanged, m_chimes, &ChimePlayer::setOn);
    connect(menu, &ChimeMenu::volumeChanged, m_chimes, &ChimePlayer::setVolumePercent);
    connect(menu, &ChimeMenu::meetingChimesChosen, this, &ChairWindow::setMeetingChimes);
    // The player says it once per run. Among the notices about the meeting the chair must
    // dismiss, not the passing ones: a room waiting for a chime that never comes is not news that
    // may go by unread, nor may it push out the note of a speech resumed at the same open.
    connect(m_chimes, &ChimePlayer::unavailable, this, [this, menu](const QString &message) {
        menu->showUnavailable(message);
        showFileNotice(message, false);
    });
}

void ChairWindow::chimeForSession()
{
    m_chimes->setSession(m_session.get());
    ChimeMenu *menu = m_actions->chimeMenu;
    const auto follow = [this, menu] {
        menu->showMeeting(m_session ? &m_session->meeting() : nullptr,
                          m_session && !m_session->isReadOnly());
    };
    if (m_session) {
        // Whoever switched it, here, at another console or from the command line.
        connect(m_session.get(), &MeetingSession::changed, menu, follow);
        connect(m_session.get(), &MeetingSession::saveStateChanged, menu, follow);
    }
    follow();
}

void ChairWindow::setMeetingChimes(bool on)
{
    if (!m_session)
        return;
    Meeting m = m_session->meeting();
    m.chimes = on;
    confirmOutcome(m_session->setMeeting(m));
    // Refused: the check mark goes back to what the meeting has.
    m_actions->chimeMenu->showMeeting(&m_session->meeting(), !m_session->isReadOnly());
}

} // namespace rostrum
