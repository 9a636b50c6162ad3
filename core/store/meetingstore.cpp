#include "store/meetingstore.h"

#include "store/entryrows.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <limits>
#include <sys/stat.h>

namespace rostrum {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rostrum::MeetingStore", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString sqlError(const QSqlError &e)
{
    return describeSqlError(e.nativeErrorCode(),
                            e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

// Every entry, in EntryRows::columns() order, for EntryRows::fromRow(); text as UTF-8 bytes
// or, for a file that stores UTF-16, as text.
QString selectEntries(bool textAsUtf8Bytes)
{
    QStringList selected;
    for (int i = 0; i < EntryRows::columns().size(); ++i) {
        const QString &column = EntryRows::columns()[i];
        selected.append(textAsUtf8Bytes && EntryRows::isText(i)
                            ? QStringLiteral("CAST(%1 AS BLOB)").arg(column)
                            : column);
    }
    return QStringLiteral("SELECT %1 FROM entry").arg(selected.join(QLatin1Char(',')));
}

QString selectEntriesUtf8Sql()
{
    return selectEntries(true);
}

QString selectEntriesSql()
{
    return selectEntries(false);
}

const QStringList &meetingColumns()
{
    static const QStringList columns = {QStringLiteral("title"),
                                        QStringLiteral("venue"),
                                        QStringLiteral("date"),
                                        QStringLiteral("scheduled_start"),
                                        QStringLiteral("scheduled_end"),
                                        QStringLiteral("time_zone"),
                                        QStringLiteral("deadline"),
                                        QStringLiteral("organizers"),
                                        QStringLiteral("cosponsors"),
                                        QStringLiteral("council"),
                                        QStringLiteral("tier_order"),
                                        QStringLiteral("limits"),
                                        QStringLiteral("default_limit_s"),
                                        QStringLiteral("warning_s"),
                                        QStringLiteral("absent_rule"),
                                        QStringLiteral("list_closed")};
    return columns;
}

// The statements are built once from the fixed column lists above; every value is bound.
QString upsertEntrySql()
{
    QStringList marks;
    for (int i = 0; i < EntryRows::columns().size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT OR REPLACE INTO entry (%1) VALUES (%2)")
        .arg(EntryRows::columns().join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

QString updateMeetingSql()
{
    QStringList sets;
    for (const QString &c : meetingColumns())
        sets.append(c + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE meeting SET %1 WHERE id = 1").arg(sets.join(QLatin1Char(',')));
}

QString insertMeetingSql()
{
    QStringList marks;
    for (int i = 0; i < meetingColumns().size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO meeting (id, %1) VALUES (1, %2)")
        .arg(meetingColumns().join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16) |
           (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

// Reads the 100-byte SQLite header without opening the database, so a file that is not ours
// is refused before SQLite could touch it.
QString checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("There is no file at %1.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a file.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2.").arg(path, file.errorString());
    if (file.size() == 0)
        return tr("%1 is empty (0 bytes), so it is not a Rostrum meeting file.").arg(path);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("%1 is not a Rostrum meeting file (it is not an SQLite database).").arg(path);
    const quint32 pageSize = (quint32(quint8(header[16])) << 8 | quint32(quint8(header[17]))) == 1
                                 ? 65536
                                 : (quint32(quint8(header[16])) << 8 | quint32(quint8(header[17])));
    if (pageSize < 512 || file.size() % pageSize != 0)
        return tr("%1 is damaged: it is cut short or corrupted (its size does not match its "
                  "page size). Open a backup copy.")
            .arg(path);
    const quint32 applicationId = bigEndian32(header, 68);
    const quint32 userVersion = bigEndian32(header, 60);
    if (applicationId != quint32(Schema::kApplicationId))
        return tr("%1 is an SQLite database of another application, not a Rostrum meeting file.")
            .arg(path);
    if (userVersion > quint32(Schema::kCurrentVersion))
        return tr("%1 was written by a newer version of Rostrum (file format %2; this version "
                  "reads up to %3). Open it with a newer Rostrum.")
            .arg(path)
            .arg(userVersion)
            .arg(Schema::kCurrentVersion);
    return {};
}

QString checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isWritable())
        return tr("%1 is read-only. Rostrum saves every act to the meeting file as it happens, so "
                  "it needs to write there. Make the file writable, or copy it to a folder you "
                  "can write to.")
            .arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return tr("The folder of %1 is read-only. Rostrum keeps a journal file next to the "
                  "meeting while it is open, so it needs to write there. Copy the meeting to a "
                  "folder you can write to.")
            .arg(path);
    return {};
}

JournalRecord recordFrom(const QSqlQuery &q)
{
    JournalRecord r;
    r.id = q.value(0).toLongLong();
    r.atMs = q.value(1).toLongLong();
    r.actor = q.value(2).toString();
    r.act = q.value(3).toString();
    r.summary = q.value(4).toString();
    r.undoable = q.value(5).toInt() != 0;
    r.state = JournalRecord::UndoState(q.value(6).toInt());
    r.refersTo = q.value(7).toLongLong();
    if (auto c = Change::fromJson(QJsonDocument::fromJson(q.value(8).toByteArray()).object()))
        r.change = *c;
    return r;
}

} // namespace

// The journal columns in the order recordFrom() reads them. A macro so that the compiler joins
// it to each statement's literal: no statement is assembled at run time (scripts/check-sql).
#define ROSTRUM_JOURNAL_SELECT                                                                     \
    "SELECT id, at_utc, actor, act, summary, undoable, undo_state, refers_to, change FROM "        \
    "journal "

QString describeSqlError(const QString &nativeCode, const QString &text)
{
    const int code = nativeCode.toInt() & 0xff; // extended codes keep the primary in the low byte
    switch (code) {
    case 13:
        return tr("the disk is full (%1)").arg(text);
    case 8:
        return tr("the file or its folder is read-only (%1)").arg(text);
    case 5:
    case 6:
        return tr("another program is holding the meeting file locked (%1)").arg(text);
    case 10:
        return tr("the file could not be written or read: it may have been moved, deleted or the "
                  "disk removed (%1)")
            .arg(text);
    case 11:
    case 26:
        return tr("the file is damaged (%1)").arg(text);
    case 14:
        return tr("the file cannot be opened (%1)").arg(text);
    default:
        return text;
    }
}

MeetingStore::MeetingStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    }
}

void MeetingStore::rememberJournalIdentity()
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path + QStringLiteral("-wal")).constData(), &st) == 0) {
        m_walDevice = quint64(st.st_dev);
        m_walInode = quint64(st.st_ino);
    }
}

QString MeetingStore::checkIdentity() const
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return tr("the meeting file %1 has been deleted or moved").arg(m_path);
    if (quint64(st.st_dev) != m_device || quint64(st.st_ino) != m_inode)
        return tr("the meeting file %1 has been replaced by another file").arg(m_path);
    // SQLite keeps writing to a deleted -wal through its open handle, where no other program
    // sees the acts and a crash loses them. The -wal is never replaced while we hold the file
    // open, so a change of identity means someone removed it.
    const QString wal = m_path + QStringLiteral("-wal");
    if (m_walInode != 0 &&
        (::stat(QFile::encodeName(wal).constData(), &st) != 0 ||
         quint64(st.st_dev) != m_walDevice || quint64(st.st_ino) != m_walInode)) {
        // The acts already committed are still in the old -wal: copy them into the meeting
        // file while we can still read them, so that reopening the file finds every one.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
        return tr("the journal file %1 beside the meeting file has been deleted or replaced; "
                  "the acts saved so far are safe in the meeting file. Reopen the meeting or "
                  "save a copy to carry on saving")
            .arg(wal);
    }
    return {};
}

MeetingStore::~MeetingStore()
{
    m_prepared.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery *MeetingStore::prepared(const QString &sql, QString *error)
{
    auto it = m_prepared.find(sql);
    if (it != m_prepared.end())
        return &it.value();
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        setError(error, sqlError(q.lastError()));
        return nullptr;
    }
    return &m_prepared.insert(sql, q).value();
}

bool MeetingStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    setError(error, sqlError(q.lastError()));
    return false;
}

std::unique_ptr<MeetingStore> MeetingStore::open(const QString &path, QString *error)
{
    if (const QString why = checkHeader(path); !why.isEmpty()) {
        setError(error, why);
        return nullptr;
    }
    if (const QString why = checkWritable(path); !why.isEmpty()) {
        setError(error, why);
        return nullptr;
    }
    std::unique_ptr<MeetingStore> store(new MeetingStore(
        QFileInfo(path).absoluteFilePath(),
        QStringLiteral("rostrum-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(store->m_path);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!store->m_db.open()) {
        setError(error, tr("%1 cannot be opened: %2").arg(path, sqlError(store->m_db.lastError())));
        return nullptr;
    }
    QSqlQuery q(store->m_db);
    // The header said "ours", but only the tables prove it is a meeting and not a stray file
    // (a creation cut short, a cut-down copy). This is asked with reads only, before the WAL
    // switch and the migration below, which would both write to a file we then refuse.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                               "name IN ('meeting', 'entry', 'journal')")) ||
        !q.next() || q.value(0).toInt() != 3 ||
        !q.exec(QStringLiteral("SELECT count(*) FROM meeting WHERE id = 1")) || !q.next() ||
        q.value(0).toInt() != 1) {
        const QString detail = q.lastError().isValid() ? sqlError(q.lastError())
                                                       : tr("the meeting tables are missing");
        setError(error, tr("%1 is damaged: it has no meeting in it (%2).").arg(path, detail));
        return nullptr;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        setError(error,
                 tr("%1 cannot be opened: the journal (WAL) mode could not be switched on: %2")
                     .arg(path, sqlError(q.lastError())));
        return nullptr;
    }
    q.finish();
    QString why;
    if (!store->exec(QStringLiteral("PRAGMA synchronous = FULL"), &why) ||
        !Schema::migrate(store->m_db, &why)) {
        setError(error, tr("%1 cannot be opened: %2").arg(path, why));
        return nullptr;
    }
    // Rostrum makes every file in UTF-8; a file converted to UTF-16 by another tool is read
    // the plain (slower) way rather than misread.
    if (q.exec(QStringLiteral("PRAGMA encoding")) && q.next())
        store->m_textIsUtf8 = q.value(0).toString() == QLatin1String("UTF-8");
    q.finish();
    store->rememberJournalIdentity();
    return store;
}

std::unique_ptr<MeetingStore> MeetingStore::create(const QString &path, const Meeting &meeting,
                                                   QString *error)
{
    if (QFileInfo::exists(path)) {
        setError(error, tr("%1 already exists. Rostrum never overwrites a meeting file; choose "
                           "another name.")
                            .arg(path));
        return nullptr;
    }
    {
        // It holds personal names: readable by its owner only from the moment it exists, never
        // briefly by everyone. SQLite gives its -wal and -shm files the same mode.
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
            setError(error, tr("%1 cannot be created: %2.").arg(path, file.errorString()));
            return nullptr;
        }
        // The umask can only have taken bits away; these are exactly the ones it needs.
        file.setPermissions(ownerOnly);
    }
    auto removePartial = [&] {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    };
    std::unique_ptr<MeetingStore> store(new MeetingStore(
        QFileInfo(path).absoluteFilePath(),
        QStringLiteral("rostrum-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(store->m_path);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QString why;
    // The application id goes into the file's own header before WAL mode starts, so even a
    // file whose later writes are still in its WAL after a crash is recognised as a meeting.
    bool ok = store->m_db.open() &&
              store->exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId),
                          &why) &&
              store->exec(QStringLiteral("PRAGMA journal_mode = WAL"), &why) &&
              store->exec(QStringLiteral("PRAGMA synchronous = FULL"), &why) &&
              Schema::migrate(store->m_db, &why);
    if (ok) {
        QSqlQuery q(store->m_db);
        q.prepare(insertMeetingSql());
        const QVariantMap columns = meeting.toColumns();
        for (const QString &c : meetingColumns())
            q.addBindValue(columns.value(c));
        ok = q.exec();
        if (!ok)
            why = sqlError(q.lastError());
    }
    if (!ok) {
        if (why.isEmpty())
            why = sqlError(store->m_db.lastError());
        store.reset();
        removePartial();
        setError(error, tr("%1 cannot be created: %2").arg(path, why));
        return nullptr;
    }
    store->rememberJournalIdentity();
    return store;
}

bool MeetingStore::load(Meeting *meeting, QVector<Entry> *entries, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM meeting WHERE id = 1")
                    .arg(meetingColumns().join(QLatin1Char(',')))) ||
        !q.next()) {
        setError(error, tr("The meeting cannot be read: %1").arg(sqlError(q.lastError())));
        return false;
    }
    QVariantMap m;
    for (int i = 0; i < meetingColumns().size(); ++i)
        m.insert(meetingColumns()[i], q.value(i));
    *meeting = Meeting::fromColumns(m);
    q.finish();

    entries->clear();
    if (!(m_textIsUtf8 ? q.exec(selectEntriesUtf8Sql()) : q.exec(selectEntriesSql()))) {
        setError(error, tr("The list cannot be read: %1").arg(sqlError(q.lastError())));
        return false;
    }
    while (q.next())
        entries->append(EntryRows::fromRow(q));
    if (q.lastError().isValid()) {
        setError(error, tr("The list cannot be read: %1").arg(sqlError(q.lastError())));
        return false;
    }
    return true;
}

qint64 MeetingStore::journalHead(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM journal")) || !q.next()) {
        setError(error, sqlError(q.lastError()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool MeetingStore::begin(QString *error)
{
    // IMMEDIATE takes the write lock now, so the state read next is the state written over;
    // the busy timeout makes SQLite retry while another writer holds the lock.
    QSqlQuery *q = prepared(QStringLiteral("BEGIN IMMEDIATE"), error);
    if (q && q->exec())
        return true;
    if (q)
        setError(error, sqlError(q->lastError()));
    m_prepared.clear(); // see rollback()
    return false;
}

bool MeetingStore::commit(QString *error)
{
    QSqlQuery *q = prepared(QStringLiteral("COMMIT"), error);
    if (q && q->exec())
        return true;
    if (q)
        setError(error, sqlError(q->lastError()));
    rollback();
    return false;
}

void MeetingStore::rollback()
{
    // A kept statement whose last run failed is not trusted again: Qt finalizes a statement
    // when resetting it reports the failure once more. Every act that fails ends here (or in a
    // failed begin), so the next act prepares its statements afresh.
    m_prepared.clear();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool MeetingStore::write(const Change::Outcome &outcome, QString *error)
{
    // Runs a kept statement with the values just bound.
    auto run = [error](QSqlQuery *q) {
        if (q->exec())
            return true;
        setError(error, sqlError(q->lastError()));
        return false;
    };
    if (!outcome.deletions.isEmpty()) {
        QSqlQuery *q = prepared(QStringLiteral("DELETE FROM entry WHERE id = ?"), error);
        if (!q)
            return false;
        for (const qint64 id : outcome.deletions) {
            q->addBindValue(id);
            if (!run(q))
                return false;
        }
    }
    if (!outcome.upserts.isEmpty()) {
        QSqlQuery *q = prepared(upsertEntrySql(), error);
        if (!q)
            return false;
        for (const Entry &e : outcome.upserts) {
            EntryRows::bind(*q, e);
            if (!run(q))
                return false;
        }
    }
    if (outcome.meeting) {
        QSqlQuery *q = prepared(updateMeetingSql(), error);
        if (!q)
            return false;
        const QVariantMap columns = outcome.meeting->toColumns();
        for (const QString &c : meetingColumns())
            q->addBindValue(columns.value(c));
        if (!run(q))
            return false;
    }
    return true;
}

qint64 MeetingStore::appendJournal(JournalRecord record, QString *error)
{
    const bool newUndoableAct = record.undoable && record.refersTo == 0;
    if (newUndoableAct) {
        QSqlQuery *retire =
            prepared(QStringLiteral(
                         "UPDATE journal SET undo_state = 2 WHERE undoable = 1 AND undo_state = 1"),
                     error);
        if (!retire)
            return 0;
        if (!retire->exec()) {
            setError(error, sqlError(retire->lastError()));
            return 0;
        }
    }
    QSqlQuery *q = prepared(
        QStringLiteral("INSERT INTO journal (at_utc, actor, act, summary, undoable, undo_state, "
                       "refers_to, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!q)
        return 0;
    q->addBindValue(record.atMs);
    q->addBindValue(record.actor);
    q->addBindValue(record.act);
    q->addBindValue(record.summary);
    q->addBindValue(record.undoable ? 1 : 0);
    q->addBindValue(int(record.state));
    q->addBindValue(record.refersTo);
    q->addBindValue(
        QString::fromUtf8(QJsonDocument(record.change.toJson()).toJson(QJsonDocument::Compact)));
    if (!q->exec()) {
        setError(error, sqlError(q->lastError()));
        return 0;
    }
    return q->lastInsertId().toLongLong();
}

bool MeetingStore::setUndoState(qint64 journalId, JournalRecord::UndoState state, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE journal SET undo_state = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(journalId);
    if (q.exec())
        return true;
    setError(error, sqlError(q.lastError()));
    return false;
}

bool MeetingStore::setUndone(qint64 journalId, const Change &redoImage, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE journal SET undo_state = ?, change = ? WHERE id = ?"));
    q.addBindValue(int(JournalRecord::UndoState::Undone));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(redoImage.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(journalId);
    if (q.exec())
        return true;
    setError(error, sqlError(q.lastError()));
    return false;
}

qint64 MeetingStore::nextEntryId(const QVector<Entry> &known)
{
    qint64 highest = 0;
    for (const Entry &e : known)
        highest = std::max(highest, e.id);
    // AUTOINCREMENT's counter remembers removed rows too, so an id is never handed out twice
    // and an undone removal can always come back under its own id.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'entry'")) && q.next())
        highest = std::max(highest, q.value(0).toLongLong());
    return highest + 1;
}

std::optional<JournalRecord> MeetingStore::readOne(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

std::optional<JournalRecord> MeetingStore::undoCandidate()
{
    return readOne(QStringLiteral(
        ROSTRUM_JOURNAL_SELECT "WHERE undoable = 1 AND undo_state = 0 ORDER BY id DESC LIMIT 1"));
}

std::optional<JournalRecord> MeetingStore::redoCandidate()
{
    return readOne(QStringLiteral(ROSTRUM_JOURNAL_SELECT
                                  "WHERE undoable = 1 AND undo_state = 1 ORDER BY id ASC LIMIT 1"));
}

QVector<JournalRecord> MeetingStore::journal(int limit, qint64 beforeId)
{
    QVector<JournalRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(ROSTRUM_JOURNAL_SELECT "WHERE id < ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(recordFrom(q));
    }
    return out;
}

bool MeetingStore::writeSnapshot(const QString &path, const Meeting &meeting,
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

} // namespace rostrum
