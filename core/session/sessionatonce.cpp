// An act of MeetingSession written in one round trip, on a server (MeetingStore::writeAtOnce):
// four waits on the network were most of an act's time there (docs/BENCHMARKS.md).
#include "session/meetingsession.h"

#include <algorithm>

namespace rostrum {

std::optional<MeetingSession::Result> MeetingSession::performAtOnce(const Planner &plan,
                                                                    const Planner &keepAs,
                                                                    const ListBefore &before,
                                                                    QHash<qint64, qint64> *renamed)
{
    const std::optional<MeetingStore::AtOnceBasis> basis = m_store->atOnceBasis();
    if (!m_unsaved.isEmpty() || !basis || basis->journalHead != m_seenJournalHead)
        return std::nullopt;
    const qint64 now = this->now();
    const ActContext context{now, std::max(m_list.highestId(), basis->highestEntryId) + 1, renamed};
    const ActPlan planned = plan(m_list, context);
    if (!planned.ok())
        return std::nullopt;
    const JournalRecord record = recordOf(planned, now);
    const Change::Outcome outcome =
        planned.change->replay(Change::Direction::Redo, m_list.entries(), meeting());
    if (!m_list.secondSpeakerAfter(outcome).isEmpty())
        return std::nullopt;

    qint64 journalId = 0;
    QString error;
    switch (m_store->writeAtOnce(*basis, outcome, record, &journalId, &error)) {
    case MeetingStore::AtOnce::Stale:
        return std::nullopt;
    case MeetingStore::AtOnce::Written:
        m_seenJournalHead = journalId;
        setSaveError({});
        break;
    case MeetingStore::AtOnce::Failed:
        // As a failed commit of the long way (perform()).
        if (m_store->refusedByRole())
            return Result{false, tr("Not done: %1.").arg(error), 0, {}};
        if (!m_keepWorking) {
            const QString why = notSavedMessage(error);
            setSaveError(why);
            return Result{false, why, 0, {}};
        }
        m_unsaved.keep(
            {keepAs ? keepAs : plan, record, outcome, UnsavedActs::createdBy(outcome, m_list)});
        m_keptInDoubt = 1; // the server may have made it: it says so once it answers again
        setSaveError(notSavedMessage(error));
        break;
    }
    m_list.apply(outcome);
    emit changed(listChangeFor(record.act, before, outcome));
    return Result{true, {}, planned.entryId, record.summary};
}

} // namespace rostrum
