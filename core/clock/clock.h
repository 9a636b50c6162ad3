#pragma once

#include <QtGlobal>

namespace rostrum {

// The source of time for the engine. Production uses SystemClock; tests drive ManualClock so a
// three-hour meeting runs in milliseconds and every assertion about time is exact.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time in milliseconds since the Unix epoch, UTC. What gets saved.
    virtual qint64 utcMs() const = 0;
    // A steady count of milliseconds that never jumps. What in-process durations use.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 utcMs() const override;
    qint64 monotonicMs() const override;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 utcMs) : m_utc(utcMs) {}
    qint64 utcMs() const override { return m_utc; }
    qint64 monotonicMs() const override { return m_mono; }
    // Time passes: both clocks move together.
    void advance(qint64 ms)
    {
        m_utc += ms;
        m_mono += ms;
    }
    // The wall clock is stepped (NTP, a user changing the time); the steady clock is not.
    void stepWallClock(qint64 ms) { m_utc += ms; }

private:
    qint64 m_utc;
    qint64 m_mono = 1'000'000;
};

// Steady UTC: the wall clock read once, then carried forward by the monotonic clock, so a step
// of the system clock in the middle of a speech never makes the countdown jump.
class SteadyUtc final
{
public:
    explicit SteadyUtc(const Clock &clock);
    qint64 now() const;
    const Clock &clock() const { return m_clock; }

private:
    const Clock &m_clock;
    qint64 m_anchorUtc;
    qint64 m_anchorMono;
};

} // namespace rostrum
