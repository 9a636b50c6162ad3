#include "server/servercopy.h"

#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "server/serverstore.h"
#include "store/entryrows.h"
#include "store/meetingfilestore.h"
#include "store/meetingrows.h"
#include "store/sqliteerror.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rostrum::ServerCopy {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ServerCopy)
};

bool failWith(QString *error, const QSqlError &e)
{
    reportSqlError(error, e);
    return false;
}

// Every row the executed source query is on, through the prepared insert, value by value.
bool copyRows(QSqlQuery &source, QSqlQuery &insert, int columns, QString *error)
{
    while (source.next()) {
        for (int i = 0; i < columns; ++i)
            insert.addBindValue(source.value(i));
        if (!insert.exec())
            return failWith(error, insert.lastError());
    }
    return !source.lastError().isValid() || failWith(error, source.lastError());
}

// The journal, the web links and the entries, from one side's open transaction to the other's.
bool copyContents(QSqlDatabase &from, QSqlDatabase &to, QString *error)
{
    QSqlQuery source(from);
    source.setForwardOnly(true);
    QSqlQuery insert(to);
    if (!source.exec(EntryRows::selectSql(false)))
        return failWith(error, source.lastError());
    insert.prepare(EntryRows::insertSql());
    if (!copyRows(source, insert, int(EntryRows::columns().size()), error))
        return false;
    if (!source.exec(QStringLiteral("SELECT id, at_utc, actor, act, summary, undoable, undo_state,"
                                    " refers_to, change FROM journal ORDER BY id")))
        return failWith(error, source.lastError());
    insert.prepare(
        QStringLiteral("INSERT INTO journal (id, at_utc, actor, act, summary, undoable,"
                       " undo_state, refers_to, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!copyRows(source, insert, 9, error))
        return false;
    if (!source.exec(QStringLiteral("SELECT role, token_sha256, made_utc FROM web_link")))
        return failWith(error, source.lastError());
    insert.prepare(
        QStringLiteral("INSERT INTO web_link (role, token_sha256, made_utc) VALUES (?, ?, ?)"));
    return copyRows(source, insert, 3, error);
}

qint64 fileEntryHigh(QSqlDatabase &file)
{
    QSqlQuery q(file);
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'entry'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    return q.exec(sql) || failWith(error, q.lastError());
}
} // namespace

bool push(const QString &file, const ServerLocation &where, QString *error)
{
    QString why;
    std::unique_ptr<MeetingFileStore> source =
        MeetingFileStore::open(file, &why, MeetingFileStore::Access::ReadOnly);
    Meeting meeting;
    QVector<Entry> entries;
    if (!source || !source->load(&meeting, &entries, &why)) {
        if (error)
            *error = why;
        return false;
    }
    std::unique_ptr<ServerConnection> connection = ServerConnection::open(where, error);
    if (!connection)
        return false;
    QSqlDatabase &db = connection->db();
    QSqlDatabase &fileDb = source->database();
    if (!ServerSchema::ensureRegister(db, &why) || !db.transaction() || !fileDb.transaction() ||
        !ServerSchema::createMeeting(db, where.meeting, &why)) {
        if (why.isEmpty())
            why = describeSqlError(db.lastError());
        db.rollback();
        if (error)
            *error = Tr::tr("%1 cannot be created: %2").arg(where.toString(), why);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(MeetingRows::insertSql());
    MeetingRows::bind(q, meeting);
    bool ok = q.exec() || failWith(&why, q.lastError());
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO meeting_identity (id, uid) VALUES (1, ?)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ok = q.exec() || failWith(&why, q.lastError());
    }
    // The journal keeps the file's actors: the trigger that names the server's user is off for
    // the copy only (the one pushing owns the new tables, so may switch it).
    ok = ok && run(db, QStringLiteral("ALTER TABLE journal DISABLE TRIGGER journal_actor"), &why) &&
         copyContents(fileDb, db, &why) &&
         run(db, QStringLiteral("ALTER TABLE journal ENABLE TRIGGER journal_actor"), &why);
    if (ok) {
        q.prepare(QStringLiteral("UPDATE entry_high SET high = greatest(high, ?) WHERE id = 1"));
        q.addBindValue(fileEntryHigh(fileDb));
        ok = (q.exec() || failWith(&why, q.lastError())) &&
             run(db,
                 QStringLiteral("SELECT setval(pg_get_serial_sequence('journal', 'id'),"
                                " greatest(max(id), 1), max(id) IS NOT NULL) FROM journal"),
                 &why);
    }
    fileDb.rollback();
    if (ok && db.commit())
        return true;
    if (why.isEmpty())
        why = describeSqlError(db.lastError());
    db.rollback();
    if (error)
        *error = Tr::tr("%1 was not copied to %2: %3. Nothing was created there.")
                     .arg(file, where.toString(), why);
    return false;
}

bool pull(ServerStore &store, const QString &file, QString *error)
{
    QSqlDatabase &db = store.database();
    // One snapshot of the whole meeting, however many consoles act meanwhile.
    QString why;
    if (!db.transaction() ||
        !run(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"), &why)) {
        db.rollback();
        if (error)
            *error = Tr::tr("%1 cannot be read: %2").arg(store.path(), why);
        return false;
    }
    Meeting meeting;
    QVector<Entry> entries;
    if (!store.load(&meeting, &entries, &why)) {
        db.rollback();
        if (error)
            *error = why;
        return false;
    }
    std::unique_ptr<MeetingFileStore> target = MeetingFileStore::create(file, meeting, error);
    if (!target) {
        db.rollback();
        return false;
    }
    QSqlDatabase &fileDb = target->database();
    bool ok = fileDb.transaction() && copyContents(db, fileDb, &why);
    if (ok) {
        QSqlQuery high(db);
        ok = high.exec(QStringLiteral("SELECT high FROM entry_high WHERE id = 1")) && high.next();
        // AUTOINCREMENT's own counter, so that no removed entry's id is handed out again. The
        // table has no key on the name: the row is updated where it exists, else added.
        const qint64 highest = ok ? high.value(0).toLongLong() : 0;
        QSqlQuery q(fileDb);
        q.prepare(
            QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'entry'"));
        q.addBindValue(highest);
        ok = ok && (q.exec() || failWith(&why, q.lastError()));
        if (ok && q.numRowsAffected() == 0) {
            q.prepare(
                QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('entry', ?)"));
            q.addBindValue(highest);
            ok = q.exec() || failWith(&why, q.lastError());
        }
        ok = ok && fileDb.commit();
    }
    db.rollback();
    if (ok)
        return true;
    if (why.isEmpty())
        why = describeSqlError(fileDb.lastError());
    fileDb.rollback();
    target.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    if (error)
        *error = Tr::tr("%1 was not copied to %2: %3").arg(store.path(), file, why);
    return false;
}

} // namespace rostrum::ServerCopy
