// kill -9 at a random instant loses no act that rostrum-cli reported as done. This kills the
// command line and the shell driving it; test_kill_storm.cpp kills the engine itself, many
// times over one file.
#include "clirunner.h"
#include "longrun.h"
#include "meetingfilecheck.h"
#include "tempmeeting.h"

#include <QProcess>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <limits>
#include <signal.h>
#include <unistd.h>

using namespace rostrum::systemtest;

namespace {
// Each act's report is printed only after rostrum-cli said it was done (exit status 0).
const char *kActLoop = R"(
i=0
for d in "$@"; do
  id=$("$ROSTRUM_CLI" add "$MEETING" --delegation "$d") || exit 1
  echo "add $id"
  "$ROSTRUM_CLI" move "$MEETING" "$id" 1 >/dev/null || exit 1
  echo "move $id"
  i=$((i + 1))
  if [ $((i % 3)) -eq 0 ]; then
    "$ROSTRUM_CLI" next "$MEETING" >/dev/null || exit 1
    echo "next"
  fi
done
)";

struct Reports
{
    QList<qint64> added;
    int moves = 0;
    int nexts = 0;
};

// Only whole lines count: a line cut by the kill was never reported.
Reports parseReports(const QByteArray &output)
{
    Reports r;
    const qsizetype end = output.lastIndexOf('\n');
    for (const QByteArray &line : output.left(end + 1).split('\n')) {
        if (line.startsWith("add "))
            r.added.append(line.mid(4).toLongLong());
        else if (line.startsWith("move "))
            ++r.moves;
        else if (line == "next")
            ++r.nexts;
    }
    return r;
}

} // namespace

TEST_CASE("kill -9 in the middle of acts loses no act reported done", "[cli][crash]")
{
    const QStringList states = memberStates();
    QRandomGenerator *random = QRandomGenerator::global();
    for (int round = 0; round < figure("ROSTRUM_KILL_ROUNDS", 10, 100); ++round) {
        rostrum::testing::TempMeeting temp;
        const QString file = temp.path();
        newMeeting(file);

        QProcess child;
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("ROSTRUM_CLI"), cliPath());
        env.insert(QStringLiteral("MEETING"), file);
        child.setProcessEnvironment(env);
        // Its own process group, so one kill reaches the shell and the rostrum-cli it is running.
        child.setChildProcessModifier([] { ::setpgid(0, 0); });
        const int offset = random->bounded(int(states.size()) - 121);
        child.start(
            QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"), QString::fromLatin1(kActLoop), QStringLiteral("sh")} +
                states.mid(offset, 120));
        REQUIRE(child.waitForStarted());
        const int killAfterMs = random->bounded(150, 1500);
        INFO("round " << round << ", killed after " << killAfterMs << " ms");
        const bool finishedEarly = child.waitForFinished(killAfterMs);
        if (finishedEarly) {
            INFO(QString::fromUtf8(child.readAllStandardError()).toStdString());
            REQUIRE(child.exitCode() == 0);
        } else {
            ::kill(-pid_t(child.processId()), SIGKILL);
            REQUIRE(child.waitForFinished(10'000));
        }
        const Reports reported = parseReports(child.readAllStandardOutput());
        INFO("reported: " << reported.added.size() << " adds, " << reported.moves << " moves, "
                          << reported.nexts << " nexts");

        CHECK(integrityCheck(file) == QLatin1String("ok"));
        QString error;
        rostrum::SystemClock clock;
        auto session = rostrum::MeetingSession::open(file, clock, QStringLiteral("test"), &error);
        INFO(error.toStdString());
        REQUIRE(session);

        // Every reported act is there; at most the one in flight at the kill is there unreported.
        for (const qint64 id : reported.added)
            CHECK(session->list().find(id) != nullptr);
        QHash<QString, int> acts;
        for (const rostrum::JournalRecord &r : session->journal(std::numeric_limits<int>::max()))
            ++acts[r.act];
        CHECK(acts.value(QStringLiteral("add")) >= reported.added.size());
        CHECK(acts.value(QStringLiteral("move")) >= reported.moves);
        CHECK(acts.value(QStringLiteral("next")) >= reported.nexts);
        const int total = acts.value(QStringLiteral("add")) + acts.value(QStringLiteral("move")) +
                          acts.value(QStringLiteral("next"));
        CHECK(total <= int(reported.added.size()) + reported.moves + reported.nexts + 1);
        CHECK(int(session->list().entries().size()) == acts.value(QStringLiteral("add")));

        // Undo still works on the file the crash left, and redo brings back the same state.
        if (!session->undoText().isEmpty()) {
            const auto before = session->list().entries();
            REQUIRE(session->undo().ok);
            CHECK(session->list().entries() != before);
            REQUIRE(session->redo().ok);
            CHECK(session->list().entries() == before);
        }
        session.reset();
        // And the command line carries on with it.
        runCliOk(
            {QStringLiteral("add"), file, QStringLiteral("--delegation"), states[offset + 120]});
    }
}
