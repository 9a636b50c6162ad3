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
}

} // namespace rostrum
