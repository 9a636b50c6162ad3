// The chair window's File menu: opening a meeting (read only when it cannot be written), a new
// meeting, copies and backups, and the recent meetings.
#include "backupactions.h"
#include "backupsdialog.h"
#include "chairactions.h"
#include "chairwindow.h"
#include "filedialogs.h"
#include "meetingconsole.h"
#include "recentmeetings.h"
#include "savebanner.h"
#include "server/serverlocation.h"
#include "session/actor.h"
#include "session/readonlymeeting.h"
#include "settingsdialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace rostrum {

namespace {
QString meetingFilter()
{
    return ChairWindow::tr("Rostrum meetings (*.rostrum);;All files (*)");
}
} // namespace

bool ChairWindow::openMeeting(const QString &path, QString *error)
{
    if (const QString readOnly = ReadOnlyMeeting::reasonFor(path); !readOnly.isEmpty())
        return openMeetingForReading(path, readOnly, error);
    QString why;
    auto session = MeetingSession::open(path, m_clock, actorName(Program::Console), &why);
    return adopt(std::move(session), path, why, error);
}

bool ChairWindow::openMeetingForReading(const QString &path, const QString &reason, QString *error)
{
    QString why;
    auto session =
        MeetingSession::openForReading(path, m_clock, &why, reason, actorName(Program::Console));
    return adopt(std::move(session), path, why, error);
}

bool ChairWindow::adopt(std::unique_ptr<MeetingSession> session, const QString &path,
                        const QString &why, QString *error)
{
    if (!session) {
        if (error) {
            *error = why;
        } else {
            QMessageBox::warning(
                this, tr("Cannot open the meeting"),
                tr("%1 cannot be opened.\n\n%2").arg(QDir::toNativeSeparators(path), why));
        }
        return false;
    }
    setSession(std::move(session));
    return true;
}

void ChairWindow::openMeetingDialog()
{
    const QString start =
        m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path =
        FileDialogs::askOpenFile(this, tr("Open a meeting"), start, meetingFilter());
    if (!path.isEmpty())
        openMeeting(path);
}

void ChairWindow::newMeeting()
{
    const QString start =
        m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    QString path = FileDialogs::askSaveFile(
        this, tr("New meeting file"), QDir(start).filePath(tr("meeting.rostrum")), meetingFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rostrum");

    const Meeting blank = SettingsDialog::newMeetingDefaults(m_clock.utcMs());
    std::unique_ptr<MeetingSession> created;
    SettingsDialog dialog(blank, this);
    dialog.setWindowTitle(tr("New meeting: settings"));
    dialog.offerBriefers();
    dialog.setApply([&](const Meeting &m) {
        QString error;
        created = MeetingSession::create(path, m, m_clock, actorName(Program::Console), &error);
        if (!created)
            return error;
        const QVector<EntryDraft> briefers = dialog.briefers();
        if (briefers.isEmpty())
            return QString();
        // One act, so that one undo takes the briefers off again; a refusal leaves no file.
        const auto inscribed = created->importDrafts(briefers, false, tr("Briefers inscribed"));
        if (inscribed.ok)
            return QString();
        created.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return tr("The briefers cannot be inscribed: %1").arg(inscribed.error);
    });
    if (dialog.exec() == QDialog::Accepted && created)
        setSession(std::move(created));
}

void ChairWindow::saveCopyAs()
{
    if (m_console)
        m_console->saveBanner()->saveCopyAs();
}

void ChairWindow::backUpCopy()
{
    if (!m_session)
        return;
    if (const QString outcome = backUpACopy(m_session.get(), this); !outcome.isEmpty())
        statusBar()->showMessage(outcome, 12000);
}

void ChairWindow::openBackupDialog()
{
    BackupsDialog dialog(BackupFolder(BackupFolder::defaultPath()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BackupFile chosen = dialog.chosen();
    if (!chosen.path.isEmpty())
        openMeetingForReading(chosen.path, BackupFolder::readOnlyReason(chosen));
}

void ChairWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList paths = RecentMeetings::list();
    for (const QString &path : paths) {
        QAction *a = menu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(ServerLocation::looksLikeServer(path) || QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openMeeting(path); });
    }
    if (paths.isEmpty())
        menu->addAction(tr("No recent meetings"))->setEnabled(false);
}

} // namespace rostrum
