#include "session/backupschedule.h"

#include "session/meetingsession.h"

#include <QFileInfo>
#include <QTimeZone>

namespace rostrum {

BackupSchedule::BackupSchedule(MeetingSession &session, BackupFolder folder, int intervalMs,
                               QObject *parent)
    : QObject(parent), m_session(session), m_folder(std::move(folder))
{
    connect(&m_session, &MeetingSession::changed, this, [this] { m_changed = true; });
    connect(&m_timer, &QTimer::timeout, this, &BackupSchedule::backUpIfChanged);
    m_timer.start(intervalMs);
}

bool BackupSchedule::backUpIfChanged()
{
    if (!m_changed)
        return false;
    QString error;
    // The meeting's own time (its Clock), so that the name says when the copy was taken even
    // under a test's clock or a computer whose clock was set back.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.now(), QTimeZone::utc());
    const QString path = m_folder.pathFor(m_session.path(), now);
    if (!m_folder.ensureExists(&error) || !m_session.backupTo(path, &error)) {
        emit failed(tr("The automatic backup was not written: %1. The meeting carries on; the "
                       "next backup is tried in a few minutes.")
                        .arg(error));
        return false;
    }
    m_changed = false;
    m_folder.prune(QFileInfo(m_session.path()).completeBaseName(), kKeptPerMeeting);
    emit backedUp(path);
    return true;
}

} // namespace rostrum
