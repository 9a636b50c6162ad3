#pragma once

#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QHash>
#include <QVector>

namespace rostrum {

// Where the meeting is heading: projected starts, the projected end, and what it would take to
// end on time. A pure computation over the list at one instant.
struct Projection
{
    QHash<qint64, qint64> projectedStartMs; // entry id -> UTC ms, for waiting entries
    qint64 baseMs = 0;                      // when the first waiting speaker can start
    qint64 projectedEndMs = 0;
    qint64 overUnderMs = 0; // projected end minus scheduled end; positive is late
    int remainingSpeakers = 0;

    // The fit advisor.
    bool fitsAtCurrentLimits = true;
    int uniformLimitMs = 0; // the limit for every remaining speaker that ends on time; 0 if none
    int lastReachedPosition = 0; // 1-based position of the last speaker who finishes on time
    QString advice;              // one sentence for the chair
};

namespace RunningOrder {
// waiting: in running order. current: the speaker at the rostrum, or null. interrupted: the
// speech a point of order stopped, heard again when it closes, or null. Every speaker after
// the first is preceded by the meeting's changeover (rule 10).
Projection project(const Meeting &meeting, const QVector<Entry> &waiting, const Entry *current,
                   qint64 nowMs, const Entry *interrupted = nullptr);
// The smallest sensible uniform limit; below it the advisor says who will not be reached.
constexpr int kMinimumAdvisedLimitMs = 60'000;
} // namespace RunningOrder

} // namespace rostrum
