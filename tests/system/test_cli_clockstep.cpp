// A meeting whose saved instants lie in the future of the computer's clock, as a step of the
// clock back between two processes leaves it: each rostrum-cli process says so, and counts from
// what the journal proves instead of showing a full, untouched countdown.
#include "clirunner.h"
#include "clock/clock.h"
#include "meeting/demomeeting.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"

#include <QDateTime>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::systemtest;

namespace {
// Latvia speaking for 40 s (three minutes allotted), recorded an hour ahead of the wall clock.
qint64 speakingAnHourAhead(const QString &file)
{
    ManualClock clock(QDateTime::currentMSecsSinceEpoch() + 3'600'000);
    QString error;
    auto s =
        MeetingSession::create(file, DemoMeeting::meeting(), clock, QStringLiteral("test"), &error);
    REQUIRE(s);
    rostrum::testing::inscribe(*s, QStringLiteral("Latvia"));
    rostrum::testing::inscribe(*s, QStringLiteral("Lithuania"));
    REQUIRE(s->start().ok);
    const qint64 startedAt = clock.utcMs();
    clock.advance(40'000);
    rostrum::testing::inscribe(*s, QStringLiteral("Estonia")); // journaled 40 s after the start
    return startedAt;
}
} // namespace

TEST_CASE("rostrum-cli reports a clock behind the meeting's record and counts from the record",
          "[cli][truetime]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    const qint64 startedAt = speakingAnHourAhead(file);

    const CliRun json = runCli(
        {QStringLiteral("status"), file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.describe().toStdString());
    REQUIRE(json.ok());
    const QJsonObject status = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(status[QStringLiteral("elapsed_s")].toInteger() == 40); // not 0
    CHECK(status[QStringLiteral("remaining_s")].toInteger() == 140);
    CHECK(status[QStringLiteral("clock_warning")].toString().contains(QStringLiteral("behind")));
    REQUIRE(json.errLines().size() == 1);
    CHECK(json.err.startsWith(QStringLiteral("rostrum-cli: The computer's clock is 1:00:")));

    const CliRun text = runCli({QStringLiteral("status"), file});
    INFO(text.describe().toStdString());
    REQUIRE(text.ok());
    CHECK(text.out.contains(QStringLiteral("2:20")));
    CHECK(text.errLines().size() == 1);

    // "next" records at least the 40 s the journal proves, not 0 s.
    const CliRun next = runCli({QStringLiteral("next"), file});
    INFO(next.describe().toStdString());
    REQUIRE(next.ok());
    ManualClock reader(0);
    QString error;
    auto s = MeetingSession::open(file, reader, QStringLiteral("test"), &error);
    REQUIRE(s);
    const Entry *latvia = nullptr;
    for (const Entry &e : s->list().entries())
        latvia = e.delegation == QLatin1String("Latvia") ? &e : latvia;
    REQUIRE(latvia);
    CHECK(latvia->startedAtMs == startedAt);
    CHECK(latvia->endedAtMs - latvia->startedAtMs >= 40'000);
}

TEST_CASE("rostrum-cli status has no clock warning when the clock is right", "[cli][truetime]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    const CliRun json = runCli(
        {QStringLiteral("status"), file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.describe().toStdString());
    REQUIRE(json.ok());
    CHECK(json.err.isEmpty());
    const QJsonObject status = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(status.contains(QStringLiteral("clock_warning")));
    CHECK(status[QStringLiteral("clock_warning")].isNull());
}
