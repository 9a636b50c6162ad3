#pragma once

#include "store/journaltable.h"

#include <QVector>
#include <optional>

namespace rostrum {

class MeetingStore;

// The acts the console keeps in memory while the meeting file cannot be written (a full disk, a
// read-only folder): on screen, marked as not saved, and written in their order as soon as a
// write succeeds again.
class UnsavedActs final
{
public:
    bool isEmpty() const { return m_acts.isEmpty(); }
    int size() const { return int(m_acts.size()); }
    void keep(const JournalRecord &record, const Change::Outcome &outcome);
    void clear() { m_acts.clear(); }

    // Writes every one, with its journal row, inside the caller's transaction; true when all
    // were written (the caller then commits and clears).
    bool writeTo(MeetingStore &store, QString *error) const;
    // For the undo menu: the newest act's summary when it can be undone, else empty.
    QString undoSummary() const;
    // Takes the newest act off when it can be undone; it never reached the file, so undoing it
    // is for memory only.
    std::optional<JournalRecord> takeUndoable();

private:
    struct Act
    {
        JournalRecord record;
        Change::Outcome outcome;
    };
    QVector<Act> m_acts;
};

} // namespace rostrum
