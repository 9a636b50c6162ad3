// Copies of a meeting file: a backup of the file as saved (its whole journal), and a snapshot
// of what is on screen when acts are kept in memory only.
#include "store/meetingfilechecks.h"
#include "store/meetingfilestore.h"
#include "store/sqliteerror.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rostrum {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

bool MeetingFileStore::writeSnapshot(const QString &path, const Meeting &meeting,
                                     const QVector<Entry> &entries, QString *error)
{
    auto store = create(path, meeting, error);
    if (!store)
        return false;
    Change::Outcome all;
    all.upserts = entries;
    JournalRecord note;
    note.act = QStringLiteral("copy");
    note.summary = tr("Copied from another meeting file");
    note.atMs = QDateTime::currentMSecsSinceEpoch();
    note.actor = QStringLiteral("rostrum");
    if (!store->begin(error) || !store->write(all, error) ||
        store->appendJournal(note, error) == 0 || !store->commit(error)) {
        store->rollback();
        store.reset();
        QFile::remove(path);
        return false;
    }
    return true;
}

bool MeetingFileStore::backupTo(const QString &path, QString *error)
{
    if (path.trimmed().isEmpty()) {
        setError(error, tr("A backup needs a file name, such as backup.rostrum."));
        return false;
    }
    if (QFileInfo::exists(path)) {
        setError(error, tr("%1 already exists. A backup never replaces a file; choose another "
                           "name.")
                            .arg(path));
        return false;
    }
    {
        // Owner-only from the moment it exists, as every meeting file; VACUUM INTO fills an
        // empty file.
        QFile file(path);
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
            setError(error, tr("%1 cannot be created: %2.").arg(path, file.errorString()));
            return false;
        }
        file.setPermissions(ownerOnly);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!q.exec()) {
        const QString full = MeetingFileChecks::checkDiskFull(path);
        setError(error, tr("%1 cannot be written: %2.")
                            .arg(path, full.isEmpty() ? describeSqlError(q.lastError()) : full));
        QFile::remove(path);
        return false;
    }
    q.finish();
    // The copy is a file of its own from now on: laid out afresh by VACUUM, it must never be
    // taken for this file if it is copied back over it while open (store/mainfilewatch.h).
    if (const QString why = giveOwnIdentity(path); !why.isEmpty()) {
        setError(error, tr("%1 cannot be written: %2.").arg(path, why));
        QFile::remove(path);
        return false;
    }
    return true;
}

QString MeetingFileStore::giveOwnIdentity(const QString &path)
{
    const QString connection =
        QStringLiteral("rostrum-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE meeting_identity SET uid = ? WHERE id = 1"));
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!q.exec())
                why = describeSqlError(q.lastError());
            q.finish();
        } else {
            why = describeSqlError(db.lastError());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return why;
}

} // namespace rostrum
