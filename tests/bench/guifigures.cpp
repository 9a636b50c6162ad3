#include "guifigures.h"

#include "fixtures.h"
#include "probedchild.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <unistd.h>

namespace rostrum::bench {

namespace {
// User plus system time of a process and all its threads, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which may itself hold spaces: state is field 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields[11].toLongLong() + fields[12].toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

QString fixture(const GuiOptions &options, const QString &name, int entries, QString *error)
{
    const QString path = QDir(options.workDir).filePath(name);
    return Fixtures::makeMeeting(path, entries, 1, error) ? path : QString();
}
} // namespace

Figure coldStart(const GuiOptions &options, QString *error)
{
    Figure f;
    f.name = QStringLiteral("console cold start to first painted frame, 1,000 entries");
    f.floorName = QStringLiteral("a minimal Qt Widgets window, same size");
    f.unit = QStringLiteral("ms");
    f.target = 1.5;
    const QString meeting = fixture(options, QStringLiteral("start-1000.rostrum"), 1000, error);
    if (meeting.isEmpty())
        return f;
    const QStringList consoleArgs = {meeting, QStringLiteral("--size"), options.size};
    const QStringList windowArgs = {QStringLiteral("--size"), options.size};
    auto once = [&](const QString &program, const QStringList &args, Samples *into) {
        ProbedChild child(options, program, args, QStringLiteral("first-frame"));
        const QString at = child.waitFor(QStringLiteral("first-frame-ns"));
        if (at.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 painted no frame").arg(program);
            return false;
        }
        if (into)
            into->add(double(at.toLongLong() - child.startNs()) / 1e6);
        child.finish();
        return true;
    };
    // One of each first, unmeasured: the font cache and the binaries come into memory.
    if (!once(options.rostrum, consoleArgs, nullptr) ||
        !once(options.minimalWindow, windowArgs, nullptr))
        return f;
    for (int i = 0; i < options.startRepetitions; ++i) {
        if (!once(options.minimalWindow, windowArgs, &f.floor) ||
            !once(options.rostrum, consoleArgs, &f.measured))
            return f;
    }
    return f;
}

Figure peakRss(const GuiOptions &options, QString *error)
{
    Figure f;
    f.name = QStringLiteral("console peak RSS, 1,000 entries, display open");
    f.floorName = QStringLiteral("the minimal window");
    f.unit = QStringLiteral("MiB");
    f.target = 1.5;
    const QString meeting = fixture(options, QStringLiteral("rss-1000.rostrum"), 1000, error);
    if (meeting.isEmpty())
        return f;
    const QStringList consoleArgs = {meeting, QStringLiteral("--display"), QStringLiteral("--size"),
                                     options.size};
    const QStringList windowArgs = {QStringLiteral("--size"), options.size};
    auto once = [&](const QString &program, const QStringList &args, Samples *into) {
        ProbedChild child(options, program, args, QStringLiteral("first-frame"));
        const QString kb = child.waitFor(QStringLiteral("vmhwm-kb"));
        if (kb.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 reported no peak RSS").arg(program);
            return false;
        }
        into->add(kb.toDouble() / 1024.0);
        child.finish();
        return true;
    };
    for (int i = 0; i < options.rssRepetitions; ++i) {
        if (!once(options.minimalWindow, windowArgs, &f.floor) ||
            !once(options.rostrum, consoleArgs, &f.measured))
            return f;
    }
    return f;
}

CountdownFigures runningCountdown(const GuiOptions &options, QString *error)
{
    CountdownFigures out;
    Figure &cpu = out.cpu;
    cpu.name = QStringLiteral("CPU over %1 s of a running countdown, display open")
                   .arg(options.countdownSeconds);
    cpu.floorName = QStringLiteral("one core over those %1 s").arg(options.countdownSeconds);
    cpu.unit = QStringLiteral("s");
    cpu.target = 0.01;
    Figure &lag = out.lag;
    lag.name = QStringLiteral("second boundary to display repaint, p99");
    lag.floorName = QStringLiteral("1 frame at 60 Hz");
    lag.unit = QStringLiteral("ms");
    lag.target = 1.2;
    lag.judge = Figure::Judge::P99;
    lag.floor.add(1000.0 / 60.0);

    const QString meeting = QDir(options.workDir).filePath(QStringLiteral("countdown.rostrum"));
    if (!Fixtures::makeRunningMeeting(meeting, 1000, error))
        return out;
    ProbedChild child(
        options, options.rostrum,
        {meeting, QStringLiteral("--display"), QStringLiteral("--size"), options.size},
        QStringLiteral("countdown"));
    if (child.waitFor(QStringLiteral("first-frame-ns")).isEmpty()) {
        if (error)
            *error = QStringLiteral("the console painted no frame");
        return out;
    }
    // Settle: the first seconds hold start-up work (fonts, layouts) that is not the countdown.
    QThread::msleep(3000);
    child.all(QStringLiteral("lag-ms")); // drained, and left out of the figure
    const int settled = int(child.all(QStringLiteral("lag-ms")).size());
    const double before = cpuSeconds(child.pid());
    const qint64 startNs = monotonicNs();
    QThread::msleep(options.countdownSeconds * 1000);
    const double after = cpuSeconds(child.pid());
    const double wall = double(monotonicNs() - startNs) / 1e9;
    if (before < 0 || after < 0) {
        if (error)
            *error = QStringLiteral("the console's CPU time could not be read");
        return out;
    }
    cpu.measured.add(after - before);
    cpu.floor.add(wall);
    const QStringList lags = child.all(QStringLiteral("lag-ms"));
    for (int i = settled; i < lags.size(); ++i)
        lag.measured.add(lags[i].toDouble());
    if (lag.measured.values.size() < options.countdownSeconds / 2 && error)
        *error = QStringLiteral("the display repainted only %1 times in %2 s")
                     .arg(lag.measured.values.size())
                     .arg(options.countdownSeconds);
    return out;
}

} // namespace rostrum::bench
