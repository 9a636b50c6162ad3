#pragma once

#include "session/actcontext.h"
#include "store/journaltable.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <algorithm>
#include <optional>

namespace rostrum {

// The acts the console keeps in memory while the meeting file cannot be written (a full disk, a
// read-only folder, another program holding the lock): on screen, marked as not saved. Each
// keeps its planner, not only its result, because by the time it can be written another writer
// may have changed the list: it is then planned again on the newest state, exactly as a fresh
// act would be, and an image worked out on older rows is never written over newer ones.
class UnsavedActs final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::UnsavedActs)

public:
    struct Act
    {
        ActPlanner plan;
        JournalRecord record; // atMs is when the chair made the act, and stays so
        Change::Outcome outcome;
        QVector<qint64> createdIds; // the entries it inscribed, ascending
    };

    bool isEmpty() const { return m_acts.isEmpty(); }
    int size() const { return int(m_acts.size()); }
    void keep(Act act) { m_acts.append(std::move(act)); }
    void clear() { m_acts.clear(); }
    // The first `count` acts reached the file after all (a commit in doubt that was made).
    void forgetFirst(int count) { m_acts.remove(0, std::min(count, size())); }

    // What planning every act again on `list` did: the acts that no longer apply, each named
    // ("“Call Latvia” was not saved: …"), and the ids that moved.
    struct Replanned
    {
        bool written = true; // every act that still applies went to the file
        QString error;       // why not, when written is false
        QStringList dropped;
        QHash<qint64, qint64> renamed;
    };
    // Plans every act again, in order, on `list` (the file's newest state), applies each to it,
    // and hands each to `write` (nullptr: memory only). The acts that no longer apply are
    // dropped. After a failed write the rest are still planned and applied in memory, so that
    // `list` is always the file plus every kept act.
    using Writer = std::function<bool(const JournalRecord &, const Change::Outcome &, QString *)>;
    using NextId = std::function<qint64(const SpeakersList &)>;
    Replanned replanOn(SpeakersList &list, const NextId &nextId, const Writer &write);

    // Writes every act as it was planned, in order: when the file is still the state they were
    // planned on. False, with the error, at the first that fails.
    bool writeAsPlanned(const Writer &write, QString *error) const;

    // For the undo menu: the newest act's summary when it can be undone, else empty.
    QString undoSummary() const;
    // Takes the newest act off when it can be undone; it never reached the file, so undoing it
    // is for memory only.
    std::optional<JournalRecord> takeUndoable();

    // The entries an outcome inscribes that `list` does not hold yet, ascending.
    static QVector<qint64> createdBy(const Change::Outcome &outcome, const SpeakersList &list);

private:
    QVector<Act> m_acts;
};

} // namespace rostrum
