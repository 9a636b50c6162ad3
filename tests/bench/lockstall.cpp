#include "lockstall.h"

#include "clock/clock.h"
#include "fixtures.h"
#include "probedchild.h"
#include "session/meetingsession.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace rostrum::bench {

namespace {
// Takes the write lock the way another writer would (BEGIN IMMEDIATE), says so on stdout in the
// probe's form, holds it, then lets go without having changed anything.
const char *const kLockHolder = R"(import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("rostrum-bench lock held", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("ROLLBACK")
db.close()
print("rostrum-bench lock released", flush=True)
)";

constexpr int kActIntervalMs = 250;
// After the lock is let go: the watch timer (200 ms) writes the kept acts within this, and
// that write is on the event loop too, so it is inside the measured window.
constexpr int kAfterReleaseMs = 1500;

// The chair's acts of adding time in the file's journal; -1 when it cannot be read.
int addTimeActs(const QString &path)
{
    SystemClock clock;
    QString error;
    auto session = MeetingSession::openForReading(path, clock, &error);
    if (!session)
        return -1;
    int count = 0;
    for (const JournalRecord &r : session->journal(1'000'000))
        count += r.act == QLatin1String("add-time") ? 1 : 0;
    return count;
}

// One xdotool run against the bench's X server; false when it failed or hung.
bool xdotool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Presses "+" (30 s more for the speaker) every 250 ms, on a fixed schedule so that a slow
// xdotool start does not stretch it, for `spanMs`; the number pressed.
int pressPlus(const QString &xdotoolPath, int spanMs)
{
    const qint64 startNs = monotonicNs();
    int pressed = 0;
    for (int at = kActIntervalMs; at <= spanMs; at += kActIntervalMs) {
        const qint64 waitMs = (startNs + qint64(at) * 1'000'000 - monotonicNs()) / 1'000'000;
        if (waitMs > 0)
            QThread::msleep(waitMs);
        if (xdotool(xdotoolPath, {QStringLiteral("key"), QStringLiteral("plus")}))
            ++pressed;
    }
    return pressed;
}

struct Window
{
    Samples lateMs;
    int mostKept = 0;
    qint64 longestEndNs = 0;
};

Window closeWindow(ProbedChild &console)
{
    console.tell("stall-stop");
    Window w;
    if (console.waitFor(QStringLiteral("stall-ticks"), 10000).isEmpty())
        return w;
    for (const QString &us : console.take(QStringLiteral("stall-gap-us")))
        w.lateMs.add(us.toDouble() / 1000.0);
    w.mostKept = console.take(QStringLiteral("stall-most-kept")).value(0).toInt();
    w.longestEndNs = console.take(QStringLiteral("stall-longest-end-ns")).value(0).toLongLong();
    console.take(QStringLiteral("stall-ticks"));
    return w;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

LockStallFigures lockStall(const GuiOptions &options, QString *error)
{
    LockStallFigures out;
    Figure &f = out.stall;
    f.name = QStringLiteral("event-loop stall while another program holds the lock %1 s")
                 .arg(options.lockSeconds);
    f.floorName = QStringLiteral("the same acts, no lock holder");
    f.unit = QStringLiteral("ms");
    f.target = 50;
    f.judge = Figure::Judge::AtMost;

    const QString xdotoolPath = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (xdotoolPath.isEmpty() || python.isEmpty()) {
        fail(error, QStringLiteral("needs xdotool and python3 (scripts/debian-packages.txt)"));
        return out;
    }
    const QString meeting = QDir(options.workDir).filePath(QStringLiteral("lock.rostrum"));
    if (!Fixtures::makeRunningMeeting(meeting, 1000, error))
        return out;
    ProbedChild console(
        options, options.rostrum,
        {meeting, QStringLiteral("--display"), QStringLiteral("--size"), options.size},
        QStringLiteral("stall"));
    const QString chairWindow = console.waitFor(QStringLiteral("chair-window"));
    if (chairWindow.isEmpty() || console.waitFor(QStringLiteral("first-frame-ns")).isEmpty()) {
        fail(error, QStringLiteral("the console painted no frame"));
        return out;
    }
    // The chair's keys go to the chair window, as on a desk where the display is on a screen
    // of its own; there is no window manager under Xvfb to give it the focus.
    if (!xdotool(xdotoolPath,
                 {QStringLiteral("windowfocus"), QStringLiteral("--sync"), chairWindow})) {
        fail(error, QStringLiteral("xdotool could not focus the chair window"));
        return out;
    }
    QThread::msleep(2000); // start-up work (fonts, layouts) is not what this measures

    const int spanMs = options.lockSeconds * 1000 - kActIntervalMs * 2;
    const int before = addTimeActs(meeting);

    // The floor: the same presses and the same window, with the lock free.
    console.tell("stall-start");
    const int floorPressed = pressPlus(xdotoolPath, spanMs);
    QThread::msleep(kAfterReleaseMs + kActIntervalMs * 2);
    const Window free = closeWindow(console);
    const int afterFloor = addTimeActs(meeting);
    if (free.lateMs.values.isEmpty() || afterFloor - before != floorPressed) {
        fail(error, QStringLiteral("the keys did not reach the console: %1 of %2 presses of + "
                                   "are in the journal with the lock free")
                        .arg(afterFloor - before)
                        .arg(floorPressed));
        return out;
    }

    ProbedChild holder(options, python,
                       {QStringLiteral("-c"), QString::fromUtf8(kLockHolder), meeting,
                        QString::number(options.lockSeconds)},
                       QString());
    if (holder.waitFor(QStringLiteral("lock"), 15000) != QLatin1String("held")) {
        fail(error, QStringLiteral("the lock holder never took the lock"));
        return out;
    }
    const qint64 heldNs = monotonicNs();
    console.tell("stall-start");
    out.actsSent = pressPlus(xdotoolPath, spanMs);
    if (holder.waitFor(QStringLiteral("lock"), options.lockSeconds * 1000 + 15000) !=
        QLatin1String("released")) {
        fail(error, QStringLiteral("the lock holder did not let go"));
        return out;
    }
    const qint64 releasedNs = monotonicNs();
    holder.finish();
    QThread::msleep(kAfterReleaseMs);
    const Window locked = closeWindow(console);
    out.mostKept = locked.mostKept;
    if (locked.lateMs.values.isEmpty()) {
        fail(error, QStringLiteral("the console measured nothing while the lock was held"));
        return out;
    }
    // The watch timer may still be writing the last of them; give it a moment more.
    int saved = addTimeActs(meeting) - afterFloor;
    for (int i = 0; i < 50 && saved < out.actsSent; ++i) {
        QThread::msleep(100);
        saved = addTimeActs(meeting) - afterFloor;
    }
    out.actsLost = out.actsSent - saved;
    f.measured = locked.lateMs;
    f.floor = free.lateMs;
    // Where the worst came: while the lock was held, or in writing the kept acts after it.
    out.longestAtS = double(locked.longestEndNs - heldNs) / 1e9;
    out.releasedAtS = double(releasedNs - heldNs) / 1e9;
    f.note = QStringLiteral("max %1 ms, p99 %2 ms; with no lock holder max %3 ms, p99 %4 ms; "
                            "%5 presses of + while it held the lock, at most %6 kept in memory "
                            "at once, acts lost: %7; the longest stall ended %8 s after the lock "
                            "was taken, which was let go at %9 s")
                 .arg(f.measured.max(), 0, 'f', 1)
                 .arg(f.measured.p99(), 0, 'f', 1)
                 .arg(f.floor.max(), 0, 'f', 1)
                 .arg(f.floor.p99(), 0, 'f', 1)
                 .arg(out.actsSent)
                 .arg(out.mostKept)
                 .arg(out.actsLost)
                 .arg(out.longestAtS, 0, 'f', 2)
                 .arg(out.releasedAtS, 0, 'f', 2);
    if (out.mostKept == 0 && error)
        *error = QStringLiteral("no act waited in memory: the lock holder did not hold the "
                                "console back, so this measured nothing about it");
    return out;
}

} // namespace rostrum::bench
