#pragma once

#include "list/change.h"
#include "meeting/directory.h"
#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>
#include <QVector>

namespace rostrum {

// What an act would do, worked out before anything is written: the change to journal, or the
// reason it is refused. The list is never modified by planning.
struct ActPlan
{
    std::optional<Change> change;
    QString error;
    qint64 entryId = 0; // the entry the act created or acted on

    static ActPlan refused(const QString &why)
    {
        ActPlan p;
        p.error = why;
        return p;
    }
    bool ok() const { return change.has_value(); }
};

// An import of many inscriptions, planned as one act: the rows that would be refused, with
// why, and the one change that inscribes all the others.
struct ImportPlan
{
    struct RowError
    {
        int row = 0; // index into the drafts
        QString reason;
    };
    QVector<RowError> errors;
    QVector<qint64> createdIds; // for the accepted drafts, in draft order
    QVector<int> acceptedRows;
    std::optional<Change> change; // empty when no row was accepted
};

// The speakers list in memory and the rules of the list (docs/RULES.md). Every act is planned here
// as a Change; the session commits it to the file and then applies it. The acts on the list are
// defined in listacts.cpp and the acts on the floor in flooracts.cpp; the rules they follow are in
// inscriptionrules.h (who is inscribed, as what) and placement.h (where in the running order).
class SpeakersList final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::SpeakersList)

public:
    // Rule 6: no limit, and no speaker's time with what the chair added, is longer than a day.
    static constexpr qint64 kLongestLimitMs = 24LL * 60 * 60 * 1000;

    SpeakersList() = default;
    SpeakersList(Meeting meeting, const QVector<Entry> &entries,
                 const Directory &directory = Directory::builtIn());

    const Meeting &meeting() const { return m_meeting; }
    const Directory &directory() const { return *m_directory; }
    QVector<Entry> waiting() const; // the running order
    QVector<qint64> waitingIds() const;
    const Entry *current() const;
    // The speaker a point of order stopped, who gets the floor back when it closes (rule 8).
    const Entry *interrupted() const;
    QVector<Entry> spoken() const; // in the order they spoke
    QVector<Entry> others() const; // absent (off the list) and withdrawn
    const Entry *find(qint64 id) const;
    const QHash<qint64, Entry> &entries() const { return m_entries; }
    int positionOf(qint64 id) const; // 1-based in the running order, 0 if not waiting
    // The entries whose delegation folds to this name (Directory::normalized), for the
    // duplicate check: it asks for every inscription, and for every row of an import.
    QList<qint64> idsOfDelegation(const QString &normalizedDelegation) const;

    // Rule 1: the category a delegation would get if none is given; the highest tier it
    // qualifies for. Empty optional with a message when it cannot be inferred.
    std::optional<Category> inferCategory(const EntryDraft &draft, QString *why) const;
    int tierIndexOf(const Entry &e) const;

    // Acts. nowMs is steady UTC; newId is the id to give a created entry.
    ActPlan add(const EntryDraft &draft, qint64 nowMs, qint64 newId) const;
    ActPlan edit(qint64 id, const EntryDraft &draft) const;
    ActPlan remove(qint64 id) const;
    ActPlan withdraw(qint64 id) const;
    ActPlan move(qint64 id, int position) const; // 1-based target position; pins the entry
    ActPlan swap(qint64 a, qint64 b) const;      // the exchange of places; pins both
    ActPlan unpin(qint64 id) const;              // back to its automatic place
    ActPlan start(qint64 nowMs) const;           // start or resume; calls the first if nobody is
    ActPlan pause(qint64 nowMs) const;
    ActPlan next(qint64 nowMs) const;
    ActPlan absent(qint64 nowMs) const;
    ActPlan addTime(qint64 deltaMs, qint64 nowMs) const;
    ActPlan resetClock(qint64 nowMs) const;
    ActPlan setAllotted(qint64 id, qint64 ms) const;
    // Whether "the same limit for all" also sets the limits of the waiting speakers' categories,
    // so that those inscribed afterwards get it too (rule 6).
    enum class LaterInscriptions
    {
        TakeTheLimit,
        KeepTheirs
    };
    ActPlan
    setAllottedForRemaining(qint64 ms,
                            LaterInscriptions later = LaterInscriptions::TakeTheLimit) const;
    // Rule 8: a point of order takes the floor at once, stopping whoever has it.
    ActPlan pointOfOrder(const EntryDraft &draft, qint64 nowMs, qint64 newId) const;
    // Rule 9: a right of reply, heard after the last statement.
    ActPlan reply(const EntryDraft &draft, qint64 nowMs, qint64 newId) const;
    // Rule 10: the time from one speaker's end to the next one's start, in whole seconds.
    ActPlan setChangeover(int seconds) const;
    // Rule 11: the message to the speaker on the display; empty clears it.
    ActPlan setMessage(const QString &text) const;
    ActPlan setListClosed(bool closed) const;
    ActPlan setMeeting(const Meeting &meeting) const;
    // Each draft is checked against the list and against the drafts before it, exactly as
    // add() would check it; ids are handed out from firstId on.
    ImportPlan planImport(const QVector<EntryDraft> &drafts, qint64 nowMs, qint64 firstId,
                          const QString &summary) const;

    // The state after a committed change (or one read back from the file).
    void apply(const Change::Outcome &outcome);
    void replaceAll(Meeting meeting, const QVector<Entry> &entries);

    // Who the speaker is, for messages: "Estonia (Mr. X)".
    static QString describe(const Entry &e);

    // Checked at the door every act goes through (list/onespeaker.cpp), so that a slip in
    // planning, or an undo meeting what another console did since, is refused rather than
    // saved: why the outcome would put two speakers at the rostrum, or empty.
    QString secondSpeakerAfter(const Change::Outcome &outcome) const;
    // The highest entry id in memory (0 for an empty list).
    qint64 highestId() const;

private:
    // The running order and the current speaker, kept up to date as changes apply.
    void rebuildIndex();
    void reindex(const Change::Outcome &outcome);
    void forgetEmptyBuffer();

    Meeting m_meeting;
    QHash<qint64, Entry> m_entries;
    // The waiting entries' ids in running order, and who speaks (0: nobody). Sorting the list
    // again for every question, several times an act, made an act on 10,000 entries five
    // times slower than on 1,000 (docs/BENCHMARKS.md); an applied change moves only the
    // entries it touches.
    QVector<qint64> m_waitingIds;
    qint64 m_currentId = 0;
    qint64 m_interruptedId = 0;
    // The entries by the folded name of their delegation: made the first time it is asked for,
    // then kept up to date as changes apply, so that a duplicate check looks at the entries of
    // one delegation, not at the whole list.
    void forgetDelegation(const Entry &e);
    mutable QMultiHash<QString, qint64> m_byDelegation;
    mutable bool m_byDelegationMade = false;
    const Directory *m_directory = &Directory::builtIn();
};

} // namespace rostrum
