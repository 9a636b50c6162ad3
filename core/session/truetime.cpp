// How MeetingSession keeps the time it shows true when the computer's clock is set: inside a
// process the speech clocks run on SteadyUtc and a step is only journaled; between processes the
// file's own record is a floor the wall clock cannot take the meeting's time below.
#include "session/meetingsession.h"
#include "session/writetransaction.h"

#include <algorithm>

namespace rostrum {

namespace {
// An instant the file records that the time must have reached; 0 for none (or damage).
qint64 plausible(qint64 utcMs)
{
    return utcMs > 0 && utcMs <= ClockStepWatch::kLatestPlausibleUtcMs ? utcMs : 0;
}
} // namespace

void MeetingSession::followReferenceClock()
{
    if (!m_time.clock().yieldsToServer())
        return;
    const std::optional<MeetingStore::ReferenceTime> reference =
        m_store->referenceTime(m_time.clock());
    if (!reference)
        return;
    m_time.anchorTo(reference->utcMs, reference->monotonicMs);
    // How far this computer's clock is off the server's is no step of this process.
    m_steps.rebase();
    m_referenceSyncedAtMono = m_time.clock().monotonicMs();
}

void MeetingSession::holdToRecord()
{
    followReferenceClock();
    // What the file proves the time has reached: its newest journal row, and the instants of a
    // running or paused speech (they are journaled too, but a file copied or repaired by hand may
    // hold them alone).
    qint64 proven = 0;
    const QVector<JournalRecord> newest = m_store->journal(1);
    if (!newest.isEmpty())
        proven = plausible(newest.first().atMs);
    if (const Entry *current = m_list.current()) {
        proven = std::max(proven, plausible(current->startedAtMs));
        proven = std::max(proven, plausible(current->pausedSinceMs));
    }
    // A wall clock behind the record was set back after those acts (or is another machine's,
    // wrong): believed, it would read a running speech as not started for as long as the step
    // ("3:00 Running" for an hour) and a "next" would record 0 s spoken. The choice here: the
    // record wins. The meeting's time starts from its newest instant and runs on steadily from
    // there, so no reading ever goes below what the journal proves, and the step is reported.
    // The time that passed between that instant and now is unknown and is not counted: a
    // speaker may be short of time they spoke, never credited with time they did not.
    const qint64 behind = proven - (keepsServerTime() ? now() : m_time.clock().utcMs());
    if (behind > 0)
        m_time.raiseTo(proven);
    m_steps.rebase(); // the wall clock's lead measured now is no step of this process
    if (behind > ClockStepWatch::kBehindRecordToleranceMs)
        m_clockWarning = ClockStepWatch::behindRecordWarning(behind);
}

void MeetingSession::journalClockStep()
{
    const qint64 step = m_steps.unnotedStepMs();
    // While acts wait in memory the file is failing; the step is journaled once it works again.
    if (step == 0 || !m_unsaved.isEmpty() || !checkFileStillThere().isEmpty())
        return;
    WriteTransaction transaction(*m_store);
    QString error;
    if (!transaction.begin(&error))
        return;
    JournalRecord record;
    record.atMs = now();
    record.actor = m_actor;
    record.act = QStringLiteral("clock-step");
    record.summary = ClockStepWatch::stepSummary(step);
    record.undoable = false;
    const qint64 head = m_store->journalHead(&error);
    const qint64 id = head >= 0 ? m_store->appendJournal(record, &error) : 0;
    if (id <= 0 || !transaction.commit(&error))
        return;
    // Acts of another process since the last look are still to be read: the next look reloads.
    if (head == m_seenJournalHead)
        m_seenJournalHead = id;
    m_steps.noted(step);
    m_clockWarning = record.summary;
    emit clockWarningChanged();
}

} // namespace rostrum
