#pragma once

#include "clock/clock.h"
#include "list/change.h"
#include "meeting/entry.h"
#include "meeting/meeting.h"
#include "store/consoleseats.h"
#include "store/journaltable.h"
#include "store/weblinks.h"

#include <QString>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace rostrum {

// Where a meeting is kept, as MeetingSession sees it: a meeting file (MeetingFileStore, SQLite)
// or a meeting on a PostgreSQL server (ServerStore). The session never asks which; each act is
// one transaction, begun under the meeting's write lock so that it is planned on the newest
// state, and its journal row is written in the same transaction.
class MeetingStore
{
public:
    virtual ~MeetingStore() = default;
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
    // A location is a file path or a server URL (postgresql://HOST/DATABASE?meeting=NAME; see
    // ServerLocation). Null, with a one-line reason, when it cannot be opened or made.
    static std::unique_ptr<MeetingStore> open(const QString &location, QString *error,
                                              Access access = Access::ReadWrite);
    static std::unique_ptr<MeetingStore> create(const QString &location, const Meeting &meeting,
                                                QString *error);

    // The file's path, or the server URL without any password: what the title bar shows.
    virtual QString path() const = 0;
    virtual bool isOnServer() const = 0;
    virtual bool isReadOnly() const = 0;
    // The role its user has on the meeting: "chair", "staff", "timekeeper" or "viewer". A file
    // is its user's alone to run: the chair's.
    virtual QString role() const { return QStringLiteral("chair"); }
    // Why, when the store itself knows (a server's viewer may not write); empty otherwise.
    virtual QString readOnlyReason() const { return {}; }
    // Empty while the meeting can still be written where it was opened; otherwise why not (the
    // file was deleted, replaced or made read-only; the server is gone).
    virtual QString checkStillUsable() const = 0;
    virtual bool load(Meeting *meeting, QVector<Entry> *entries, QString *error) = 0;

    // One act. begin() takes the write lock (retrying while another writer holds it, for up to
    // the busy timeout).
    virtual bool begin(QString *error) = 0;
    // Whether the last begin() failed because another connection holds the write lock.
    virtual bool lockedByAnother() const = 0;
    // Whether the last act failed because the user's role may not do it (a server's grants or
    // guards): not a fault to wait out, but a refusal.
    virtual bool refusedByRole() const { return false; }
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    virtual void setBusyTimeout(int ms) = 0;
    virtual bool commit(QString *error) = 0;
    virtual void rollback() = 0;
    // A commit whose answer was lost with the connection: the server may have made it before
    // the line went, so the failed commit() is in doubt until the server answers again. Writing
    // its acts again would do them twice (a second "next" calls one speaker too many); dropping
    // them would lose them. Asked after a failed commit, this says which; it stops being in
    // doubt once it has said Made or NotMade. A file's commit is never in doubt.
    enum class CommitInDoubt
    {
        None,       // the last failed commit was not in doubt: nothing of it was made
        Made,       // it was made after all: its acts are written
        NotMade,    // it was not: its acts must be written again
        NotKnownYet // the server is still away
    };
    virtual CommitInDoubt resolveCommitInDoubt() { return CommitInDoubt::None; }

    // One act in one round trip and a transaction of its own, where a round trip is a wait on
    // the network (a server). The store knows the state it last read or wrote whole: the
    // journal's head and the highest entry id at that instant. An act planned on that state is
    // written only if the meeting is still there under its lock; if not (Stale), nothing is
    // written and the act takes the long way, begin() ... commit(), planned again on the newest
    // state. A file has no basis: its acts always take the long way, which costs it nothing.
    struct AtOnceBasis
    {
        qint64 journalHead = 0;
        qint64 highestEntryId = 0;
    };
    virtual std::optional<AtOnceBasis> atOnceBasis() const { return std::nullopt; }
    enum class AtOnce
    {
        Written,
        Stale, // planned on an older state, or this act cannot be written at once: nothing done
        Failed // as a failed commit: refusedByRole() and resolveCommitInDoubt() say more
    };
    virtual AtOnce writeAtOnce(const AtOnceBasis &, const Change::Outcome &, const JournalRecord &,
                               qint64 *journalId, QString *error)
    {
        (void)journalId;
        (void)error;
        return AtOnce::Stale;
    }
    virtual bool write(const Change::Outcome &outcome, QString *error) = 0;

    // Copies what a file's -wal holds into the main file (SQLite's PASSIVE checkpoint); a
    // server has nothing to copy and is always Complete.
    enum class Checkpoint
    {
        Complete,
        Partial,
        Failed
    };
    virtual Checkpoint checkpoint() = 0;

    // The change watch. A file is looked at by the session's timer, so this says true; a server
    // announces each commit (LISTEN/NOTIFY), and this says whether one came since it was last
    // asked. onChange, when set, is called as soon as such an announcement arrives.
    virtual bool mayHaveChanged() = 0;
    virtual void setChangeCallback(std::function<void()> onChange) = 0;

    // The time the meeting keeps, where it is not this computer's: a server's clock is the clock
    // of every console on it. The reading is the best of several round trips (the shortest),
    // taken to be the server's time at the midpoint of that trip. Nothing for a file, whose
    // meeting runs on the computer's own clock.
    struct ReferenceTime
    {
        qint64 utcMs = 0;       // the server's clock...
        qint64 monotonicMs = 0; // ...when the local monotonic clock read this
        qint64 roundTripMs = 0; // how long the best trip took: the reading is within half of it
    };
    virtual std::optional<ReferenceTime> referenceTime(const Clock &) { return std::nullopt; }

    // The journal (see JournalTable), inside the same transaction as the act.
    virtual JournalTable &journalTable() = 0;
    // The consoles that have the meeting open (see ConsoleSeats).
    virtual ConsoleSeats &seats() = 0;
    // The hashes of the web views' links (see WebLinks).
    virtual WebLinks &webLinks() = 0;
    // The meeting's identity (version 3), which a copy Rostrum makes does not share.
    virtual QString identity() const = 0;
    // The id for a new entry: above highestKnown (the highest id in the list in memory, which
    // may hold acts not saved yet) and above every id the meeting ever handed out.
    virtual qint64 nextEntryId(qint64 highestKnown) = 0;
    // A consistent copy of the whole meeting, the journal and its undo history included, to a
    // new file made readable by its owner only. Refuses an existing path.
    virtual bool backupTo(const QString &path, QString *error) = 0;

    // The id of the newest journal row: it changes with every act of every process.
    virtual qint64 journalHead(QString *error = nullptr) { return journalTable().head(error); }
    virtual qint64 appendJournal(const JournalRecord &record, QString *error)
    {
        return journalTable().append(record, error);
    }
    bool setUndoState(qint64 journalId, JournalRecord::UndoState state, QString *error)
    {
        return journalTable().setUndoState(journalId, state, error);
    }
    bool setUndone(qint64 journalId, const Change &redoImage, QString *error)
    {
        return journalTable().setUndone(journalId, redoImage, error);
    }
    std::optional<JournalRecord> undoCandidate() { return journalTable().undoCandidate(); }
    std::optional<JournalRecord> redoCandidate() { return journalTable().redoCandidate(); }
    JournalTable::UndoRedoSummaries undoRedoSummaries()
    {
        return journalTable().undoRedoSummaries();
    }
    QVector<JournalRecord> journal(int limit, qint64 beforeId = 0)
    {
        return journalTable().newest(limit, beforeId);
    }

protected:
    MeetingStore() = default;
};

} // namespace rostrum
