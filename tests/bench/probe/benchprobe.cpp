#include "benchprobe.h"

#include "chairwindow.h"
#include "countdownreadout.h"
#include "loopstalls.h"
#include "secondticker.h"
#include "timekeeperdisplay.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace rostrum {

namespace {
void emitLine(const char *key, qint64 value)
{
    std::printf("rostrum-bench %s %lld\n", key, static_cast<long long>(value));
    std::fflush(stdout);
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The high-water mark of resident memory, from the kernel's own accounting.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A frame is done when the paint events of one update pass and the flush to the screen are;
// a zero timer queued at the first paint event runs right after that pass.
class FirstFrames final : public QObject
{
public:
    FirstFrames(ChairWindow &window, bool quitWhenAllPainted)
        : QObject(&window), m_main(&window), m_quit(quitWhenAllPainted)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible())
                m_waiting.insert(w);
        }
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        QWidget *top = static_cast<QWidget *>(watched)->window();
        if (!m_waiting.remove(top))
            return false;
        QTimer::singleShot(0, this, [this, top] { framePainted(top); });
        return false;
    }

private:
    void framePainted(QWidget *top)
    {
        if (top == m_main)
            emitLine("first-frame-ns", monotonicNs());
        if (!m_waiting.isEmpty() || m_done)
            return;
        m_done = true;
        qApp->removeEventFilter(this);
        emitLine("vmhwm-kb", peakRssKb());
        if (m_quit)
            QCoreApplication::exit(0);
    }

    QWidget *m_main;
    bool m_quit;
    bool m_done = false;
    QSet<QWidget *> m_waiting;
};

// The lag a person sees: from the instant the displayed second changes to the repaint of the
// figures, in the session's own steady time (the same clock the boundaries are computed in).
class RepaintLag final : public QObject
{
public:
    RepaintLag(TimekeeperDisplay *display, MeetingSession *session)
        : QObject(display), m_readout(display->readout()), m_session(session)
    {
        connect(display->ticker(), &SecondTicker::lagMeasured, this,
                [this](qint64 lagMs) { m_boundaryMs = m_session->now() - lagMs; });
        m_readout->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_readout && event->type() == QEvent::Paint && m_boundaryMs > 0) {
            emitLine("lag-ms", m_session->now() - m_boundaryMs);
            m_boundaryMs = 0;
        }
        return false;
    }

private:
    QPointer<CountdownReadout> m_readout;
    MeetingSession *m_session;
    qint64 m_boundaryMs = 0;
};
} // namespace

void installBenchProbe(ChairWindow &window)
{
    const QByteArray mode = qgetenv("ROSTRUM_BENCH_PROBE");
    if (mode.isEmpty())
        return;
    if (mode == "first-frame") {
        new FirstFrames(window, true);
    } else if (mode == "countdown") {
        new FirstFrames(window, false);
        if (TimekeeperDisplay *display = window.timekeeperDisplay(); display && window.session())
            new RepaintLag(display, window.session());
    } else if (mode == "stall") {
        new FirstFrames(window, false);
        // The bench gives the chair window the keyboard by its X id, so its keys reach it and
        // not the timekeeper's display.
        emitLine("chair-window", qint64(window.winId()));
        new LoopStalls(&window, window.session());
    } else {
        std::fprintf(stderr, "rostrum: unknown ROSTRUM_BENCH_PROBE %s\n", mode.constData());
    }
}

} // namespace rostrum
