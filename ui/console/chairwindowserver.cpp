// A meeting on a PostgreSQL server in the chair window: opening it (File → Open from a
// server…, asking for a password only when the server wants one), the title that says where it
// lives and with which role (and the title of any meeting), and the acts the role may not do,
// greyed out.
#include "chairactions.h"
#include "chairwindow.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "recentmeetings.h"
#include "server/serverlocation.h"
#include "serverdialog.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace rostrum {

namespace {
QString roleName(const QString &role)
{
    if (role == QLatin1String("timekeeper"))
        return ChairWindow::tr("timekeeper");
    if (role == QLatin1String("staff"))
        return ChairWindow::tr("staff");
    if (role == QLatin1String("viewer"))
        return ChairWindow::tr("viewer");
    return ChairWindow::tr("chair");
}
} // namespace

void ChairWindow::openFromServerDialog()
{
    QStringList recent;
    for (const QString &path : RecentMeetings::list()) {
        if (ServerLocation::looksLikeServer(path))
            recent.append(path);
    }
    ServerDialog dialog(recent, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString url = dialog.url();
    QString why;
    if (openMeeting(url, &why))
        return;
    // libpq found no password: asked for here, and handed to libpq the way it reads one (the
    // process's own PGPASSWORD), so that a reconnection finds it too. Never written anywhere.
    if (why.contains(QLatin1String("PGPASSWORD"))) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Password"), tr("The password of %1 on %2:").arg(dialog.userName(), url),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        qputenv("PGPASSWORD", password.toUtf8());
        if (openMeeting(url, &why))
            return;
    }
    QMessageBox::warning(this, tr("Cannot open the meeting"),
                         tr("%1 cannot be opened.\n\n%2").arg(url, why));
}

// The title names the meeting; on a server, also where it lives and with which role.
void ChairWindow::updateTitle()
{
    if (m_session && m_session->isOnServer()) {
        setWindowTitle(serverTitle());
        return;
    }
    setWindowTitle(m_session ? tr("%1 — Rostrum").arg(m_session->meeting().title) : tr("Rostrum"));
}

QString ChairWindow::serverTitle() const
{
    return tr("%1 — %2, as %3 — Rostrum")
        .arg(m_session->meeting().title, m_session->path(), roleName(m_session->role()));
}

QString ChairWindow::serverPlace() const
{
    return tr("%1 (%2)").arg(m_session->path(), roleName(m_session->role()));
}

void ChairWindow::greyOutWhatTheRoleMayNot()
{
    if (!m_session || m_session->role() == QLatin1String("chair"))
        return;
    const ChairActions &a = *m_actions;
    // The same split as the server's guards and the web views' roles (docs/SERVER.md).
    QList<QAction *> clock = {a.startPause, a.next,         a.addTime,     a.removeTime,
                              a.resetClock, a.otherMessage, a.clearMessage};
    clock += a.messagePresets;
    const QList<QAction *> list = {
        a.inscribe, a.inscribeDetailed, a.edit,        a.moveUp,
        a.moveDown, a.moveTop,          a.moveBottom,  a.swap,
        a.unpin,    a.setLimit,         a.setLimitAll, a.withdraw,
        a.remove,   a.absent,           a.reply,       a.importInscriptions};
    const QList<QAction *> chairOnly = {a.pointOfOrder, a.undo,     a.redo,
                                        a.closeList,    a.settings, a.share};
    const QString role = m_session->role();
    const QList<QAction *> allowed = role == QLatin1String("timekeeper") ? clock
                                     : role == QLatin1String("staff")    ? list
                                                                         : QList<QAction *>{};
    for (QAction *act : clock + list + chairOnly) {
        if (!allowed.contains(act))
            act->setEnabled(false);
    }
    // Typing an inscription is staff's (and the chair's).
    if (m_console)
        m_console->inscriptionLine()->setEnabled(allowed.contains(a.inscribe));
}

} // namespace rostrum
