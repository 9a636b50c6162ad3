#include "clock/clock.h"

#include <QDateTime>
#include <chrono>
#include <time.h>

namespace rostrum {

SystemClock::Sources SystemClock::Sources::system()
{
    Sources s;
    s.wallMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    s.steadyMs = [] {
        using namespace std::chrono;
        return qint64(duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
    };
#ifdef CLOCK_BOOTTIME
    // steady_clock is CLOCK_MONOTONIC, which stops while the computer is suspended.
    s.bootMs = []() -> qint64 {
        timespec ts{};
        if (clock_gettime(CLOCK_BOOTTIME, &ts) != 0)
            return -1;
        return qint64(ts.tv_sec) * 1000 + qint64(ts.tv_nsec) / 1'000'000;
    };
#endif
    return s;
}

SystemClock::SystemClock() : SystemClock(Sources::system()) {}

SystemClock::SystemClock(Sources sources) : m_sources(std::move(sources))
{
    // Decided once: a time line that switched between two clocks would jump.
    m_boot = m_sources.bootMs && m_sources.bootMs() >= 0;
}

qint64 SystemClock::utcMs() const
{
    return m_sources.wallMs();
}

qint64 SystemClock::monotonicMs() const
{
    return m_boot ? m_sources.bootMs() : m_sources.steadyMs();
}

SteadyUtc::SteadyUtc(const Clock &clock)
    : m_clock(clock), m_anchorUtc(clock.utcMs()), m_anchorMono(clock.monotonicMs())
{
}

qint64 SteadyUtc::now() const
{
    return m_anchorUtc + (m_clock.monotonicMs() - m_anchorMono);
}

void SteadyUtc::raiseTo(qint64 utcMs)
{
    if (const qint64 now = this->now(); now < utcMs)
        m_anchorUtc += utcMs - now;
}

} // namespace rostrum
