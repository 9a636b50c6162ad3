// How the meeting file's connection waits for other writers, and how it moves the -wal's
// contents into the main file.
#include "store/meetingstore.h"

#include <QSqlQuery>

namespace rostrum {

void MeetingStore::setBusyTimeout(int ms)
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

MeetingStore::Checkpoint MeetingStore::checkpoint()
{
    if (m_readOnly)
        return Checkpoint::Complete;
    QSqlQuery q(m_db);
    // The row: whether it was blocked, the frames in the -wal, the frames now in the file.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
        return Checkpoint::Failed;
    const bool blocked = q.value(0).toInt() != 0;
    const qint64 frames = q.value(1).toLongLong();
    const qint64 copied = q.value(2).toLongLong();
    return !blocked && copied >= frames ? Checkpoint::Complete : Checkpoint::Partial;
}

} // namespace rostrum
