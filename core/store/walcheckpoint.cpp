// How the meeting file's connection waits for other writers, and how it moves the -wal's
// contents into the main file.
#include "store/meetingstore.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

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
    // Never into a file that is no longer this meeting's.
    if (!checkIdentity().isEmpty())
        return Checkpoint::Failed;
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
    m_mainFile.accept(m_uid, complete ? journalHead() : 0);
    return complete ? Checkpoint::Complete : Checkpoint::Partial;
}

void MeetingStore::acceptMainFile()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT uid FROM meeting_identity WHERE id = 1")) && q.next())
        m_uid = q.value(0).toString();
    q.finish();
    m_mainFile.accept(m_uid, 0);
}

void MeetingStore::stopWriting(const QString &why) const
{
    m_overwritten = why;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *db = *static_cast<sqlite3 *const *>(handle.data()))
            sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
}

} // namespace rostrum
