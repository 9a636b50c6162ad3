#include "store/mainfilewatch.h"

#include "store/checkpointerlock.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <sys/stat.h>

namespace rostrum {

namespace {
constexpr int kLooksBeforeReplaced = 3;
constexpr int kMsBetweenLooks = 5;
// A checkpoint of a thousand pages, fsync included, takes well under this on a slow disk; one
// that takes longer is judged at the next act instead, rather than blocking the console.
constexpr int kTriesForTheLock = 50;
constexpr int kMsBetweenTries = 5;
} // namespace

MainFileWatch::Stamp MainFileWatch::stampNow() const
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

void MainFileWatch::accept(const QString &meetingUid, qint64 headInMainFile)
{
    m_watching = true;
    m_uid = meetingUid;
    m_head = std::max(m_head, headInMainFile);
    m_stamp = stampNow();
}

bool MainFileWatch::readMainFile(QString *uid, qint64 *head, QString *error) const
{
    const QString connection =
        QStringLiteral("rostrum-watch-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        // immutable: the main file alone, as a copy of it would be read, without the -wal.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            ok = q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM journal")) && q.next();
            if (ok)
                *head = q.value(0).toLongLong();
            // A file of version 2, opened for reading only, has no identity yet.
            if (ok && q.exec(QStringLiteral("SELECT uid FROM meeting_identity WHERE id = 1")) &&
                q.next())
                *uid = q.value(0).toString();
            if (!ok)
                *error = q.lastError().databaseText();
            q.finish();
        } else {
            *error = db.lastError().databaseText();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString MainFileWatch::verdict(bool *unreadable)
{
    QString uid;
    qint64 head = 0;
    QString error;
    if (unreadable)
        *unreadable = false;
    if (!readMainFile(&uid, &head, &error)) {
        if (unreadable)
            *unreadable = true;
        return tr("the meeting file %1 has been overwritten in place and is no longer a meeting "
                  "(%2); nothing more is written to it")
            .arg(m_path, error);
    }
    if (!m_uid.isEmpty() && uid != m_uid)
        return tr("another meeting file (another meeting, or a backup) has been copied over the "
                  "meeting file %1; nothing more is written to it")
            .arg(m_path);
    if (head < m_head)
        return tr("an older copy of this meeting has been copied over the meeting file %1; "
                  "nothing more is written to it")
            .arg(m_path);
    m_head = head;
    return {};
}

QString MainFileWatch::check(sqlite3 *writer)
{
    if (!m_watching || stampNow() == m_stamp)
        return {};
    for (int attempt = 0; attempt < kTriesForTheLock; ++attempt) {
        if (attempt > 0)
            QThread::msleep(kMsBetweenTries);
        const CheckpointerLock lock(writer);
        if (lock.state() == CheckpointerLock::State::Unavailable)
            return verdictOnSeveralLooks(stampNow());
        if (lock.state() == CheckpointerLock::State::Busy)
            continue; // another console is copying pages into the file: not now
        // No checkpoint runs: whatever changed the main file has finished, or is not SQLite.
        const Stamp atRest = stampNow();
        bool unreadable = false;
        const QString why = verdict(&unreadable);
        if (why.isEmpty())
            m_stamp = atRest; // still this meeting, moved on by another console's checkpoint
        else if (unreadable && !lock.mainFileStandsAlone())
            return {}; // a partial checkpoint's pages, not a file overwritten: looked at again
        return why;
    }
    return {}; // the stamp stays as it was, so the next act looks again
}

QString MainFileWatch::verdictOnSeveralLooks(const Stamp &now)
{
    QString why;
    for (int look = 0; look < kLooksBeforeReplaced; ++look) {
        if (look > 0)
            QThread::msleep(kMsBetweenLooks);
        why = verdict();
        if (why.isEmpty()) {
            m_stamp = now;
            return {};
        }
    }
    return why;
}

} // namespace rostrum
