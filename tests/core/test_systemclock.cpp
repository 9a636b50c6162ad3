// The real clock, built from fake sources that diverge the way a laptop's do: a suspend stops
// std::chrono::steady_clock but not the wall clock or the boot-time clock; a step moves the wall
// clock alone. Nothing here sleeps: every instant is set by the test.
#include "clock/clock.h"
#include "corehelpers.h"
#include "meeting/demomeeting.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {

constexpr qint64 kT0 = 1'685'041'200'000; // 25 May 2023, 15:00 in New York

struct FakeSources
{
    qint64 wall = kT0;
    qint64 steady = 7'000;
    qint64 boot = 9'000;

    void pass(qint64 ms)
    {
        wall += ms;
        steady += ms;
        boot += ms;
    }
    // The lid is closed: the steady clock stops, the wall clock and boot time go on.
    void suspend(qint64 ms)
    {
        wall += ms;
        boot += ms;
    }
    void stepWall(qint64 ms) { wall += ms; }
    SystemClock::Sources sources(bool withBootTime = true)
    {
        SystemClock::Sources s;
        s.wallMs = [this] { return wall; };
        s.steadyMs = [this] { return steady; };
        if (withBootTime)
            s.bootMs = [this] { return boot; };
        return s;
    }
};

int clockSteps(MeetingSession &s)
{
    int n = 0;
    for (const JournalRecord &r : s.journal(1000))
        n += r.act == QLatin1String("clock-step") ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("The system clock counts a suspend and ignores a step of the wall clock",
          "[clock][truetime]")
{
    FakeSources f;
    const SystemClock clock(f.sources());
    const SteadyUtc time(clock);
    CHECK(time.now() == kT0);
    f.pass(1'000);
    CHECK(time.now() == kT0 + 1'000);
    f.suspend(600'000); // ten minutes asleep
    CHECK(time.now() == kT0 + 601'000);
    CHECK(time.now() == clock.utcMs());
    f.stepWall(-3'600'000);
    CHECK(time.now() == kT0 + 601'000);
    f.stepWall(7'200'000);
    f.pass(500);
    CHECK(time.now() == kT0 + 601'500);
}

TEST_CASE("A speaker who talks on while the laptop sleeps is timed for it", "[clock][truetime]")
{
    FakeSources f;
    const SystemClock clock(f.sources());
    TempMeeting tm;
    QString error;
    auto s = MeetingSession::create(tm.path(), DemoMeeting::meeting(), clock,
                                    QStringLiteral("test"), &error);
    REQUIRE(s);
    inscribe(*s, QStringLiteral("Latvia"));
    inscribe(*s, QStringLiteral("Lithuania"));
    REQUIRE_DONE(s->start());
    f.pass(20'000);
    f.suspend(60'000); // the lid closed for a minute; the speaker did not stop
    CHECK(s->currentReading().remainingMs == 100'000);
    CHECK(s->currentReading().phase == ClockPhase::Running);
    CHECK(s->now() == f.wall);
    s->refresh();
    CHECK(clockSteps(*s) == 0); // a suspend is no step of the clock
    CHECK(s->clockWarning().isEmpty());

    // A step of the wall clock after it changes nothing, and is journaled.
    f.stepWall(-3'600'000);
    CHECK(s->currentReading().remainingMs == 100'000);
    f.pass(5'000);
    REQUIRE_DONE(s->next());
    CHECK(clockSteps(*s) == 1);
    const Entry *latvia = entryOf(s->list(), QStringLiteral("Latvia"));
    REQUIRE(latvia);
    CHECK(latvia->endedAtMs - latvia->startedAtMs == 85'000);
    CHECK(s->journal(1).first().atMs == kT0 + 85'000); // acts recorded on the true time line
}

TEST_CASE("Without a boot-time clock the steady clock is used, suspend uncounted",
          "[clock][truetime]")
{
    FakeSources f;
    const SystemClock clock(f.sources(false));
    const SteadyUtc time(clock);
    f.pass(1'000);
    f.suspend(60'000);
    f.stepWall(-3'600'000);
    CHECK(time.now() == kT0 + 1'000);
}
