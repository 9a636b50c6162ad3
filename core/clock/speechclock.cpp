#include "clock/speechclock.h"

#include <QCoreApplication>
#include <algorithm>

namespace rostrum::SpeechClock {

bool isRunning(const Entry &e)
{
    return e.startedAtMs != 0 && e.pausedSinceMs == 0 && e.endedAtMs == 0;
}

qint64 elapsedMs(const Entry &e, qint64 nowMs)
{
    if (e.startedAtMs == 0)
        return 0;
    qint64 until = nowMs;
    if (e.endedAtMs != 0)
        until = e.endedAtMs;
    if (e.pausedSinceMs != 0)
        until = std::min(until, e.pausedSinceMs);
    return std::max<qint64>(0, until - e.startedAtMs - e.pausedTotalMs);
}

qint64 allowanceMs(const Entry &e)
{
    // The acts keep it within a day; a file written by something else may hold any integer,
    // and its reading is then held far beyond any meeting rather than overflowing.
    constexpr qint64 kBound = qint64(1) << 62;
    const qint64 allotted = std::clamp(e.allottedMs, -kBound, kBound);
    const qint64 extra = std::clamp(e.extraMs, -kBound, kBound);
    return std::clamp(allotted + extra, -kBound, kBound);
}

bool isUntimed(const Entry &e)
{
    return e.kind == EntryKind::PointOfOrder && allowanceMs(e) == 0;
}

qint64 overrunMs(const Entry &e, qint64 nowMs)
{
    if (isUntimed(e))
        return 0;
    return std::max<qint64>(0, elapsedMs(e, nowMs) - allowanceMs(e));
}

SpeechReading read(const Entry &e, qint64 nowMs, int warningSeconds)
{
    SpeechReading r;
    r.elapsedMs = elapsedMs(e, nowMs);
    r.limitMs = allowanceMs(e);
    r.remainingMs = r.limitMs - r.elapsedMs;
    r.running = isRunning(e);
    r.started = e.startedAtMs != 0;
    if (isUntimed(e)) {
        // Rule 8: a point of order without a limit counts up; it is never late.
        r.remainingMs = 0;
        r.phase = e.endedAtMs != 0 ? ClockPhase::Finished
                  : r.running      ? ClockPhase::Running
                  : r.started      ? ClockPhase::Paused
                                   : ClockPhase::Idle;
        return r;
    }
    if (e.endedAtMs != 0)
        r.phase = ClockPhase::Finished;
    else if (r.remainingMs <= -1000)
        r.phase = ClockPhase::Overtime;
    else if (r.remainingMs <= 0)
        r.phase = ClockPhase::TimeUp;
    else if (r.started && r.remainingMs <= qint64(warningSeconds) * 1000)
        r.phase = ClockPhase::Warning;
    else if (r.running)
        r.phase = ClockPhase::Running;
    else if (r.started)
        r.phase = ClockPhase::Paused;
    else
        r.phase = ClockPhase::Idle;
    return r;
}

Entry started(Entry e, qint64 nowMs)
{
    if (e.endedAtMs != 0)
        return e;
    if (e.startedAtMs == 0) {
        e.startedAtMs = nowMs;
        e.pausedTotalMs = 0;
        e.pausedSinceMs = 0;
    } else if (e.pausedSinceMs != 0) {
        e.pausedTotalMs += std::max<qint64>(0, nowMs - e.pausedSinceMs);
        e.pausedSinceMs = 0;
    }
    return e;
}

Entry paused(Entry e, qint64 nowMs)
{
    if (isRunning(e))
        e.pausedSinceMs = std::max(nowMs, e.startedAtMs);
    return e;
}

Entry reset(Entry e)
{
    e.startedAtMs = 0;
    e.pausedTotalMs = 0;
    e.pausedSinceMs = 0;
    e.endedAtMs = 0;
    e.extraMs = 0;
    return e;
}

Entry ended(Entry e, qint64 nowMs)
{
    if (e.endedAtMs != 0)
        return e;
    // A paused speech ended when it was paused: the pause before "next" is not speaking time,
    // and keeping pausedSince lets an undo bring the speaker back paused.
    e.endedAtMs = e.pausedSinceMs != 0 ? e.pausedSinceMs : nowMs;
    return e;
}

qint64 nextSecondBoundaryMs(const Entry &e, qint64 nowMs)
{
    if (!isRunning(e))
        return 0;
    // The reading changes whenever elapsed time crosses a whole second, counted from the
    // start plus the pauses, not from the wall clock's own seconds.
    const qint64 origin = e.startedAtMs + e.pausedTotalMs + allowanceMs(e) % 1000;
    const qint64 sinceOrigin = nowMs - origin;
    // Floor division: with a limit of 1:30.5 the origin lies half a second after the start,
    // and truncation toward zero would skip the first change of the display.
    const qint64 whole = sinceOrigin >= 0 ? sinceOrigin / 1000 : -((-sinceOrigin + 999) / 1000);
    return origin + (whole + 1) * 1000;
}

} // namespace rostrum::SpeechClock

namespace rostrum {

namespace {
// The state words are the clock's own; a named context lupdate can read (it cannot follow a
// context held in a variable, so the words never reached the translators).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::SpeechClock)
};
} // namespace

QString clockPhaseName(ClockPhase phase)
{
    switch (phase) {
    case ClockPhase::Idle:
        return Tr::tr("Ready");
    case ClockPhase::Running:
        return Tr::tr("Running");
    case ClockPhase::Paused:
        return Tr::tr("Paused");
    case ClockPhase::Warning:
        return Tr::tr("Warning");
    case ClockPhase::TimeUp:
        return Tr::tr("Time up");
    case ClockPhase::Overtime:
        return Tr::tr("Overtime");
    case ClockPhase::Finished:
        return Tr::tr("Finished");
    }
    return {};
}

} // namespace rostrum
