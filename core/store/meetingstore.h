#pragma once

#include "list/change.h"
#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace rostrum {

// One row of the journal: who did what, and when. Undoable rows carry their Change.
struct JournalRecord
{
    enum class UndoState
    {
        Done = 0,
        Undone = 1,
        Discarded = 2
    };
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString act;
    QString summary;
    bool undoable = false;
    UndoState state = UndoState::Done;
    qint64 refersTo = 0; // for "undo" and "redo" rows: the act they undid or redid
    Change change;
};

// The meeting file: one SQLite database in WAL mode with synchronous=FULL. Every act is one
// BEGIN IMMEDIATE transaction. Files that are not ours, or are newer than this build, are
// refused before anything is written to them.
class MeetingStore final
{
public:
    ~MeetingStore();
    MeetingStore(const MeetingStore &) = delete;
    MeetingStore &operator=(const MeetingStore &) = delete;

    static std::unique_ptr<MeetingStore> open(const QString &path, QString *error);
    // Refuses to overwrite an existing file. The file is created readable by its owner only,
    // because it holds personal names.
    static std::unique_ptr<MeetingStore> create(const QString &path, const Meeting &meeting,
                                                QString *error);

    QString path() const { return m_path; }
    // Empty while the file we opened is still the one at our path; otherwise why not. A file
    // deleted or replaced under an open database would swallow every later write unseen.
    QString checkIdentity() const;
    bool load(Meeting *meeting, QVector<Entry> *entries, QString *error);
    // The id of the newest journal row: it changes with every act of every process.
    qint64 journalHead(QString *error = nullptr);

    // One act. begin() takes the write lock (retrying while another writer holds it).
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    bool write(const Change::Outcome &outcome, QString *error);
    // Appends the row and, for a new undoable act, discards the redo stack.
    qint64 appendJournal(JournalRecord record, QString *error);
    bool setUndoState(qint64 journalId, JournalRecord::UndoState state, QString *error);
    // Marks an act undone and keeps, as what its redo restores, the rows as they were just
    // before the undo (see Change::redoImageAt).
    bool setUndone(qint64 journalId, const Change &redoImage, QString *error);
    qint64 nextEntryId(const QVector<Entry> &known);

    std::optional<JournalRecord> undoCandidate();
    std::optional<JournalRecord> redoCandidate();
    QVector<JournalRecord> journal(int limit, qint64 beforeId = 0);

    // Copies the current contents to a new file, as one consistent snapshot.
    static bool writeSnapshot(const QString &path, const Meeting &meeting,
                              const QVector<Entry> &entries, QString *error);

private:
    MeetingStore(QString path, QString connectionName);
    bool exec(const QString &sql, QString *error);
    // The statement every act runs, prepared once per connection and kept: SQLite parsing
    // them again for each act was a quarter of an act's time (docs/BENCHMARKS.md). Only for
    // statements that write (a kept SELECT would hold its read open). Null, with the error,
    // when SQLite refuses the statement.
    QSqlQuery *prepared(const QString &sql, QString *error);
    // Notes which -wal file is ours, once SQLite has made it, for checkIdentity().
    void rememberJournalIdentity();
    std::optional<JournalRecord> readOne(const QString &sql);

    QString m_path;
    QString m_connectionName;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    quint64 m_walDevice = 0;
    quint64 m_walInode = 0;
    bool m_textIsUtf8 = true; // PRAGMA encoding: whether EntryRows may read text as UTF-8 bytes
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared; // by statement text; emptied before m_db closes
};

// A message for people from an SQLite error: says plainly when the disk is full, the file is
// read-only or gone, or another program holds the lock.
QString describeSqlError(const QString &nativeCode, const QString &text);

} // namespace rostrum
