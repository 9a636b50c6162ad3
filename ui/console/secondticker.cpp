#include "secondticker.h"

#include "clock/speechclock.h"
#include "session/meetingsession.h"

#include <algorithm>

namespace rostrum {

SecondTicker::SecondTicker(MeetingSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SecondTicker::onTimeout);
    if (session)
        connect(session, &MeetingSession::changed, this, &SecondTicker::rearm);
    rearm();
}

void SecondTicker::rearm()
{
    const Entry *current = m_session ? m_session->list().current() : nullptr;
    const qint64 now = m_session ? m_session->now() : 0;
    const qint64 boundary = current ? SpeechClock::nextSecondBoundaryMs(*current, now) : 0;
    if (boundary == 0) {
        m_timer.stop();
        m_boundaryMs = 0;
        m_intervalMs = -1;
        return;
    }
    arm(boundary, now);
}

void SecondTicker::arm(qint64 boundaryMs, qint64 nowMs)
{
    m_boundaryMs = boundaryMs;
    m_intervalMs = int(std::clamp<qint64>(boundaryMs - nowMs, 0, 1000) + kSlackMs);
    m_timer.start(m_intervalMs);
}

void SecondTicker::onTimeout()
{
    if (!m_session)
        return;
    const qint64 now = m_session->now();
    if (now < m_boundaryMs) {
        // The event loop woke us early: wait for the boundary rather than show a stale second.
        arm(m_boundaryMs, now);
        return;
    }
    m_lastLagMs = now - m_boundaryMs;
    // Re-aim first, so whoever handles tick() (and perhaps acts) sees a consistent ticker.
    rearm();
    emit lagMeasured(m_lastLagMs);
    emit tick();
}

} // namespace rostrum
