#pragma once

#include <QtGlobal>
#include <functional>

namespace rostrum {

// The source of time for the engine. Production uses SystemClock; tests drive ManualClock so a
// three-hour meeting runs in milliseconds and every assertion about time is exact.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time in milliseconds since the Unix epoch, UTC. What gets saved.
    virtual qint64 utcMs() const = 0;
    // A steady count of milliseconds that never jumps, and that goes on while the computer
    // sleeps (a speaker talks on with the lid closed). What in-process durations use.
    virtual qint64 monotonicMs() const = 0;
    // Whether a meeting on a server may put this clock's time line on the server's clock (see
    // MeetingStore::referenceTime). A computer's clock yields to the server's; a test's manual
    // clock is the meeting's time exactly, as the test sets it.
    virtual bool yieldsToServer() const { return true; }
};

class SystemClock final : public Clock
{
public:
    // Where the time comes from, each in milliseconds. The real ones by default; tests give fakes
    // that diverge as a suspend or a step of the clock makes the real ones diverge.
    struct Sources
    {
        std::function<qint64()> wallMs;   // the Unix epoch, UTC: stepped by NTP or by hand
        std::function<qint64()> steadyMs; // never stepped, but stopped while the computer sleeps
        std::function<qint64()> bootMs;   // never stepped, counts sleep; empty or -1 if unknown
        static Sources system();
    };

    SystemClock();
    explicit SystemClock(Sources sources);
    qint64 utcMs() const override;
    // Boot time (CLOCK_BOOTTIME) where there is one, the steady clock otherwise.
    qint64 monotonicMs() const override;

private:
    Sources m_sources;
    bool m_boot = false;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 utcMs) : m_utc(utcMs) {}
    qint64 utcMs() const override { return m_utc; }
    qint64 monotonicMs() const override { return m_mono; }
    bool yieldsToServer() const override { return false; }
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
    // How far the wall clock reads ahead of this time line (negative: behind). It changes only
    // when the wall clock is set.
    qint64 wallLeadMs() const { return m_clock.utcMs() - now(); }
    // Moves the time line forward so that now() is at least utcMs; never back.
    void raiseTo(qint64 utcMs);
    // Puts the time line on another clock's reading: it was utcMs when the monotonic clock read
    // monotonicMs (a server's clock, measured over the network). It runs on steadily from there.
    void anchorTo(qint64 utcMs, qint64 monotonicMs)
    {
        m_anchorUtc = utcMs;
        m_anchorMono = monotonicMs;
    }

private:
    const Clock &m_clock;
    qint64 m_anchorUtc;
    qint64 m_anchorMono;
};

} // namespace rostrum
