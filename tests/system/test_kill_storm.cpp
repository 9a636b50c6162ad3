// The kill -9 storm: a driver process applies random acts to one meeting file and reports each
// once it has committed; it is killed with SIGKILL at a random instant, the file is checked
// against what was reported, and a new driver carries on with the same file. A hundred kills
// by default, a thousand with `scripts/test --long`. ROSTRUM_STORM_SEED repeats a run exactly
// as far as the random choices go (the instants a kill lands on depend on the machine).
#include "longrun.h"
#include "stormdriverprocess.h"
#include "stormledger.h"
#include "tempmeeting.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <iostream>
#include <signal.h>

using namespace rostrum::systemtest;

namespace {
quint32 stormSeed()
{
    bool ok = false;
    const uint seed = qEnvironmentVariable("ROSTRUM_STORM_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::system()->generate();
}

// Long enough for the driver to commit a dozen acts or so on this machine.
constexpr int kLongestDelayMs = 200;
} // namespace

TEST_CASE("kill -9 storm: every act reported done is in the file, and the file stays sound",
          "[crash][storm]")
{
    const int kills = figure("ROSTRUM_STORM_KILLS", 100, 1000);
    const quint32 seed = stormSeed();
    std::cout << "kill -9 storm: seed " << seed << " (ROSTRUM_STORM_SEED=" << seed
              << " repeats the choices), " << kills << " kills" << std::endl;
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();

    rostrum::testing::TempMeeting temp;
    temp.createEmpty().reset();
    const QString file = temp.path();
    StormLedger ledger(file, temp.path(QStringLiteral("undo-copy.rostrum")));
    // Another program watches the meeting throughout, reading as the storm writes and dies.
    QProcess reader;
    reader.start(QStringLiteral("python3"),
                 {QStringLiteral(ROSTRUM_SYSTEM_TESTS_DIR "/pollingreader.py"), file});
    REQUIRE(reader.waitForStarted());
    // Stopped by its pid however the test ends, a failed REQUIRE included.
    struct StopReader
    {
        QProcess &process;
        ~StopReader()
        {
            if (process.state() != QProcess::NotRunning) {
                ::kill(pid_t(process.processId()), SIGTERM);
                process.waitForFinished(10'000);
            }
        }
    } stopReader{reader};

    int openedBeforeKill = 0;
    int housekeeping = 0;
    for (int kill = 1; kill <= kills; ++kill) {
        const QString actor = QStringLiteral("storm-%1").arg(kill);
        const quint32 driverSeed = random.generate();
        // One kill in four counts from the start of the process, to land in the middle of
        // opening the file too; the others from the moment the file is open, so that a busy
        // machine, slow to start processes, still sees acts interrupted.
        const bool fromStart = random.bounded(4) == 0;
        const int delayMs = int(random.bounded(kLongestDelayMs));
        INFO("storm seed " << seed << ", kill " << kill << " of " << kills << ": driver seed "
                           << driverSeed << ", killed " << delayMs << " ms after it "
                           << (fromStart ? "started" : "opened the file"));

        auto driver =
            startStormDriver(file, {QStringLiteral("--actor"), actor, QStringLiteral("--seed"),
                                    QString::number(driverSeed), QStringLiteral("--manual-clock")});
        REQUIRE(driver->waitForStarted());
        QByteArray output;
        // The driver never finishes on its own (a million acts): if it did, it failed.
        if ((!fromStart && !waitForDriverLine(*driver, &output, "open ", 30'000)) ||
            driver->waitForFinished(delayMs)) {
            INFO(output.right(2000).toStdString());
            INFO(driver->readAllStandardOutput().right(2000).toStdString());
            INFO(driver->readAllStandardError().toStdString());
            FAIL("the driver stopped before it was killed");
        }
        ::kill(pid_t(driver->processId()), SIGKILL);
        REQUIRE(driver->waitForFinished(10'000));
        REQUIRE(driver->exitStatus() == QProcess::CrashExit);
        output.append(driver->readAllStandardOutput());

        const DriverReport report = parseDriverOutput(output);
        INFO("it reported " << report.done.size() << " acts done, " << report.refused
                            << " refused");
        CHECK(report.failures.isEmpty());
        openedBeforeKill += report.openedAtHead >= 0 ? 1 : 0;
        housekeeping += report.housekeeping;
        const QStringList problems = ledger.check(actor, report);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems.isEmpty());
    }

    ::kill(pid_t(reader.processId()), SIGTERM);
    REQUIRE(reader.waitForFinished(10'000));
    const QStringList read =
        QString::fromUtf8(reader.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    INFO(reader.readAllStandardError().toStdString());
    REQUIRE(read.size() == 6);
    std::cout << "kill -9 storm: a second reader polled throughout: " << read[1].toStdString()
              << " reads, journal head up to " << read[2].toStdString() << ", went backwards "
              << read[3].toStdString() << " times, " << read[4].toStdString() << " damaged reads, "
              << read[5].toStdString() << " other errors" << std::endl;
    CHECK(read[1].toInt() > 0);
    CHECK(read[3] == QStringLiteral("0"));
    CHECK(read[4] == QStringLiteral("0"));
    std::cout << "kill -9 storm: " << kills << " kills, " << ledger.actsReported()
              << " acts reported done, " << ledger.actsLost() << " lost; "
              << ledger.actsCommittedUnreported() << " acts committed at the instant of a kill; "
              << openedBeforeKill << " drivers had the file open when killed; " << housekeeping
              << " checkpoints and reopens between acts; " << ledger.undoChecks()
              << " undo+redo checks on copies; journal head " << ledger.journalHead() << ", "
              << ledger.entries() << " entries; " << timer.elapsed() / 1000.0 << " s" << std::endl;
    CHECK(ledger.actsLost() == 0);
    // The storm must really have stormed: most drivers got to act before they were killed.
    CHECK(ledger.actsReported() >= kills);
}
