#pragma once

#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>
#include <QVector>
#include <optional>

namespace rostrum {

// What one act did to one entry: its whole row before and after (empty map: did not exist).
struct EntryDelta
{
    qint64 id = 0;
    QVariantMap before;
    QVariantMap after;
};

// One act, as journaled: enough to redo it and to undo it exactly.
struct Change
{
    QString act;     // stable key: "add", "move", "next", ...
    QString summary; // for people: "Latvia inscribed (late)"
    bool undoable = true;
    QVector<EntryDelta> entries;
    QVariantMap meetingBefore; // empty when the act leaves the meeting settings alone
    QVariantMap meetingAfter;

    bool isEmpty() const { return entries.isEmpty() && meetingBefore == meetingAfter; }

    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &json);

    // The columns that undo restores: those the act changed, plus every speech column when the
    // status changed, so a speaker sent back to the list never keeps a half-run clock.
    static QStringList undoColumns(const EntryDelta &delta);
    // Apply the change's "to" side over the current rows: redo uses after, undo uses before.
    enum class Direction
    {
        Undo,
        Redo
    };
    // current: the rows as they are now (id -> entry); returns the rows to write, and the ids
    // to delete.
    struct Outcome
    {
        QVector<Entry> upserts;
        QVector<qint64> deletions;
        std::optional<Meeting> meeting;
    };
    Outcome replay(Direction direction, const QHash<qint64, Entry> &current,
                   const Meeting &currentMeeting) const;
    // The change as a redo should replay it after an undo made now. An act that changed a
    // status (a call, a next) or reset the clock loses its speech columns to the undo; the
    // speech given since the act (start and pause are never undone) is kept here as what the
    // redo restores, or redoing a call would bring the speaker back with a fresh clock and the
    // time already spoken lost (and redoing a reset would forget the start that followed it). A
    // speech still running at nowMs is kept as paused then, as an undone "next" brings its speaker
    // back: nobody speaks on that clock while the act stays undone.
    Change redoImageAt(const QHash<qint64, Entry> &current, qint64 nowMs) const;
};

} // namespace rostrum
