// The second-party battery: a console with acts in flight (rostrum-storm-driver --console: acts
// kept in memory while the file cannot be written, the lock never waited on) while another
// party touches the meeting: the command line reading and writing, a second console, a program
// holding the write lock for 10 s, a copy of the one file taken 1 s after the last act, and an
// older copy restored over the open file. For each: acts lost (another party's act reported
// done that the file lacks), acts hidden (the console's view and the file disagree once it has
// written what it kept), and the longest act. The figures go in docs/RELIABILITY.md. (The file
// dialogs are driven in tests/ui/test_filedialoglocks.cpp; a full disk with another writer in
// tests/core/test_keptacts.cpp.)
#include "clirunner.h"
#include "clock/clock.h"
#include "listfingerprint.h"
#include "meetingfilecheck.h"
#include "session/meetingsession.h"
#include "stormdriverprocess.h"
#include "tempmeeting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <catch2/catch.hpp>
#include <iostream>

using namespace rostrum::systemtest;

namespace {

// A console run by the driver: its acts, paced as a busy chair's, and what it said.
struct Console
{
    std::unique_ptr<QProcess> process;
    QByteArray output;
};

Console startConsole(const QString &file, const QString &actor, int acts, int seed,
                     const QStringList &extra = {})
{
    Console c;
    c.process = startStormDriver(
        file, QStringList{QStringLiteral("--actor"), actor, QStringLiteral("--seed"),
                          QString::number(seed), QStringLiteral("--acts"), QString::number(acts),
                          QStringLiteral("--console"), QStringLiteral("--pace-ms"),
                          QStringLiteral("20"), QStringLiteral("--hold")} +
                  extra);
    REQUIRE(c.process->waitForStarted());
    REQUIRE(waitForDriverLine(*c.process, &c.output, "open ", 30'000));
    return c;
}

bool running(Console &c)
{
    // Without an event loop, QProcess reads the pipe only when asked to wait.
    c.process->waitForReadyRead(1);
    c.output += c.process->readAllStandardOutput();
    return !c.output.contains("\nfinished ");
}

// Lets the console finish, write what it kept, and say what it shows.
QString finish(Console &c)
{
    REQUIRE(waitForDriverLine(*c.process, &c.output, "finished ", 180'000));
    c.process->write("\n");
    REQUIRE(waitForDriverLine(*c.process, &c.output, "view ", 30'000));
    REQUIRE(c.process->waitForFinished(30'000));
    c.output += c.process->readAllStandardOutput();
    return parseDriverOutput(c.output).viewFingerprint;
}

QString lineAfter(const QByteArray &output, const QByteArray &prefix)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()));
    }
    return {};
}

QString fingerprintOfFile(const QString &file)
{
    rostrum::SystemClock clock;
    QString error;
    auto session = rostrum::MeetingSession::openForReading(file, clock, &error);
    INFO(error.toStdString());
    REQUIRE(session);
    return rostrum::storm::listFingerprint(session->list());
}

int rowsBy(const QString &file, const QString &actorPart)
{
    int n = 0;
    for (const JournalRow &row : journalRows(file))
        n += row.actor.contains(actorPart) ? 1 : 0;
    return n;
}

struct Figures
{
    const char *party = "";
    int lost = 0;
    int hidden = 0;
    QString timing; // the console's longest act, 99th percentile, acts
};

void report(const Figures &f)
{
    std::cout << "second party: " << f.party << ": acts lost " << f.lost << ", hidden " << f.hidden
              << ", console act ms (longest, p99, acts) " << f.timing.toStdString() << std::endl;
}

} // namespace

TEST_CASE("second party: the command line reads and writes while a console acts",
          "[secondparty][cli]")
{
    rostrum::testing::TempMeeting temp;
    temp.createDemo().reset();
    const QString file = temp.path();
    Console console = startConsole(file, QStringLiteral("chair"), 150, 11);
    int reads = 0;
    int written = 0;
    while (running(console)) {
        CHECK(runCli({QStringLiteral("status"), file}).ok());
        ++reads;
        // The console's -wal survives every reader (a reader that deletes it loses the acts).
        CHECK(QFile::exists(file + QStringLiteral("-wal")));
        const CliRun add = runCli({QStringLiteral("add"), file, QStringLiteral("--category"),
                                   QStringLiteral("other"), QStringLiteral("--delegation"),
                                   QStringLiteral("Observer %1").arg(written + 1)});
        INFO(add.describe().toStdString());
        // What the console said last, should the file be refused: its own view of the moment.
        INFO("console: " << console.output.right(1500).toStdString());
        CHECK(add.ok());
        written += add.ok() ? 1 : 0;
    }
    const QString view = finish(console);
    Figures f;
    f.party = "the command line, reading and writing";
    f.lost = written - rowsBy(file, QStringLiteral("(cli)"));
    f.hidden = view == fingerprintOfFile(file) ? 0 : 1;
    f.timing = lineAfter(console.output, "timing ");
    report(f);
    std::cout << "  " << reads << " reads and " << written << " inscriptions by rostrum-cli"
              << std::endl;
    CHECK(reads > 0);
    CHECK(f.lost == 0);
    CHECK(f.hidden == 0);
    CHECK(lineAfter(console.output, "flushed ") == QStringLiteral("0"));
}

TEST_CASE("second party: a second console", "[secondparty]")
{
    rostrum::testing::TempMeeting temp;
    temp.createDemo().reset();
    const QString file = temp.path();
    Console first = startConsole(file, QStringLiteral("first"), 200, 21);
    Console second = startConsole(file, QStringLiteral("second"), 200, 22);
    const QString firstView = finish(first);
    const QString secondView = finish(second);
    const QString inFile = fingerprintOfFile(file);
    // The first to finish may not have seen the second's last acts; each one's own acts are all
    // in the file, and the one that finished last sees everything.
    Figures f;
    f.party = "a second console";
    f.hidden = secondView == inFile ? 0 : 1;
    f.timing = lineAfter(first.output, "timing ");
    report(f);
    CHECK(f.hidden == 0);
    CHECK(lineAfter(first.output, "flushed ") == QStringLiteral("0"));
    CHECK(lineAfter(second.output, "flushed ") == QStringLiteral("0"));
    CHECK(integrityCheck(file) == QStringLiteral("ok"));
    Q_UNUSED(firstView);
}

TEST_CASE("second party: a program holds the write lock for 10 s", "[secondparty][lock]")
{
    rostrum::testing::TempMeeting temp;
    temp.createDemo().reset();
    const QString file = temp.path();
    Console console = startConsole(file, QStringLiteral("chair"), 400, 31);

    QProcess holder;
    holder.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys, time\n"
                                 "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                 "c.execute('BEGIN IMMEDIATE')\n"
                                 "print('locked', flush=True)\n"
                                 "time.sleep(10)\n"
                                 "c.execute('ROLLBACK')\n"),
                  file});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(30'000));
    REQUIRE(holder.readLine().trimmed() == "locked");
    QElapsedTimer held;
    held.start();
    REQUIRE(holder.waitForFinished(30'000));
    const qint64 heldMs = held.elapsed();

    const QString view = finish(console);
    Figures f;
    f.party = "a program holding the write lock for 10 s";
    f.hidden = view == fingerprintOfFile(file) ? 0 : 1;
    f.timing = lineAfter(console.output, "timing ");
    report(f);
    std::cout << "  the lock was held " << heldMs
              << " ms; acts kept meanwhile: " << console.output.count("\nkept ") << std::endl;
    CHECK(console.output.count("\nkept ") > 0); // the console went on while it was held
    CHECK(f.hidden == 0);
    CHECK(lineAfter(console.output, "flushed ") == QStringLiteral("0"));
    // No act waited for the lock: the longest is far below the five-second busy wait of old.
    const QStringList timing = f.timing.split(QLatin1Char(' '));
    REQUIRE(timing.size() == 3);
    CHECK(timing[0].toInt() < 1'000);
}

TEST_CASE("second party: a copy of the one file, taken 1 s after the last act",
          "[secondparty][copy]")
{
    rostrum::testing::TempMeeting temp;
    temp.createDemo().reset();
    const QString file = temp.path();
    Console console = startConsole(file, QStringLiteral("chair"), 100, 41);
    REQUIRE(waitForDriverLine(*console.process, &console.output, "finished ", 180'000));
    QThread::msleep(1'200); // the console still open, idle
    const QString copy = temp.path(QStringLiteral("usb-stick.rostrum"));
    REQUIRE(QProcess::execute(QStringLiteral("cp"), {file, copy}) == 0);
    const QString view = finish(console);

    const int inCopy = int(journalRows(copy).size());
    const int inFile = int(journalRows(file).size());
    std::cout << "second party: a copy 1 s after the last act holds " << inCopy << " of " << inFile
              << " journal rows" << std::endl;
    CHECK(inCopy == inFile);
    CHECK(fingerprintOfFile(copy) == view);
}

TEST_CASE("second party: an older copy restored over the open file", "[secondparty][restore]")
{
    rostrum::testing::TempMeeting temp;
    temp.createDemo().reset();
    const QString file = temp.path();
    const QString backup = temp.path(QStringLiteral("backup.rostrum"));
    runCliOk({QStringLiteral("backup"), file, backup});
    const int backupRows = int(journalRows(backup).size());

    Console console = startConsole(file, QStringLiteral("chair"), 150, 51,
                                   {QStringLiteral("--flush-wait-ms"), QStringLiteral("2000")});
    QThread::msleep(1'500);
    REQUIRE(QProcess::execute(QStringLiteral("cp"), {backup, file}) == 0);
    finish(console);

    // The console noticed and wrote nothing more; the restored file is the backup, whole, with
    // none of the console's old pages replayed into it.
    INFO(console.output.right(2000).toStdString());
    // Usually it sees the backup whole ("another meeting file … has been copied over"); on a
    // loaded machine its look may fall while cp is still writing, and a file half copied is
    // rightly "no longer a meeting". Either way it stops writing, which is what matters here.
    const bool sawBackup = console.output.contains(
        "another meeting file (another meeting, or a backup) has been copied over");
    const bool sawHalfCopy = console.output.contains("has been overwritten in place and is no "
                                                     "longer a meeting");
    CHECK((sawBackup || sawHalfCopy));
    CHECK(console.output.contains("nothing more is written to it"));
    CHECK(integrityCheck(file) == QStringLiteral("ok"));
    CHECK(int(journalRows(file).size()) == backupRows);
    CHECK(fingerprintOfFile(file) == fingerprintOfFile(backup));
    std::cout << "second party: an older copy restored over the open file: noticed, "
              << (int(journalRows(file).size()) - backupRows) << " rows written into it"
              << std::endl;
}
