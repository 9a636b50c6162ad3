// Several processes on one meeting file: two writers at once, and a console that watches.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
// A writer loop in its own shell: one `rostrum-cli add` per delegation, stopping at the first
// failure so that a refused act shows in the exit code.
const char *kAddLoop =
    R"(for d in "$@"; do "$ROSTRUM_CLI" add "$MEETING" --delegation "$d" >/dev/null || exit 1; done)";

std::unique_ptr<QProcess> startWriter(const QString &file, const QStringList &delegations)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("ROSTRUM_CLI"), cliPath());
    env.insert(QStringLiteral("MEETING"), file);
    process->setProcessEnvironment(env);
    process->start(
        QStringLiteral("/bin/sh"),
        QStringList{QStringLiteral("-c"), QString::fromLatin1(kAddLoop), QStringLiteral("sh")} +
            delegations);
    REQUIRE(process->waitForStarted());
    return process;
}
} // namespace

TEST_CASE("two writer processes inscribing at once lose nothing", "[cli][concurrency]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    runCliOk({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Open debate"),
              QStringLiteral("--date"), QStringLiteral("2023-05-25"), QStringLiteral("--start"),
              QStringLiteral("10:00"), QStringLiteral("--end"), QStringLiteral("18:00")});
    const QStringList states = memberStates();
    REQUIRE(states.size() == 193);
    QStringList first, second;
    for (int i = 0; i < 100; ++i)
        (i % 2 == 0 ? first : second).append(states[i]);

    auto a = startWriter(file, first);
    auto b = startWriter(file, second);
    for (QProcess *p : {a.get(), b.get()}) {
        REQUIRE(p->waitForFinished(180'000));
        INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
    }

    const QJsonArray list = listJson(file);
    CHECK(list.size() == 100);
    QSet<QString> delegations;
    QSet<qint64> ids;
    for (const auto &v : list) {
        delegations.insert(v[QStringLiteral("delegation")].toString());
        ids.insert(v[QStringLiteral("id")].toInteger());
    }
    CHECK(delegations == QSet<QString>(states.cbegin(), states.cbegin() + 100));
    // The writers really did take turns: the running order (by time of inscription) mixes them.
    int turns = 0;
    for (qsizetype i = 1; i < list.size(); ++i) {
        turns += first.contains(list[i - 1][QStringLiteral("delegation")].toString()) !=
                 first.contains(list[i][QStringLiteral("delegation")].toString());
    }
    CHECK(turns > 1);
    CHECK(ids.size() == 100);
    int adds = 0;
    for (const auto &row : journalJson(file))
        adds += row[QStringLiteral("act")].toString() == QLatin1String("add") ? 1 : 0;
    CHECK(adds == 100);
}

TEST_CASE("an open session sees an act committed by rostrum-cli within half a second",
          "[cli][concurrency]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    QString error;
    rostrum::SystemClock clock;
    auto session = rostrum::MeetingSession::open(file, clock, QStringLiteral("console"), &error);
    INFO(error.toStdString());
    REQUIRE(session);
    int reloads = 0;
    QObject::connect(
        session.get(), &rostrum::MeetingSession::changed,
        [&](const rostrum::ListChange &c) { reloads += c.act == QLatin1String("reload"); });

    SECTION("through the watch timer")
    {
        session->watchFile(100);
        const qint64 id = runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                                    QStringLiteral("Latvia")})
                              .out.trimmed()
                              .toLongLong();
        QElapsedTimer since;
        since.start();
        while (!session->list().find(id) && since.elapsed() < 2000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::msleep(5);
        }
        REQUIRE(session->list().find(id));
        CHECK(since.elapsed() < 500);
        CHECK(session->list().find(id)->delegation == QLatin1String("Latvia"));
        CHECK(reloads >= 1);
    }
    SECTION("through refresh(), and the session's next act builds on it")
    {
        const qint64 id = runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                                    QStringLiteral("Latvia")})
                              .out.trimmed()
                              .toLongLong();
        CHECK(session->refresh());
        REQUIRE(session->list().find(id));
        CHECK(reloads == 1);
        CHECK_FALSE(session->refresh()); // nothing new since

        // The console inscribes next; the command line sees both, in order.
        rostrum::EntryDraft draft;
        draft.delegation = QStringLiteral("Estonia");
        REQUIRE(session->add(draft).ok);
        const QJsonArray list = listJson(file);
        REQUIRE(list.size() == 2);
        CHECK(list[0][QStringLiteral("delegation")].toString() == QLatin1String("Latvia"));
        CHECK(list[1][QStringLiteral("delegation")].toString() == QLatin1String("Estonia"));
    }
}
