// The chair window's Help menu: the keys, the demo meeting, About.
#include "aboutbox.h"
#include "chairwindow.h"
#include "keysdialog.h"
#include "meeting/demomeeting.h"
#include "session/actor.h"
#include "session/demosession.h"

#include <QMenuBar>
#include <QMessageBox>

namespace rostrum {

void ChairWindow::openDemo()
{
    // Dated by the console's clock: held today, the first speaker called within minutes, so
    // the projection and the advice read as they would in a real meeting.
    const qint64 offset = DemoMeeting::offsetToStartSoonAfter(m_clock.utcMs());
    QString error;
    auto session = DemoSession::create(DemoSession::freshPath(m_clock), offset, m_clock,
                                       actorName(Program::Console), &error);
    if (!session) {
        QMessageBox::warning(this, tr("Cannot open the demo"),
                             tr("The demo meeting cannot be written: %1").arg(error));
        return;
    }
    setSession(std::move(session));
    if (!error.isEmpty())
        notify(tr("The demo meeting is missing an inscription: %1").arg(error));
}

void ChairWindow::showKeys()
{
    auto *dialog = findChild<KeysDialog *>();
    if (!dialog) {
        dialog = new KeysDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose); // read from the menus again next time
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void ChairWindow::showAbout()
{
    AboutBox::show(this);
}

} // namespace rostrum
