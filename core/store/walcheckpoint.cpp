// How the meeting file's connection waits for other writers, and how it moves the -wal's
// contents into the main file.
#include "store/meetingfilestore.h"
#include "store/sqlitehandle.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

namespace rostrum {

void MeetingFileStore::setBusyTimeout(int ms)
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

MeetingFileStore::Checkpoint MeetingFileStore::checkpoint()
{
    if (m_readOnly)
        return Checkpoint::Complete;
    // Never into a file that is no longer this meeting's.
    if (!checkIdentity().isEmpty())
        return Checkpoint::Failed;
    // The newest act that a complete checkpoint surely puts in the main file is read before it:
    // read after, it may be another program's act committed a moment later, still in the -wal
    // only, and the main file would then be judged an older copy of this meeting (and set aside
    // with another program's -wal still in use).
    const qint64 headBefore = journalHead();
    QSqlQuery q(m_db);
    // The row: whether it was blocked, the frames in the -wal, the frames now in the file.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
        return Checkpoint::Failed;
    const bool blocked = q.value(0).toInt() != 0;
    const qint64 frames = q.value(1).toLongLong();
    const qint64 copied = q.value(2).toLongLong();
    q.finish();
    const bool complete = !blocked && copied >= frames;
    // The checkpoint changed the main file; a complete one put every act in it.
    m_mainFile.accept(m_uid, complete ? headBefore : 0);
    return complete ? Checkpoint::Complete : Checkpoint::Partial;
}

void MeetingFileStore::acceptMainFile()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT uid FROM meeting_identity WHERE id = 1")) && q.next())
        m_uid = q.value(0).toString();
    q.finish();
    m_mainFile.accept(m_uid, 0);
}

void MeetingFileStore::stopWriting(const QString &why) const
{
    m_overwritten = why;
    if (sqlite3 *db = sqliteHandleOf(m_db))
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    // The -wal holds pages of the file that was there before: the next program to open the
    // meeting would replay them into the file copied over it, and damage that. It is set aside
    // under a name that says what it is (the acts in it are on this console's screen, and Save
    // a copy as… keeps them); the -shm only indexes it, and goes.
    const QString wal = m_path + QStringLiteral("-wal");
    if (m_wal && FileIdentity::of(wal) == m_wal) {
        const QString aside =
            wal + QStringLiteral(".overwritten-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(wal, aside);
        QFile::remove(m_path + QStringLiteral("-shm"));
    }
}

} // namespace rostrum
