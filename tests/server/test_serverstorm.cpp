// The two-writer battery and the kill -9 storm, against a meeting on the server: the processes
// of tests/system/storm act through MeetingSession on a URL instead of a file. 0 acts lost.
#include "backend.h"
#include "list/listinvariants.h"
#include "listfingerprint.h"
#include "longrun.h"
#include "server/serverconnection.h"
#include "serverstormledger.h"
#include "stormdriverprocess.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>
#include <iostream>
#include <signal.h>

using namespace rostrum;
using namespace rostrum::systemtest;
using namespace rostrum::testing;

namespace {
// A user of the test server who chairs the meeting at `url`, for a driver to connect as: the
// journal's actor is the PostgreSQL user, so each writer that must be told apart needs its own.
QString chairAs(const QString &url, const QString &user)
{
    QString error;
    auto admin = ServerConnection::open(locationOf(url), &error);
    INFO(error.toStdString());
    REQUIRE(admin);
    QSqlQuery q(admin->db());
    q.prepare(QStringLiteral("SELECT rostrum.grant_role(?, ?, 'chair')"));
    q.addBindValue(locationOf(url).meeting);
    q.addBindValue(user);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return asUser(url, user);
}

QString uniqueUser(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(8);
}
} // namespace

TEST_CASE("Two writer processes on one meeting on the server lose nothing and agree on the list",
          "[server][storm]")
{
    const int acts = figure("ROSTRUM_WRITER_ACTS", 1000, 5000);
    const quint32 seed = QRandomGenerator::system()->generate();
    INFO("seeds " << seed << " and " << seed + 1);
    QElapsedTimer timer;
    timer.start();

    Backend b(Backend::Kind::Server);
    b.createEmpty().reset();
    const QStringList users = {uniqueUser("writer_a"), uniqueUser("writer_b")};
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < 2; ++i) {
        writers.push_back(
            startStormDriver(chairAs(b.location(), users[i]),
                             {QStringLiteral("--actor"), users[i], QStringLiteral("--seed"),
                              QString::number(seed + quint32(i)), QStringLiteral("--acts"),
                              QString::number(acts), QStringLiteral("--hold")}));
        REQUIRE(writers.back()->waitForStarted());
    }
    QByteArray output[2];
    for (int i = 0; i < 2; ++i) {
        if (!waitForDriverLine(*writers[i], &output[i], "finished ", 500'000)) {
            INFO(users[i].toStdString() << ": " << output[i].right(2000).toStdString()
                                        << writers[i]->readAllStandardError().toStdString());
            FAIL("the writer did not finish its acts");
        }
    }
    const double actingSeconds = timer.elapsed() / 1000.0;
    DriverReport reports[2];
    for (int i = 0; i < 2; ++i) {
        writers[i]->write("view\n");
        REQUIRE(writers[i]->waitForFinished(60'000));
        output[i].append(writers[i]->readAllStandardOutput());
        CHECK(writers[i]->exitCode() == 0);
        reports[i] = parseDriverOutput(output[i]);
        INFO(users[i].toStdString()
             << ": " << reports[i].failures.join(QLatin1Char('\n')).toStdString());
        CHECK(reports[i].failures.isEmpty());
        CHECK(reports[i].done.size() == acts);
    }

    // Every act each reported is in the journal, as that act by that user, and nothing else is.
    auto reader = b.open(QStringLiteral("reader"));
    QMap<qint64, JournalRecord> rows;
    for (const JournalRecord &r : reader->journal(1'000'000))
        rows.insert(r.id, r);
    int lost = 0;
    for (int i = 0; i < 2; ++i) {
        for (const ReportedAct &a : reports[i].done) {
            const JournalRecord row = rows.value(a.journalId);
            lost += row.id == 0 || row.actor != users[i] || row.act != a.act ? 1 : 0;
        }
    }
    int turns = 0;
    int liveAdds = 0;
    QString previous;
    for (const JournalRecord &row : rows) {
        const bool live = row.state == JournalRecord::UndoState::Done;
        liveAdds += live && row.act == QLatin1String("add") ? 1 : 0;
        liveAdds -= live && row.act == QLatin1String("remove") ? 1 : 0;
        turns += !previous.isEmpty() && row.actor != previous ? 1 : 0;
        previous = row.actor;
    }
    CHECK(lost == 0);
    CHECK(rows.size() == reports[0].done.size() + reports[1].done.size());
    CHECK(turns > 10); // they really wrote at the same time

    // Both writers and a fresh reader see the same sound list, which agrees with the journal.
    const QString fingerprint = storm::listFingerprint(reader->list());
    QStringList order;
    for (const qint64 id : reader->list().waitingIds())
        order.append(QString::number(id));
    for (const DriverReport &r : reports) {
        CHECK(r.viewFingerprint == fingerprint);
        CHECK(r.viewOrder == order.join(QLatin1Char(',')));
    }
    const QStringList violations = listInvariantViolations(reader->list(), reader->now());
    INFO(violations.join(QLatin1Char('\n')).toStdString());
    CHECK(violations.isEmpty());
    CHECK(reader->list().entries().size() == liveAdds);
    std::cout << "two writers on the server: " << reports[0].done.size() << " + "
              << reports[1].done.size() << " acts reported done, " << rows.size()
              << " journal rows, " << lost << " lost, " << turns
              << " changes of writer in the journal; " << actingSeconds << " s" << std::endl;
}

TEST_CASE("kill -9 storm on the server: every act reported done is there, and nothing more",
          "[server][storm]")
{
    const int kills = figure("ROSTRUM_SERVER_STORM_KILLS", 60, 600);
    bool ok = false;
    const uint fixed = qEnvironmentVariable("ROSTRUM_STORM_SEED").toUInt(&ok);
    const quint32 seed = ok ? fixed : QRandomGenerator::system()->generate();
    std::cout << "kill -9 storm on the server: seed " << seed << ", " << kills << " kills"
              << std::endl;
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();

    Backend b(Backend::Kind::Server);
    b.createEmpty().reset();
    const QString user = uniqueUser("storm_");
    const QString driverUrl = chairAs(b.location(), user);
    ServerStormLedger ledger(b.location(), user);
    int openedBeforeKill = 0;
    for (int kill = 1; kill <= kills; ++kill) {
        const quint32 driverSeed = random.generate();
        const bool fromStart = random.bounded(4) == 0;
        const int delayMs = int(random.bounded(200));
        INFO("storm seed " << seed << ", kill " << kill << ": driver seed " << driverSeed
                           << ", killed " << delayMs << " ms after it "
                           << (fromStart ? "started" : "opened the meeting"));
        auto driver = startStormDriver(
            driverUrl, {QStringLiteral("--actor"), user, QStringLiteral("--seed"),
                        QString::number(driverSeed), QStringLiteral("--manual-clock")});
        REQUIRE(driver->waitForStarted());
        QByteArray output;
        if ((!fromStart && !waitForDriverLine(*driver, &output, "open ", 30'000)) ||
            driver->waitForFinished(delayMs)) {
            INFO(output.right(2000).toStdString());
            INFO(driver->readAllStandardError().toStdString());
            FAIL("the driver stopped before it was killed");
        }
        ::kill(pid_t(driver->processId()), SIGKILL);
        REQUIRE(driver->waitForFinished(10'000));
        output.append(driver->readAllStandardOutput());
        // The COMMIT on the line at the kill is made or undone once the server has let go.
        REQUIRE(ledger.waitForDriverGone(10'000));

        const DriverReport report = parseDriverOutput(output);
        CHECK(report.failures.isEmpty());
        openedBeforeKill += report.openedAtHead >= 0 ? 1 : 0;
        const QStringList problems = ledger.check(report);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems.isEmpty());
    }
    std::cout << "kill -9 storm on the server: " << kills << " kills, " << ledger.actsReported()
              << " acts reported done, " << ledger.actsLost() << " lost; "
              << ledger.actsCommittedUnreported() << " committed at the instant of a kill; "
              << openedBeforeKill << " drivers had the meeting open when killed; journal head "
              << ledger.journalHead() << ", " << ledger.entries() << " entries; "
              << timer.elapsed() / 1000.0 << " s" << std::endl;
    CHECK(ledger.actsLost() == 0);
    CHECK(ledger.actsReported() >= kills);
}
