#include "secondticker.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace rostrum;
using rostrum::testing::TempMeeting;

TEST_CASE("The second ticker sleeps while no clock runs", "[ui][ticker]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    SecondTicker ticker(session.get());
    CHECK_FALSE(ticker.isArmed());
    CHECK(ticker.armedBoundaryMs() == 0);

    REQUIRE(session->start().ok);
    REQUIRE(ticker.isArmed());
    tm.clock.advance(12'300);
    REQUIRE(session->pause().ok);
    CHECK_FALSE(ticker.isArmed());

    // Time passing on a paused clock wakes nothing.
    tm.clock.advance(60'000);
    ticker.rearm();
    CHECK_FALSE(ticker.isArmed());
}

TEST_CASE("The second ticker aims at the next displayed second", "[ui][ticker]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    SecondTicker ticker(session.get());
    REQUIRE(session->start().ok);
    const qint64 startedAt = session->now();

    SECTION("right after the start, one full second away")
    {
        CHECK(ticker.armedBoundaryMs() == startedAt + 1000);
        CHECK(ticker.armedIntervalMs() == 1000 + SecondTicker::kSlackMs);
    }
    SECTION("part way through a second, only the rest of it")
    {
        tm.clock.advance(300);
        ticker.rearm();
        CHECK(ticker.armedBoundaryMs() == startedAt + 1000);
        CHECK(ticker.armedIntervalMs() == 700 + SecondTicker::kSlackMs);
    }
    SECTION("after a pause, counted from speaking time, not from the wall clock")
    {
        tm.clock.advance(300);
        REQUIRE(session->pause().ok);
        tm.clock.advance(5'000);
        REQUIRE(session->start().ok); // resume: 300 ms spoken, so 700 ms to the next second
        CHECK(ticker.armedBoundaryMs() == startedAt + 6'000);
        CHECK(ticker.armedIntervalMs() == 700 + SecondTicker::kSlackMs);
    }
    SECTION("a limit with a half second shifts the boundaries by half a second")
    {
        tm.clock.advance(300);
        REQUIRE(session->addTime(500).ok); // 3:00.5 limit, 3:00.2 left: shows 3:01 for 200 ms
        CHECK(ticker.armedIntervalMs() == 200 + SecondTicker::kSlackMs);
    }
}

TEST_CASE("The second ticker ticks on the boundary and re-arms", "[ui][ticker]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    SecondTicker ticker(session.get());
    QSignalSpy ticks(&ticker, &SecondTicker::tick);
    REQUIRE(session->start().ok);
    const qint64 startedAt = session->now();

    tm.clock.advance(1'000); // the fake clock reaches the boundary before the timer fires
    REQUIRE(ticks.wait(3'000));
    CHECK(ticks.count() == 1);
    CHECK(ticker.lastLagMs() == 0);
    CHECK(ticker.armedBoundaryMs() == startedAt + 2'000);
}

TEST_CASE("The second ticker does not tick before the boundary", "[ui][ticker]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    SecondTicker ticker(session.get());
    QSignalSpy ticks(&ticker, &SecondTicker::tick);
    REQUIRE(session->start().ok);
    tm.clock.advance(900);
    ticker.rearm();
    REQUIRE(ticker.armedIntervalMs() == 100 + SecondTicker::kSlackMs);

    // The timer fires but the (fake) clock has not reached the boundary: no stale tick.
    CHECK_FALSE(ticks.wait(400));
    CHECK(ticker.isArmed());
}
