#include "server/serverstore.h"

#include "server/servercopy.h"
#include "server/servererror.h"
#include "server/serverroles.h"
#include "server/serverschema.h"
#include "store/entryrows.h"
#include "store/meetingrows.h"
#include "store/sqliteerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <utility>

namespace rostrum {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

ServerStore::ServerStore(std::unique_ptr<ServerConnection> connection, Access access)
    : m_connection(std::move(connection)), m_listener(std::make_unique<QObject>()),
      m_readOnly(access == Access::ReadOnly)
{
}

ServerStore::~ServerStore()
{
    m_kept.forgetAll();
}

bool ServerStore::run(const QString &sql, QString *error)
{
    QSqlQuery q(database());
    if (q.exec(sql))
        return true;
    noteFailure(q.lastError());
    reportSqlError(error, q.lastError());
    return false;
}

void ServerStore::noteFailure(const QSqlError &e)
{
    m_basis.reset(); // whatever failed, the next act reads the meeting under its lock
    if (isConnectionLost(e) || !m_connection->isAlive())
        m_lost = tr("the connection to the server %1 was lost").arg(path());
}

bool ServerStore::attach(QString *error)
{
    const ServerLocation &where = m_connection->location();
    // The role first: a user without one may not even read the register or the meeting.
    m_role = ServerRoles::roleOf(database(), where.meeting);
    const bool noRole = m_role == QLatin1String("none");
    const QString refusal = tr("%1: the user %2 has no role in this meeting; its chair gives one "
                               "with rostrum-cli grant")
                                .arg(path(), m_connection->user());
    QString why;
    const int format = ServerSchema::formatOf(database(), where.meeting, &why);
    if (format < 0) {
        setError(error, noRole ? refusal : tr("%1 cannot be opened: %2").arg(path(), why));
        return false;
    }
    if (format == 0) {
        setError(error, tr("%1 cannot be opened: the database %2 has no meeting named %3")
                            .arg(path(), where.database, where.meeting));
        return false;
    }
    if (format > ServerSchema::currentFormat()) {
        setError(error, tr("%1 was made by a newer Rostrum (format %2; this one knows up to %3): "
                           "update Rostrum to open it")
                            .arg(path())
                            .arg(format)
                            .arg(ServerSchema::currentFormat()));
        return false;
    }
    if (noRole) {
        setError(error, refusal);
        return false;
    }
    if (!ServerSchema::useMeeting(database(), where.meeting, &why)) {
        setError(error, tr("%1 cannot be opened: %2").arg(path(), why));
        return false;
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT uid FROM meeting_identity WHERE id = 1")) || !q.next()) {
        setError(error, tr("%1 cannot be opened: %2").arg(path(), describeSqlError(q.lastError())));
        return false;
    }
    m_uid = q.value(0).toString();
    if (m_role == QLatin1String("viewer"))
        m_readOnly = true;
    // Every console's commit of a journal row is announced on the schema's name.
    QObject::connect(
        database().driver(), &QSqlDriver::notification, m_listener.get(),
        [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
            if (source == QSqlDriver::SelfSource)
                return;
            m_changed = true;
            if (m_onChange)
                m_onChange();
        });
    return prepareConnection(error);
}

bool ServerStore::prepareConnection(QString *error)
{
    const ServerLocation &where = m_connection->location();
    QString why;
    if (!ServerSchema::useMeeting(database(), where.meeting, &why) ||
        (m_readOnly && !run(QStringLiteral("SET default_transaction_read_only = on"), &why))) {
        setError(error, tr("%1 cannot be opened: %2").arg(path(), why));
        return false;
    }
    setBusyTimeout(m_busyTimeoutMs);
    QSqlDriver *driver = database().driver();
    if (!driver->subscribeToNotification(where.schema())) {
        setError(error, tr("%1 cannot be opened: the server does not announce changes (%2)")
                            .arg(path(), driver->lastError().text()));
        return false;
    }
    return true;
}

std::unique_ptr<ServerStore> ServerStore::open(const ServerLocation &where, QString *error,
                                               Access access)
{
    std::unique_ptr<ServerConnection> connection = ServerConnection::open(where, error);
    if (!connection)
        return nullptr;
    std::unique_ptr<ServerStore> store(new ServerStore(std::move(connection), access));
    if (!store->attach(error))
        return nullptr;
    return store;
}

std::unique_ptr<ServerStore> ServerStore::create(const ServerLocation &where,
                                                 const Meeting &meeting, QString *error)
{
    std::unique_ptr<ServerConnection> connection = ServerConnection::open(where, error);
    if (!connection)
        return nullptr;
    QSqlDatabase &db = connection->db();
    const QString url = where.toString();
    QString why;
    if (!ServerSchema::ensureRegister(db, &why)) {
        setError(error, tr("%1 cannot be created: %2").arg(url, why));
        return nullptr;
    }
    bool ok = db.transaction() && ServerSchema::createMeeting(db, where.meeting, &why);
    if (ok) {
        QSqlQuery q(db);
        q.prepare(MeetingRows::insertSql());
        MeetingRows::bind(q, meeting);
        ok = q.exec();
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO meeting_identity (id, uid) VALUES (1, ?)"));
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            ok = q.exec();
        }
        if (!ok)
            why = describeSqlError(q.lastError());
    }
    if (!ok || !db.commit()) {
        if (why.isEmpty())
            why = describeSqlError(db.lastError());
        db.rollback();
        setError(error, tr("%1 cannot be created: %2").arg(url, why));
        return nullptr;
    }
    std::unique_ptr<ServerStore> store(new ServerStore(std::move(connection), Access::ReadWrite));
    if (!store->attach(error))
        return nullptr;
    return store;
}

bool ServerStore::load(Meeting *meeting, QVector<Entry> *entries, QString *error)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(MeetingRows::selectSql()) || !q.next()) {
        noteFailure(q.lastError());
        setError(error, tr("The meeting cannot be read: %1").arg(describeSqlError(q.lastError())));
        return false;
    }
    *meeting = MeetingRows::fromRow(q);
    entries->clear();
    if (!q.exec(EntryRows::selectSql(false))) {
        noteFailure(q.lastError());
        setError(error, tr("The list cannot be read: %1").arg(describeSqlError(q.lastError())));
        return false;
    }
    while (q.next())
        entries->append(EntryRows::fromRow(q));
    // Read after the head the session read before this: if another console acted in between,
    // the pair is older than the meeting, and the first act at once finds it Stale.
    m_basis.reset();
    if (m_headRead >= 0 && q.exec(QStringLiteral("SELECT high FROM entry_high WHERE id = 1")) &&
        q.next())
        m_basis = AtOnceBasis{std::exchange(m_headRead, -1), q.value(0).toLongLong()};
    return true;
}

void ServerStore::setBusyTimeout(int ms)
{
    // The wait for another console's lock on the meeting's row, for the whole connection.
    m_busyTimeoutMs = ms;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"));
    q.addBindValue(QString::number(ms));
    q.exec();
}

QString ServerStore::readOnlyReason() const
{
    if (m_role == QLatin1String("viewer"))
        return tr("the user %1 is a viewer of this meeting and may not change it")
            .arg(m_connection->user());
    return m_readOnly ? tr("%1 was opened for reading only").arg(path()) : QString();
}

bool ServerStore::runChecked(QSqlQuery &q, QString *error)
{
    if (runBound(q, error))
        return true;
    // 42501: the role's grants or the meeting's guards said no. Trying again cannot help.
    m_refusedByRole = q.lastError().nativeErrorCode() == QLatin1String("42501");
    noteFailure(q.lastError());
    return false;
}

bool ServerStore::begin(QString *error)
{
    m_refusedByRole = false;
    if (m_readOnly) {
        setError(error, readOnlyReason());
        return false;
    }
    if (const QString lost = checkStillUsable(); !lost.isEmpty()) {
        setError(error, lost);
        return false;
    }
    m_lockedByAnother = false;
    // One round trip: the transaction, the meeting's row locked (its write lock: every act
    // takes it first), then, in a statement of its own so that its snapshot is taken once the
    // lock is held, the newest journal row and the highest entry id the act is planned on.
    // The driver stands on the first of the three results; a failure (the lock's timeout)
    // shows on the result it belongs to.
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("BEGIN; SELECT id FROM meeting WHERE id = 1 FOR UPDATE; SELECT"
                              " (SELECT coalesce(max(id), 0) FROM journal), (SELECT high FROM "
                              "entry_high WHERE id = 1)")) &&
        q.nextResult() && q.nextResult() && q.next()) {
        m_actHead = q.value(0).toLongLong();
        m_actHighestId = q.value(1).toLongLong();
        return true;
    }
    m_lockedByAnother = q.lastError().nativeErrorCode() == QLatin1String("55P03");
    noteFailure(q.lastError());
    reportSqlError(error, q.lastError());
    rollback();
    return false;
}

bool ServerStore::commit(QString *error)
{
    const AtOnceBasis after{m_actHead, m_actHighestId};
    m_actHead = m_actHighestId = -1;
    const qint64 newestRow = std::exchange(m_actNewestRow, 0);
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("COMMIT"))) {
        m_basis = after; // what this transaction read under the lock, and wrote
        return true;
    }
    m_basis.reset();
    noteFailure(q.lastError());
    // The line went with the COMMIT on it: the server may have made it, or not.
    if (!m_lost.isEmpty())
        m_rowInDoubt = newestRow;
    reportSqlError(error, q.lastError());
    rollback();
    return false;
}

void ServerStore::rollback()
{
    // The transaction first: the server frees no prepared statement inside a failed one.
    m_actHead = m_actHighestId = -1;
    m_actNewestRow = 0;
    m_basis.reset();
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
    m_kept.forgetAll();
}

qint64 ServerStore::journalHead(QString *error)
{
    if (m_actHead >= 0)
        return m_actHead;
    m_headRead = m_journal.head(error);
    return m_headRead;
}

qint64 ServerStore::appendJournal(const JournalRecord &record, QString *error)
{
    QSqlQuery *q = m_kept.prepared(
        QStringLiteral("WITH retired AS (UPDATE journal SET undo_state = 2 WHERE ? AND"
                       " undoable = 1 AND undo_state = 1) INSERT INTO journal (at_utc, actor, act,"
                       " summary, undoable, undo_state, refers_to, change) VALUES"
                       " (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        error);
    if (!q)
        return 0;
    // A new undoable act discards the redo stack, as JournalTable::append does for a file.
    q->addBindValue(record.undoable && record.refersTo == 0);
    q->addBindValue(record.atMs);
    q->addBindValue(record.actor);
    q->addBindValue(record.act);
    q->addBindValue(record.summary);
    q->addBindValue(record.undoable ? 1 : 0);
    q->addBindValue(int(record.state));
    q->addBindValue(record.refersTo);
    q->addBindValue(JournalTable::changeText(record.change));
    if (!runChecked(*q, error) || !q->next())
        return 0;
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    if (m_actHead >= 0)
        m_actHead = id; // the act's own row is the head now
    m_actNewestRow = id;
    return id;
}

bool ServerStore::write(const Change::Outcome &outcome, QString *error)
{
    if (!outcome.deletions.isEmpty()) {
        QSqlQuery *q = m_kept.prepared(QStringLiteral("DELETE FROM entry WHERE id = ?"), error);
        if (!q)
            return false;
        for (const qint64 id : outcome.deletions) {
            q->addBindValue(id);
            if (!runChecked(*q, error))
                return false;
        }
    }
    if (!outcome.upserts.isEmpty()) {
        // An UPDATE, and an INSERT only for an entry the meeting does not hold: a timekeeper
        // may change entries but not add them, and the server refuses any INSERT it sends.
        QSqlQuery *update = m_kept.prepared(EntryRows::updateSql(), error);
        QSqlQuery *insert = update ? m_kept.prepared(EntryRows::insertSql(), error) : nullptr;
        if (!insert)
            return false;
        for (const Entry &e : outcome.upserts) {
            EntryRows::bindNonNull(*update, e);
            update->addBindValue(e.id);
            if (!runChecked(*update, error))
                return false;
            if (update->numRowsAffected() > 0)
                continue;
            EntryRows::bindNonNull(*insert, e);
            if (!runChecked(*insert, error))
                return false;
            m_actHighestId = std::max(m_actHighestId, e.id); // as the server's note_entry_id
        }
    }
    if (outcome.meeting) {
        QSqlQuery *q = m_kept.prepared(MeetingRows::updateSql(), error);
        if (!q)
            return false;
        MeetingRows::bind(*q, *outcome.meeting);
        if (!runChecked(*q, error))
            return false;
    }
    return true;
}

qint64 ServerStore::nextEntryId(qint64 highestKnown)
{
    if (m_actHighestId >= 0)
        return std::max(highestKnown, m_actHighestId) + 1;
    qint64 highest = highestKnown;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT high FROM entry_high WHERE id = 1")) && q.next())
        highest = std::max(highest, q.value(0).toLongLong());
    return highest + 1;
}

bool ServerStore::backupTo(const QString &path, QString *error)
{
    return ServerCopy::pull(*this, path, error);
}

} // namespace rostrum
