// Two writer processes on one meeting file at the same time, each committing a thousand acts
// of every kind through its own MeetingSession: nothing either reported is lost, the counts add
// up, and both end up seeing the same list. (test_cli_concurrency.cpp does the same through
// rostrum-cli, one process per act, with fewer acts.)
#include "list/listinvariants.h"
#include "listfingerprint.h"
#include "longrun.h"
#include "meetingfilecheck.h"
#include "stormdriverprocess.h"
#include "tempmeeting.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <iostream>

using namespace rostrum::systemtest;

TEST_CASE("two writer processes committing 1,000 acts each lose nothing and agree on the list",
          "[concurrency][storm]")
{
    const int acts = figure("ROSTRUM_WRITER_ACTS", 1000, 5000);
    const quint32 seed = QRandomGenerator::system()->generate();
    INFO("seeds " << seed << " and " << seed + 1);
    QElapsedTimer timer;
    timer.start();

    rostrum::testing::TempMeeting temp;
    temp.createEmpty().reset();
    const QString file = temp.path();
    const QStringList actors = {QStringLiteral("writer-a"), QStringLiteral("writer-b")};
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < 2; ++i) {
        writers.push_back(
            startStormDriver(file, {QStringLiteral("--actor"), actors[i], QStringLiteral("--seed"),
                                    QString::number(seed + quint32(i)), QStringLiteral("--acts"),
                                    QString::number(acts), QStringLiteral("--hold")}));
        REQUIRE(writers.back()->waitForStarted());
    }

    // Both finish their acts; only then does each read the file again and say what it sees.
    QByteArray output[2];
    for (int i = 0; i < 2; ++i) {
        if (!waitForDriverLine(*writers[i], &output[i], "finished ", 500'000)) {
            INFO(actors[i].toStdString() << ": " << output[i].right(2000).toStdString()
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
        INFO(actors[i].toStdString()
             << ": " << reports[i].failures.join(QLatin1Char('\n')).toStdString());
        CHECK(reports[i].failures.isEmpty());
        CHECK(reports[i].done.size() == acts);
    }

    // Every act each one reported is in the journal, as that act by that writer, and the
    // journal holds nothing else.
    const QMap<qint64, JournalRow> rows = journalRows(file);
    int lost = 0;
    int liveAdds = 0;
    for (int i = 0; i < 2; ++i) {
        for (const ReportedAct &a : reports[i].done) {
            const JournalRow row = rows.value(a.journalId);
            lost += row.id == 0 || row.actor != actors[i] || row.act != a.act ? 1 : 0;
        }
    }
    int turns = 0;
    QString previousActor;
    for (const JournalRow &row : rows) {
        liveAdds += row.undoState == 0 && row.act == QLatin1String("add") ? 1 : 0;
        liveAdds -= row.undoState == 0 && row.act == QLatin1String("remove") ? 1 : 0;
        turns += !previousActor.isEmpty() && row.actor != previousActor ? 1 : 0;
        previousActor = row.actor;
    }
    CHECK(lost == 0);
    CHECK(rows.size() == reports[0].done.size() + reports[1].done.size());
    // They really wrote at the same time: the journal interleaves them.
    CHECK(turns > 10);

    // Both writers, and two fresh sessions, see the same list; it is sound and agrees with the
    // journal.
    rostrum::SystemClock clock;
    QString error;
    auto first = rostrum::MeetingSession::open(file, clock, QStringLiteral("reader"), &error);
    auto second = rostrum::MeetingSession::open(file, clock, QStringLiteral("reader"), &error);
    INFO(error.toStdString());
    REQUIRE(first);
    REQUIRE(second);
    const QString fingerprint = rostrum::storm::listFingerprint(first->list());
    QStringList order;
    for (const qint64 id : first->list().waitingIds())
        order.append(QString::number(id));
    CHECK(rostrum::storm::listFingerprint(second->list()) == fingerprint);
    CHECK(second->list().waitingIds() == first->list().waitingIds());
    for (const DriverReport &r : reports) {
        CHECK(r.viewFingerprint == fingerprint);
        CHECK(r.viewOrder == order.join(QLatin1Char(',')));
    }
    const QStringList violations = rostrum::listInvariantViolations(first->list(), first->now());
    INFO(violations.join(QLatin1Char('\n')).toStdString());
    CHECK(violations.isEmpty());
    CHECK(first->list().entries().size() == liveAdds);

    std::cout << "two writers: " << reports[0].done.size() << " + " << reports[1].done.size()
              << " acts reported done (" << reports[0].refused << " + " << reports[1].refused
              << " refused by the rules), " << rows.size() << " journal rows, " << lost << " lost, "
              << turns << " changes of writer in the journal; both see the same "
              << first->list().entries().size() << " entries, " << order.size() << " waiting; "
              << actingSeconds << " s" << std::endl;
}
