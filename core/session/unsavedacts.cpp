#include "session/unsavedacts.h"

#include "store/meetingstore.h"

namespace rostrum {

void UnsavedActs::keep(const JournalRecord &record, const Change::Outcome &outcome)
{
    m_acts.append({record, outcome});
}

bool UnsavedActs::writeTo(MeetingStore &store, QString *error) const
{
    for (const Act &act : m_acts) {
        if (!store.write(act.outcome, error) || store.appendJournal(act.record, error) == 0)
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
