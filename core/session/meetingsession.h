#pragma once

#include "clock/clock.h"
#include "clock/clockstepwatch.h"
#include "clock/runningorder.h"
#include "clock/speechclock.h"
#include "list/listchange.h"
#include "list/speakerslist.h"
#include "session/actcontext.h"
#include "session/unsavedacts.h"
#include "store/meetingstore.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace rostrum {

class WriteTransaction;

// An open meeting: the one place acts go through. Each act is planned by the SpeakersList,
// committed to the file in one transaction with its journal row, applied in memory, and then
// announced with one ListChange. Views never write; they call these methods and listen.
class MeetingSession final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString error;
        qint64 entryId = 0;
        // What was done, in the journal's words ("Latvia called"), for the console to confirm
        // it; for an undo or a redo, the words of the act undone or redone. Empty on a refusal.
        QString summary;
    };

    static std::unique_ptr<MeetingSession> open(const QString &path, const Clock &clock,
                                                const QString &actor, QString *error);
    // For looking only: nothing is written to the file (see MeetingStore::Access::ReadOnly), so
    // a meeting on a full disk or a read-only medium can still be listed and exported. Acts are
    // refused with a message that gives the reason: the one given (a backup says so), or else
    // what makes the file read-only (see ReadOnlyMeeting). The actor is who the journal names
    // once a copy carries on from it (saveCopyAs).
    static std::unique_ptr<MeetingSession> openForReading(const QString &path, const Clock &clock,
                                                          QString *error,
                                                          const QString &reason = {},
                                                          const QString &actor = {});
    static std::unique_ptr<MeetingSession> create(const QString &path, const Meeting &meeting,
                                                  const Clock &clock, const QString &actor,
                                                  QString *error);
    ~MeetingSession() override;

    const SpeakersList &list() const { return m_list; }
    const Meeting &meeting() const { return m_list.meeting(); }
    QString path() const { return m_store->path(); }
    // Whether the meeting lives on a PostgreSQL server rather than in a file.
    bool isOnServer() const { return m_store->isOnServer(); }
    // What this user may do on the meeting: "chair" for a file; on a server, the role the server
    // gives ("chair", "staff", "timekeeper", "viewer"), which the server enforces.
    QString role() const { return m_store->role(); }
    // Opened for reading: every act, undo and redo is refused, naming the reason, and nothing
    // is written. Save a copy as… carries on in a new file, which is not read only.
    bool isReadOnly() const { return m_store->isReadOnly(); }
    QString readOnlyReason() const { return isReadOnly() ? m_readOnlyReason : QString(); }
    qint64 now() const { return m_time.now(); }
    const Clock &clock() const { return m_time.clock(); }
    // Whether the time shown is the server's clock rather than this computer's.
    bool keepsServerTime() const { return m_referenceSyncedAtMono.has_value(); }
    Projection projection() const;
    SpeechReading currentReading() const;

    Result add(const EntryDraft &draft);
    Result edit(qint64 id, const EntryDraft &draft);
    Result remove(qint64 id);
    Result withdraw(qint64 id);
    Result move(qint64 id, int position);
    Result swap(qint64 a, qint64 b);
    Result unpin(qint64 id);
    Result start();
    Result pause();
    Result toggleClock();
    Result next();
    Result absent();
    Result addTime(qint64 deltaMs);
    Result resetClock();
    Result setAllotted(qint64 id, qint64 ms);
    Result setAllottedForRemaining(qint64 ms, SpeakersList::LaterInscriptions later =
                                                  SpeakersList::LaterInscriptions::TakeTheLimit);
    Result pointOfOrder(const EntryDraft &draft);
    Result reply(const EntryDraft &draft);
    Result setChangeover(int seconds);
    Result setMessage(const QString &text); // empty clears it
    Result setListClosed(bool closed);
    Result setMeeting(const Meeting &meeting);
    Result undo();
    Result redo();
    // Inscribes many at once as one act (one undo removes them all). Without skipInvalid, one
    // refused row means nothing is written. The plan tells which rows were refused and why.
    Result importDrafts(const QVector<EntryDraft> &drafts, bool skipInvalid, const QString &summary,
                        ImportPlan *plan = nullptr);

    // What undo or redo would do, for menu entries: "Undo: call Latvia". Empty when nothing.
    QString undoText();
    QString redoText();
    QVector<JournalRecord> journal(int limit = 200);

    // Picks up acts committed by another process. Called by the watch timer; safe to call.
    bool refresh();
    void watchFile(int intervalMs = 200);

    // The last write failed; the screen must say that changes are not being saved.
    bool saveFailed() const { return !m_saveError.isEmpty(); }
    // The last write found another program holding the meeting file: the acts wait in memory,
    // and are written as soon as it lets go, without the console ever waiting for it.
    bool waitingForAnotherProgram() const
    {
        return saveFailed() && m_keepWorking && m_waitingForLock;
    }
    QString saveError() const { return m_saveError; }
    // A consistent copy of the meeting file as saved, with its whole journal, to a new file;
    // the session carries on in its own file.
    bool backupTo(const QString &path, QString *error) { return m_store->backupTo(path, error); }
    // Writes what is on screen to a new file and carries on there.
    bool saveCopyAs(const QString &path, QString *error);
    // The console keeps working in memory when a write fails, and shows that nothing is being
    // saved; the command line refuses instead. Unsaved acts are written as soon as a write
    // succeeds again.
    void setKeepWorkingWhenSaveFails(bool keep);
    int unsavedActs() const { return m_unsaved.size(); }

    // For a console: takes its seat in the file, and says which other consoles have the meeting
    // open ("Also open in the console of bob@un-hq-08 since 10:02."), or nothing when none.
    // The seat is kept fresh by the watch timer and left when the session closes.
    QString takeSeat();

    // Who the journal names for the acts that follow. The web server acts for many people through
    // one session, and names each ("web:timekeeper@192.168.1.7") for the length of their act.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // The links to the web views (sessionweblinks.cpp): role to the SHA-256 of its token.
    QHash<QString, QByteArray> webLinkHashes() const;
    // Replaces them all in one write; false, with why, on a file that cannot be written.
    bool replaceWebLinkHashes(const QHash<QString, QByteArray> &hashes, QString *error);
    // The meeting's own identity, which a copy Rostrum makes does not share; empty in a file of
    // version 2 opened for reading.
    QString identity() const { return m_store->identity(); }

    // One line when the computer's clock is not to be believed: behind the file's record at open,
    // or set while the meeting is open (that step is journaled too). Empty while all is well.
    QString clockWarning() const { return m_clockWarning; }

signals:
    void changed(const rostrum::ListChange &change);
    void saveStateChanged();
    void clockWarningChanged();
    // An act kept in memory no longer applied when it could at last be written (another writer
    // changed the list meanwhile): it was dropped, and this names it and says why.
    void keptActDropped(const QString &message);

private:
    MeetingSession(std::unique_ptr<MeetingStore> store, const Clock &clock, QString actor);
    // Reads what the store holds and starts the clock no earlier than the file's record; null,
    // with the error, when the store is null or cannot be read.
    static std::unique_ptr<MeetingSession> fromStore(std::unique_ptr<MeetingStore> store,
                                                     const Clock &clock, const QString &actor,
                                                     QString *error);
    bool reload(QString *error);
    // Plans inside the write lock, so an act is always worked out on the newest state.
    using Planner = ActPlanner;
    // keepAs, when given, is what is kept in memory if the act cannot be written now.
    Result perform(const Planner &plan, const Planner &keepAs = {});
    // Takes the write lock without waiting (for the console) and reloads when another process
    // acted; false, with the error, when not. The transaction may be open on a failed reload.
    bool beginWrite(WriteTransaction &transaction, QString *error, bool *reloaded);
    // Writes the acts kept in memory, each planned again on the newest state; true when none is
    // left waiting. Where the file cannot be written, it still shows what other writers did.
    bool flushKept(QHash<qint64, qint64> *renamed = nullptr);
    // Before the kept acts are written: those of a commit in doubt are let go if the server
    // made it after all. False while the server cannot say yet.
    bool settleCommitInDoubt();
    qint64 nextFreeId(const SpeakersList &list);
    QString notSavedMessage(const QString &error) const;
    void checkpointSoon();
    void checkpointNow();
    void refreshSeat();
    Result replay(bool undo);
    Result undoUnsaved();
    // The refusal of every act on a session opened for reading (readonlymeeting.cpp).
    Result refusedAsReadOnly() const;
    static QString readOnlyReasonAtOpen(const QString &path, const QString &given,
                                        const QString &storeReason);
    // What the views showed before an act, to say what it changed.
    struct ListBefore
    {
        QVector<qint64> order; // waiting ids, running order
        qint64 current = 0;    // the entry at the rostrum, 0 for none
    };
    ListBefore listBefore() const;
    // The act in one round trip, where the store can and the list on screen is the state it
    // last read or wrote (MeetingStore::writeAtOnce): nothing when the act must take the long
    // way, planned again under the lock on the newest state. An act the list on screen refuses
    // takes the long way too, since the newest state may allow it.
    std::optional<Result> performAtOnce(const Planner &plan, const Planner &keepAs,
                                        const ListBefore &before, QHash<qint64, qint64> *renamed);
    JournalRecord recordOf(const ActPlan &planned, qint64 now) const;
    // The notification for an act that changed the list from `before` by `outcome`.
    ListChange listChangeFor(const QString &act, const ListBefore &before,
                             const Change::Outcome &outcome) const;
    // The same after a reload brought in what another process did: any entry may differ, and so
    // may the settings, the clock and the record of who has spoken.
    ListChange listChangeAfterReload(const QString &act, const ListBefore &before,
                                     const Change::Outcome &outcome = {}) const;
    // After the kept acts were planned again: the views repaint, and each dropped one is named.
    void announceReplanned(const UnsavedActs::Replanned &replanned, const ListBefore &before,
                           QHash<qint64, qint64> *renamed);
    // The journal's undo and redo summaries, read again only when its head has moved.
    const JournalTable::UndoRedoSummaries &undoRedoSummaries();
    void setSaveError(const QString &error);
    QString checkFileStillThere() const;
    // True time (truetime.cpp): at open, never below the file's record; later, a step of the
    // wall clock goes in the journal once.
    void holdToRecord();
    void journalClockStep();
    // A server's clock is the meeting's: the time line is put on it at open and again every
    // minute, so consoles whose own clocks disagree show the same remaining time.
    void followReferenceClock();
    static constexpr qint64 kReferenceClockEveryMs = 60'000;
    std::optional<qint64> m_referenceSyncedAtMono;

    std::unique_ptr<MeetingStore> m_store;
    SteadyUtc m_time;
    ClockStepWatch m_steps{m_time};
    QString m_clockWarning;
    QString m_readOnlyReason;
    QString m_actor;
    SpeakersList m_list;
    qint64 m_seenJournalHead = 0;
    QString m_saveError;
    bool m_keepWorking = false;
    bool m_waitingForLock = false;
    // The save error is refresh()'s own: the file or the server could not be used.
    bool m_stoppedByWhereItLives = false;
    UnsavedActs m_unsaved;
    // The first kept acts, whose commit's answer was lost with the server: written or not,
    // which the server says once it answers again (MeetingStore::resolveCommitInDoubt).
    int m_keptInDoubt = 0;
    JournalTable::UndoRedoSummaries m_undoRedo;
    QTimer m_watch;
    static constexpr int kCheckpointDelayMs = 1000;
    QTimer m_checkpoint;
    bool m_seated = false;
    qint64 m_seatRefreshedAt = 0;
    // The console never waits on another program's lock for longer than a frame.
    static constexpr int kConsoleLockWaitMs = 10;
};

} // namespace rostrum
