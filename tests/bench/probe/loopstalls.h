#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

class QSocketNotifier;

namespace rostrum {

class MeetingSession;

// How late the console's event loop runs a short timer: the gap between two timeouts beyond
// the interval is time in which nothing else on the GUI thread (the countdown, the display, the
// keys) could run either. scripts/bench asks for a window of it through the console's stdin:
//   stall-start  forget what was measured and measure from now;
//   stall-stop   print "stall-gap-us N" for every tick since, the most acts the session held
//                in memory meanwhile ("stall-most-kept N"), the monotonic instant the
//                longest gap ended ("stall-longest-end-ns N"), then "stall-ticks N".
class LoopStalls final : public QObject
{
public:
    LoopStalls(QObject *parent, MeetingSession *session);

private:
    void readCommands();
    void tick();
    void report();

    static constexpr int kIntervalMs = 5;
    MeetingSession *m_session;
    QSocketNotifier *m_stdin;
    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    QVector<qint64> m_lateUs;
    int m_mostKept = 0;
    qint64 m_longestUs = -1;
    qint64 m_longestEndNs = 0;
    QByteArray m_pending;
};

} // namespace rostrum
