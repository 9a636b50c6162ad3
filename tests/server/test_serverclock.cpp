// One time for all the consoles: on a server, the meeting's clock is the server's, measured by
// each console over its connection, so computers whose own clocks disagree agree on the time.
#include "backend.h"
#include "corehelpers.h"
#include "meeting/demomeeting.h"

#include <QDateTime>
#include <QThread>
#include <cstdlib>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// This computer's clocks, with the wall clock set wrong by offsetMs: the steady clocks are the
// real ones, so time passes as it really does.
SystemClock offsetClock(qint64 offsetMs)
{
    SystemClock::Sources sources = SystemClock::Sources::system();
    const auto wall = sources.wallMs;
    sources.wallMs = [wall, offsetMs] { return wall() + offsetMs; };
    return SystemClock(sources);
}

std::unique_ptr<MeetingSession> openWith(const QString &location, const Clock &clock)
{
    QString error;
    auto s = MeetingSession::open(location, clock, QStringLiteral("console"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    return s;
}
} // namespace

TEST_CASE("Two consoles whose clocks differ by 30 s show the same remaining time on a server",
          "[server]")
{
    const SystemClock right = offsetClock(0);
    const SystemClock wrong = offsetClock(30'000);
    for (const Backend::Kind kind : {Backend::Kind::Server, Backend::Kind::File}) {
        Backend b(kind);
        INFO(b.name());
        b.createDemo();
        auto chair = openWith(b.location(), right);
        auto timekeeper = openWith(b.location(), wrong);
        REQUIRE_DONE(chair->start());
        REQUIRE(Backend::catchUp(*timekeeper));
        // Read back to back: the other console's reading must fall between the two of this one.
        const qint64 before = chair->currentReading().remainingMs;
        const qint64 other = timekeeper->currentReading().remainingMs;
        const qint64 after = chair->currentReading().remainingMs;
        if (kind == Backend::Kind::Server) {
            CHECK(timekeeper->keepsServerTime());
            CHECK(other <= before + 20);
            CHECK(other >= after - 20);
            CHECK(timekeeper->clockWarning().isEmpty()); // its clock is off, not the meeting's
        } else {
            // A file has no clock but the computer's: the console 30 s ahead reads 30 s less.
            CHECK_FALSE(timekeeper->keepsServerTime());
            CHECK(other < after - 29'000);
        }
    }
}

TEST_CASE("A console follows the server's clock again every minute", "[server]")
{
    Backend b(Backend::Kind::Server);
    b.createEmpty();
    // A computer whose clocks stand still unless the test moves them, its wall clock three
    // years behind: each measurement puts the console's time line on the server's, and only a
    // minute of the console's own time brings the next one.
    qint64 steady = 5'000'000;
    SystemClock::Sources sources;
    sources.wallMs = [] { return TempMeeting::kSeedMorningUtcMs; };
    sources.steadyMs = [&steady] { return steady; };
    sources.bootMs = [&steady] { return steady; };
    const SystemClock clock(sources);
    auto s = openWith(b.location(), clock);
    REQUIRE(s->keepsServerTime());
    const qint64 atOpen = s->now();
    CHECK(std::llabs(atOpen - QDateTime::currentMSecsSinceEpoch()) < 1000);
    QThread::msleep(300);
    s->refresh();
    CHECK(s->now() == atOpen); // not a minute yet: no new measurement
    steady += 60'000;
    s->refresh();
    // The server's clock moved on by the 300 ms of real time, the console's by its minute; the
    // measurement wins.
    CHECK(s->now() - atOpen >= 300);
    CHECK(s->now() - atOpen < 60'000);

    // A manual clock (the tests' own) is never moved onto the server's.
    auto manual = openWith(b.location(), b.clock());
    CHECK_FALSE(manual->keepsServerTime());
    CHECK(manual->now() == TempMeeting::kSeedMorningUtcMs);
}
