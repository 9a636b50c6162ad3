#pragma once

#include "server/serverconnection.h"
#include "store/keptstatements.h"
#include "store/meetingstore.h"

#include <QCoreApplication>
#include <QObject>
#include <future>
#include <memory>
#include <optional>
#include <utility>

namespace rostrum {

// A meeting on a PostgreSQL server: the same tables as a meeting file, in the meeting's own
// schema (server/serverschema.h), so the journal, the seats and the web links run the file's
// statements there. Each act is one transaction that first locks the meeting's row (SELECT ...
// FOR UPDATE), so it is planned on the newest state exactly as under the file's write lock.
// Every commit of a journal row is announced (NOTIFY on the schema's name) to every console
// listening, so nobody polls. What a user may do is the server's to enforce (the role's grants
// and the guards): the store only asks which role it has, for the console to grey out the rest.
class ServerStore final : public MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ServerStore)

public:
    ~ServerStore() override;

    static std::unique_ptr<ServerStore> open(const ServerLocation &where, QString *error,
                                             Access access = Access::ReadWrite);
    // Makes the meeting (and the database's register, where it has none) in one transaction;
    // refuses a name already taken.
    static std::unique_ptr<ServerStore> create(const ServerLocation &where, const Meeting &meeting,
                                               QString *error);

    QString path() const override { return m_connection->location().toString(); }
    bool isOnServer() const override { return true; }
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyReason() const override;
    // Empty while connected. Looking is also what keeps the connection: a lost one is noticed
    // here (libpq's status, no round trip), and dialled again once the server answers a ping
    // made in a thread of its own, so the console never waits on a server that is away.
    QString checkStillUsable() const override;
    bool load(Meeting *meeting, QVector<Entry> *entries, QString *error) override;

    bool begin(QString *error) override;
    bool lockedByAnother() const override { return m_lockedByAnother; }
    bool refusedByRole() const override { return m_refusedByRole; }
    void setBusyTimeout(int ms) override;
    bool commit(QString *error) override;
    void rollback() override;
    // Looks for the journal row the doubtful commit wrote: sequences never hand an id out
    // twice, so the row is there exactly when the commit was made.
    CommitInDoubt resolveCommitInDoubt() override;
    std::optional<AtOnceBasis> atOnceBasis() const override { return m_basis; }
    // The meeting's act_at_once() (server/serveratonce.h). A meeting made before it existed has
    // none, and its acts take the long way.
    AtOnce writeAtOnce(const AtOnceBasis &basis, const Change::Outcome &outcome,
                       const JournalRecord &record, qint64 *journalId, QString *error) override;
    bool write(const Change::Outcome &outcome, QString *error) override;
    Checkpoint checkpoint() override { return Checkpoint::Complete; }

    std::optional<ReferenceTime> referenceTime(const Clock &clock) override;
    // Round trips per measurement of the server's clock.
    static constexpr int kClockSamples = 5;

    bool mayHaveChanged() override;
    void setChangeCallback(std::function<void()> onChange) override;

    JournalTable &journalTable() override { return m_journal; }
    ConsoleSeats &seats() override { return m_seats; }
    WebLinks &webLinks() override { return m_webLinks; }
    QString identity() const override { return m_uid; }
    qint64 nextEntryId(qint64 highestKnown) override;
    // Inside an act, what begin() read under the lock: no round trip of their own.
    qint64 journalHead(QString *error = nullptr) override;
    // The redo stack retired and the row written in one statement, which returns its id.
    qint64 appendJournal(const JournalRecord &record, QString *error) override;
    bool backupTo(const QString &path, QString *error) override;

    // The role the server gives this user on the meeting: "chair", "staff", "timekeeper" or
    // "viewer" (rostrum.role_in).
    QString role() const override { return m_role; }
    QSqlDatabase &database() { return m_connection->db(); }

private:
    explicit ServerStore(std::unique_ptr<ServerConnection> connection, Access access);
    // Proves the meeting is there and ours to open, and reads what the store keeps of it.
    bool attach(QString *error);
    // What every connection to the meeting needs, the first and each one after a loss: the
    // search path, the lock timeout, read-only where so, and the announcements.
    bool prepareConnection(QString *error);
    // Reconnects when the ping made meanwhile says the server answers; false while it is away.
    bool reconnectWhenAnswering() const;
    bool run(const QString &sql, QString *error);
    // A bound statement of an act; notes whether the server refused it for the role.
    bool runChecked(QSqlQuery &q, QString *error);
    // Notes a lost connection from a failed statement, so every later act says so at once.
    void noteFailure(const QSqlError &e);
    // Whether the meeting has act_at_once(), looked for once a connection.
    bool hasAtOnceFunction();
    CommitInDoubt resolveAtOnceInDoubt();

    mutable std::unique_ptr<ServerConnection> m_connection;
    // Receives the driver's notifications; a QObject of its own so the store stays movable
    // into the session without being one.
    std::unique_ptr<QObject> m_listener;
    std::function<void()> m_onChange;
    mutable bool m_changed = true;
    bool m_readOnly = false;
    bool m_lockedByAnother = false;
    bool m_refusedByRole = false;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    // Read by begin() under the meeting's lock, for the act in progress; -1 outside one.
    qint64 m_actHead = -1;
    qint64 m_actHighestId = -1;
    qint64 m_actNewestRow = 0; // the newest journal row the act in progress wrote
    qint64 m_rowInDoubt = 0;   // that row, of a commit whose answer was lost
    // An act written at once whose answer was lost: made exactly when the first journal row
    // after the head it was planned on is this one.
    std::optional<std::pair<qint64, JournalRecord>> m_atOnceInDoubt;
    std::optional<AtOnceBasis> m_basis; // the state last read or written whole
    qint64 m_headRead = -1;             // the head journalHead() last read outside an act
    enum class AtOnceFunction
    {
        NotLookedFor,
        There,
        Missing
    } m_atOnceFunction = AtOnceFunction::NotLookedFor;
    QString m_uid;
    QString m_role;
    mutable QString m_lost;           // why the server cannot be used now; empty while connected
    mutable std::future<bool> m_ping; // whether the server answered, while it was away
    mutable KeptStatements m_kept{m_connection->db()};
    JournalTable m_journal{m_connection->db(), m_kept};
    ConsoleSeats m_seats{m_connection->db()};
    WebLinks m_webLinks{m_connection->db()};
};

} // namespace rostrum
