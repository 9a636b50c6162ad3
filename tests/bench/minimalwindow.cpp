// The floor of the console's start-up time and memory: the least a Qt Widgets program does to
// put one window of the same size on the screen. It answers the same probe lines as the
// console (tests/bench/probe/benchprobe.h): first-frame-ns and vmhwm-kb, then quits. It shows one
// label, so that it loads a font as any window with text must.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <cstdio>
#include <ctime>

namespace {
void emitLine(const char *key, long long value)
{
    std::printf("rostrum-bench %s %lld\n", key, value);
    std::fflush(stdout);
}

long long peakRssKb()
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

class FirstFrame final : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                timespec ts{};
                clock_gettime(CLOCK_MONOTONIC, &ts);
                emitLine("first-frame-ns", ts.tv_sec * 1'000'000'000LL + ts.tv_nsec);
                emitLine("vmhwm-kb", peakRssKb());
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int width = 1366, height = 740;
    const QStringList args = QCoreApplication::arguments();
    const int at = int(args.indexOf(QStringLiteral("--size")));
    if (at > 0 && at + 1 < args.size()) {
        const QStringList wh = args.at(at + 1).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            width = wh[0].toInt();
            height = wh[1].toInt();
        }
    }
    QWidget window;
    window.setWindowTitle(QStringLiteral("Minimal window"));
    window.resize(width, height);
    // One line of text, so that the floor loads and shapes a font as every real window does.
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Minimal window"), &window));
    FirstFrame probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
