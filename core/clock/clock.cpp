#include "clock/clock.h"

#include <QDateTime>
#include <chrono>

namespace rostrum {

qint64 SystemClock::utcMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

SteadyUtc::SteadyUtc(const Clock &clock)
    : m_clock(clock), m_anchorUtc(clock.utcMs()), m_anchorMono(clock.monotonicMs())
{
}

qint64 SteadyUtc::now() const
{
    return m_anchorUtc + (m_clock.monotonicMs() - m_anchorMono);
}

} // namespace rostrum
