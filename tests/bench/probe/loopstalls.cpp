#include "loopstalls.h"

#include "session/meetingsession.h"

#include <QSocketNotifier>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace rostrum {

namespace {
// The bench's clock (CLOCK_MONOTONIC), so it can place the longest stall in its own timeline.
qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
} // namespace

LoopStalls::LoopStalls(QObject *parent, MeetingSession *session)
    : QObject(parent), m_session(session),
      m_stdin(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    // A precise timer: a coarse one may fire up to 5% late by design, which is not a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LoopStalls::tick);
    connect(m_stdin, &QSocketNotifier::activated, this, &LoopStalls::readCommands);
}

void LoopStalls::readCommands()
{
    char buffer[256];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got <= 0) {
        m_stdin->setEnabled(false); // the bench closed its end; nothing more will come
        return;
    }
    m_pending.append(buffer, got);
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray command = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        if (command == "stall-start") {
            m_lateUs.clear();
            m_mostKept = 0;
            m_longestUs = -1;
            m_sinceLastTick.invalidate();
            m_timer.start();
        } else if (command == "stall-stop") {
            m_timer.stop();
            report();
        }
    }
}

void LoopStalls::tick()
{
    if (m_sinceLastTick.isValid()) {
        const qint64 gapUs = m_sinceLastTick.nsecsElapsed() / 1000;
        const qint64 lateUs = std::max<qint64>(0, gapUs - kIntervalMs * 1000);
        m_lateUs.append(lateUs);
        if (lateUs > m_longestUs) {
            m_longestUs = lateUs;
            m_longestEndNs = monotonicNs();
        }
    }
    m_sinceLastTick.start();
    if (m_session)
        m_mostKept = std::max(m_mostKept, m_session->unsavedActs());
}

void LoopStalls::report()
{
    for (const qint64 us : std::as_const(m_lateUs))
        std::printf("rostrum-bench stall-gap-us %lld\n", static_cast<long long>(us));
    std::printf("rostrum-bench stall-most-kept %d\n", m_mostKept);
    std::printf("rostrum-bench stall-longest-end-ns %lld\n",
                static_cast<long long>(m_longestEndNs));
    std::printf("rostrum-bench stall-ticks %lld\n", static_cast<long long>(m_lateUs.size()));
    std::fflush(stdout);
}

} // namespace rostrum
