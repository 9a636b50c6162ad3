#include "session/unsavedacts.h"

#include <algorithm>

namespace rostrum {

QVector<qint64> UnsavedActs::createdBy(const Change::Outcome &outcome, const SpeakersList &list)
{
    QVector<qint64> ids;
    for (const Entry &e : outcome.upserts) {
        if (!list.entries().contains(e.id))
            ids.append(e.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

UnsavedActs::Replanned UnsavedActs::replanOn(SpeakersList &list, const NextId &nextId,
                                             const Writer &write)
{
    Replanned result;
    result.written = bool(write);
    QVector<Act> still;
    for (Act &act : m_acts) {
        const ActContext context{act.record.atMs, nextId(list), &result.renamed};
        const ActPlan plan = act.plan(list, context);
        QString refusal = plan.error;
        Change::Outcome outcome;
        if (plan.ok()) {
            outcome = plan.change->replay(Change::Direction::Redo, list.entries(), list.meeting());
            refusal = list.secondSpeakerAfter(outcome);
        }
        if (!refusal.isEmpty()) {
            result.dropped.append(tr("“%1” was not saved: %2").arg(act.record.summary, refusal));
            continue;
        }
        const QVector<qint64> created = createdBy(outcome, list);
        for (int i = 0; i < created.size() && i < act.createdIds.size(); ++i) {
            if (created[i] != act.createdIds[i])
                result.renamed.insert(act.createdIds[i], created[i]);
        }
        act.record.act = plan.change->act;
        act.record.summary = plan.change->summary;
        act.record.undoable = plan.change->undoable;
        act.record.change = *plan.change;
        act.outcome = outcome;
        act.createdIds = created;
        if (result.written && !write(act.record, outcome, &result.error))
            result.written = false;
        list.apply(outcome);
        still.append(std::move(act));
    }
    m_acts = std::move(still);
    return result;
}

bool UnsavedActs::writeAsPlanned(const Writer &write, QString *error) const
{
    for (const Act &act : m_acts) {
        if (!write(act.record, act.outcome, error))
            return false;
    }
    return true;
}

QString UnsavedActs::undoSummary() const
{
    if (m_acts.isEmpty() || !m_acts.last().record.undoable)
        return {};
    return m_acts.last().record.summary;
}

std::optional<JournalRecord> UnsavedActs::takeUndoable()
{
    if (m_acts.isEmpty() || !m_acts.last().record.undoable)
        return std::nullopt;
    return m_acts.takeLast().record;
}

} // namespace rostrum
