#pragma once

#include "list/change.h"
#include "meeting/entry.h"
#include "meeting/meeting.h"
#include "store/consoleseats.h"
#include "store/journaltable.h"
#include "store/keptstatements.h"
#include "store/mainfilewatch.h"
#include "store/meetingfilechecks.h"
#include "store/sqliteerror.h"
#include "store/weblinks.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace rostrum {

// The meeting file: one SQLite database in WAL mode with synchronous=FULL. Every act is one
// BEGIN IMMEDIATE transaction. Files that are not ours, or are newer than this build, are
// refused before anything is written to them.
class MeetingStore final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::MeetingStore)

public:
    ~MeetingStore();
    MeetingStore(const MeetingStore &) = delete;
    MeetingStore &operator=(const MeetingStore &) = delete;

    enum class Access
    {
        ReadWrite,
        // For reading only (the command line's list, status, export…): nothing is written, not
        // even the WAL switch or a migration, so a full disk or a read-only medium can still be
        // read. Every write is refused.
        ReadOnly
    };
    static std::unique_ptr<MeetingStore> open(const QString &path, QString *error,
                                              Access access = Access::ReadWrite);
    // Refuses to overwrite an existing file. The file is created readable by its owner only,
    // because it holds personal names.
    static std::unique_ptr<MeetingStore> create(const QString &path, const Meeting &meeting,
                                                QString *error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Empty while the file we opened is still the one at our path; otherwise why not. A file
    // deleted or replaced under an open database would swallow every later write unseen.
    QString checkIdentity() const;
    bool load(Meeting *meeting, QVector<Entry> *entries, QString *error);
    // The id of the newest journal row: it changes with every act of every process.
    qint64 journalHead(QString *error = nullptr) { return m_journal.head(error); }

    // One act. begin() takes the write lock (retrying while another writer holds it, for up to
    // the busy timeout).
    bool begin(QString *error);
    // Whether the last begin() failed because another connection holds the write lock.
    bool lockedByAnother() const { return m_lockedByAnother; }
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    void setBusyTimeout(int ms);
    // Copies what the -wal holds into the main file without waiting for anyone (SQLite's
    // PASSIVE checkpoint). Partial while a reader still needs older pages.
    enum class Checkpoint
    {
        Complete,
        Partial,
        Failed
    };
    Checkpoint checkpoint();
    bool commit(QString *error);
    void rollback();

    bool write(const Change::Outcome &outcome, QString *error);
    // The journal, inside the same transaction (see JournalTable).
    qint64 appendJournal(const JournalRecord &record, QString *error)
    {
        return m_journal.append(record, error);
    }
    bool setUndoState(qint64 journalId, JournalRecord::UndoState state, QString *error)
    {
        return m_journal.setUndoState(journalId, state, error);
    }
    bool setUndone(qint64 journalId, const Change &redoImage, QString *error)
    {
        return m_journal.setUndone(journalId, redoImage, error);
    }
    std::optional<JournalRecord> undoCandidate() { return m_journal.undoCandidate(); }
    std::optional<JournalRecord> redoCandidate() { return m_journal.redoCandidate(); }
    JournalTable::UndoRedoSummaries undoRedoSummaries() { return m_journal.undoRedoSummaries(); }
    QVector<JournalRecord> journal(int limit, qint64 beforeId = 0)
    {
        return m_journal.newest(limit, beforeId);
    }

    // The consoles that have this file open (see ConsoleSeats).
    ConsoleSeats &seats() { return m_seats; }
    // The hashes of the web views' links (see WebLinks).
    WebLinks &webLinks() { return m_webLinks; }
    // The meeting's identity (version 3), which a copy Rostrum makes does not share.
    QString identity() const { return m_uid; }

    // The id for a new entry: above highestKnown (the highest id in the list in memory, which
    // may hold acts not saved yet) and above every id the file ever handed out.
    qint64 nextEntryId(qint64 highestKnown);

    // A consistent copy of the whole file, the journal and its undo history included (SQLite's
    // VACUUM INTO), to a new file made readable by its owner only. Refuses an existing path.
    bool backupTo(const QString &path, QString *error);
    // A new identity for a copy just made, so that it is a file of its own; empty when done.
    static QString giveOwnIdentity(const QString &path);
    // Copies the current contents to a new file, as one consistent snapshot.
    static bool writeSnapshot(const QString &path, const Meeting &meeting,
                              const QVector<Entry> &entries, QString *error);

private:
    // The connection every store sets up the same way, not opened yet. An immutable reader
    // (SQLite's immutable=1) needs no -shm file at all: only for a file whose -wal holds nothing.
    explicit MeetingStore(const QString &path, Access access = Access::ReadWrite,
                          bool immutable = false);
    // Opens the connection and proves the file holds a meeting; null, with why, when not.
    static std::unique_ptr<MeetingStore> connect(const QString &path, Access access, bool immutable,
                                                 QString *why);
    bool exec(const QString &sql, QString *error);
    // SQL functions with side effects never run from the file's own schema (a view, a trigger,
    // a default): the file is data (SQLite's trusted_schema).
    void distrustSchema();
    // Empty when the file holds exactly the schema of its version and passes SQLite's quick
    // integrity check; otherwise what is wrong (meetingintegrity.cpp).
    QString checkContents();
    void readEncoding();
    // Notes which -wal file is ours, once SQLite has made it, for checkIdentity().
    void rememberJournalIdentity();
    // The meeting's identity (version 3) and what the main file now holds, for m_mainFile.
    void acceptMainFile();
    // Once the file was overwritten in place: no write, and no checkpoint when the connection
    // closes either, which would copy this meeting's -wal into the other file's pages.
    void stopWriting(const QString &why) const;

    QString m_path;
    QString m_connectionName;
    FileIdentity m_file; // zero when there was no file to look at
    // Looked at from checkIdentity(), which is const for its callers: what it updates is what
    // it has seen of the file, not the meeting.
    mutable MainFileWatch m_mainFile{m_path};
    mutable QString m_overwritten;     // why nothing more is written, once the file was overwritten
    std::optional<FileIdentity> m_wal; // empty when SQLite had made none
    bool m_readOnly = false;
    bool m_lockedByAnother = false;
    QString m_uid; // the meeting's identity, empty in a file of version 2 opened for reading
    bool m_textIsUtf8 = true; // PRAGMA encoding: whether EntryRows may read text as UTF-8 bytes
    QSqlDatabase m_db;
    KeptStatements m_kept{m_db}; // emptied before m_db closes
    JournalTable m_journal{m_db, m_kept};
    ConsoleSeats m_seats{m_db};
    WebLinks m_webLinks{m_db};
};

} // namespace rostrum
