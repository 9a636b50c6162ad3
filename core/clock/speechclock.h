#pragma once

#include "meeting/entry.h"

namespace rostrum {

// How a clock reads: told apart by text and shape in every view, not by colour alone.
enum class ClockPhase
{
    Idle,
    Running,
    Paused,
    Warning,
    TimeUp,
    Overtime,
    Finished
};

// The speech clock of one entry, derived from its recorded instants at a given moment.
// Nothing here counts ticks: the same instants and the same "now" always give the same reading.
struct SpeechReading
{
    qint64 elapsedMs = 0;   // speaking time, pauses excluded
    qint64 limitMs = 0;     // allotted plus extra
    qint64 remainingMs = 0; // negative in overtime
    bool running = false;
    bool started = false;
    ClockPhase phase = ClockPhase::Idle;
};

namespace SpeechClock {
SpeechReading read(const Entry &entry, qint64 nowMs, int warningSeconds);
// The speaker's whole time: the limit and what the chair added or took away.
qint64 allowanceMs(const Entry &entry);
qint64 elapsedMs(const Entry &entry, qint64 nowMs);
qint64 overrunMs(const Entry &entry, qint64 nowMs);
bool isRunning(const Entry &entry);
// Rule 8: a point of order with no limit counts up and has no remaining time.
bool isUntimed(const Entry &entry);

// The recorded instants after each act of the chair. They return the entry unchanged when
// the act makes no sense in its state (pausing a paused clock).
Entry started(Entry entry, qint64 nowMs); // start or resume
Entry paused(Entry entry, qint64 nowMs);
Entry reset(Entry entry);
Entry ended(Entry entry, qint64 nowMs);
// The next instant at which the displayed second changes, for a repaint timer that lands on
// the boundary instead of drifting with a free-running one-second tick. 0 when not running.
qint64 nextSecondBoundaryMs(const Entry &entry, qint64 nowMs);
} // namespace SpeechClock

QString clockPhaseName(ClockPhase phase);

} // namespace rostrum
