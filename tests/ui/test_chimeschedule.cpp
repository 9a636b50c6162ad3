// When the chimes are due (issue 14): at the warning threshold and at zero, once per speech each,
// never while the clock is paused or stopped, again after added time puts the speaker back above
// a threshold. Pure arithmetic on the recorded instants: every instant below is exact.
#include "chimeschedule.h"
#include "clock/speechclock.h"

#include <catch2/catch.hpp>

using namespace rostrum;
using Cue = ChimeSchedule::Cue;
using Due = ChimeSchedule::Due;

namespace {

// 25 May 2023, 15:00 in New York: the seed meeting opens.
constexpr qint64 kT0 = 1685041200000;

// One speech at the rostrum, its clock driven by the chair's acts at chosen instants, and the
// schedule that looks at it, as the console's player does after every change.
struct Rostrum
{
    explicit Rostrum(qint64 allottedMs, qint64 id = 7)
    {
        entry.id = id;
        entry.allottedMs = allottedMs;
        entry.status = Status::Speaking;
    }
    std::optional<Due> at(qint64 nowMs)
    {
        return schedule.next(&entry, SpeechClock::read(entry, nowMs, warningSeconds),
                             warningSeconds, nowMs);
    }
    void start(qint64 nowMs) { entry = SpeechClock::started(entry, nowMs); }
    void pause(qint64 nowMs) { entry = SpeechClock::paused(entry, nowMs); }
    void addTime(qint64 ms) { entry.extraMs += ms; }

    Entry entry;
    int warningSeconds = 30;
    ChimeSchedule schedule;
};

} // namespace

namespace Catch {
// "warning at 1685041350000" in a failure, instead of {?}.
template <> struct StringMaker<Due>
{
    static std::string convert(const Due &d)
    {
        return (ChimeSchedule::cueName(d.cue) + QStringLiteral(" at %1").arg(d.atMs)).toStdString();
    }
};
template <> struct StringMaker<std::optional<Due>>
{
    static std::string convert(const std::optional<Due> &d)
    {
        return d ? StringMaker<Due>::convert(*d) : std::string("nothing due");
    }
};
} // namespace Catch

TEST_CASE("A speech chimes at the warning, then at zero, then no more", "[ui][chimes]")
{
    Rostrum r(180'000);
    r.start(kT0);
    CHECK(r.at(kT0) == Due{Cue::Warning, kT0 + 150'000});
    // Looked at again later, after any change: the same instant, not a second late.
    CHECK(r.at(kT0 + 97'123) == Due{Cue::Warning, kT0 + 150'000});
    CHECK(r.at(kT0 + 150'000) == Due{Cue::Warning, kT0 + 150'000});
    r.schedule.played(Cue::Warning);
    CHECK(r.at(kT0 + 150'000) == Due{Cue::Zero, kT0 + 180'000});
    r.schedule.played(Cue::Zero);
    CHECK_FALSE(r.at(kT0 + 180'000));
    // Overtime counts up in silence.
    CHECK_FALSE(r.at(kT0 + 240'000));
}

TEST_CASE("No chime is due while the clock is idle, paused or finished", "[ui][chimes]")
{
    Rostrum r(180'000);
    CHECK_FALSE(r.at(kT0)); // called, not started
    r.start(kT0);
    r.pause(kT0 + 60'000);
    CHECK_FALSE(r.at(kT0 + 60'000));
    CHECK_FALSE(r.at(kT0 + 600'000)); // however long the pause
    // Resumed after 30 s of pause: the warning comes 30 s later than it would have.
    r.start(kT0 + 90'000);
    CHECK(r.at(kT0 + 90'000) == Due{Cue::Warning, kT0 + 180'000});
    r.entry = SpeechClock::ended(r.entry, kT0 + 120'000);
    CHECK_FALSE(r.at(kT0 + 120'000));
    CHECK_FALSE(r.at(kT0 + 180'000));
    // Nobody at the rostrum at all.
    CHECK_FALSE(r.schedule.next(nullptr, SpeechReading{}, 30, kT0));
}

TEST_CASE("A clock resumed past a threshold does not chime it again", "[ui][chimes]")
{
    Rostrum r(180'000);
    r.start(kT0);
    REQUIRE(r.at(kT0) == Due{Cue::Warning, kT0 + 150'000});
    REQUIRE(r.at(kT0 + 150'000) == Due{Cue::Warning, kT0 + 150'000});
    r.schedule.played(Cue::Warning);
    r.pause(kT0 + 160'000); // 20 s left
    CHECK_FALSE(r.at(kT0 + 160'000));
    r.start(kT0 + 200'000);
    CHECK(r.at(kT0 + 200'000) == Due{Cue::Zero, kT0 + 220'000});
    r.schedule.played(Cue::Zero);
    r.pause(kT0 + 230'000);
    r.start(kT0 + 240'000);
    CHECK_FALSE(r.at(kT0 + 240'000));
}

TEST_CASE("A console that opens the meeting mid-warning chimes only at zero", "[ui][chimes]")
{
    Rostrum r(180'000);
    r.start(kT0);
    // The first look at this speech: 20 s left, the warning already behind it.
    CHECK(r.at(kT0 + 160'000) == Due{Cue::Zero, kT0 + 180'000});
}

TEST_CASE("Added time that puts the speaker back above a threshold arms it again", "[ui][chimes]")
{
    Rostrum r(180'000);
    r.start(kT0);
    REQUIRE(r.at(kT0) == Due{Cue::Warning, kT0 + 150'000});
    REQUIRE(r.at(kT0 + 150'000) == Due{Cue::Warning, kT0 + 150'000});
    r.schedule.played(Cue::Warning);

    SECTION("30 s more at 0:20 left: 0:50, so the warning chimes again at 0:30")
    {
        r.addTime(30'000);
        CHECK(r.at(kT0 + 160'000) == Due{Cue::Warning, kT0 + 180'000});
        r.schedule.played(Cue::Warning);
        CHECK(r.at(kT0 + 180'000) == Due{Cue::Zero, kT0 + 210'000});
    }
    SECTION("5 s more at 0:20 left: 0:25, still below the warning, so only zero is ahead")
    {
        r.addTime(5'000);
        CHECK(r.at(kT0 + 160'000) == Due{Cue::Zero, kT0 + 185'000});
    }
    SECTION("30 s more in overtime at +0:10: zero chimes again, the warning does not")
    {
        REQUIRE(r.at(kT0 + 180'000) == Due{Cue::Zero, kT0 + 180'000});
        r.schedule.played(Cue::Zero);
        r.addTime(30'000);
        CHECK(r.at(kT0 + 190'000) == Due{Cue::Zero, kT0 + 210'000});
    }
}

TEST_CASE("A threshold jumped over by taking time away passes in silence", "[ui][chimes]")
{
    Rostrum r(180'000);
    r.start(kT0);
    REQUIRE(r.at(kT0 + 100'000) == Due{Cue::Warning, kT0 + 150'000});
    r.addTime(-60'000); // 1:20 left becomes 0:20: the warning's instant was 10 s ago
    CHECK(r.at(kT0 + 100'000) == Due{Cue::Zero, kT0 + 120'000});
}

TEST_CASE("A cue found a little late is due at once, one found much later is dropped",
          "[ui][chimes]")
{
    Rostrum r(180'000);
    r.start(kT0);
    REQUIRE(r.at(kT0) == Due{Cue::Warning, kT0 + 150'000});

    SECTION("within ChimeSchedule::kLatestMs: played late rather than not at all")
    {
        CHECK(r.at(kT0 + 150'000 + ChimeSchedule::kLatestMs) == Due{Cue::Warning, kT0 + 150'000});
    }
    SECTION("later than that: it would mark nothing the room can connect with the clock")
    {
        CHECK(r.at(kT0 + 150'001 + ChimeSchedule::kLatestMs) == Due{Cue::Zero, kT0 + 180'000});
    }
}

TEST_CASE("Each speech has its own chimes", "[ui][chimes]")
{
    Rostrum r(180'000);
    r.start(kT0);
    REQUIRE(r.at(kT0) == Due{Cue::Warning, kT0 + 150'000});
    REQUIRE(r.at(kT0 + 150'000) == Due{Cue::Warning, kT0 + 150'000});
    r.schedule.played(Cue::Warning);

    SECTION("the next speaker hears both")
    {
        r.entry = Rostrum(180'000, 8).entry;
        r.start(kT0 + 160'000);
        CHECK(r.at(kT0 + 160'000) == Due{Cue::Warning, kT0 + 310'000});
    }
    SECTION("a speaker given less than the warning hears only zero")
    {
        r.entry = Rostrum(20'000, 8).entry;
        r.start(kT0 + 160'000);
        CHECK(r.at(kT0 + 160'000) == Due{Cue::Zero, kT0 + 180'000});
    }
    SECTION("a clock reset and started again is a new speech")
    {
        r.entry = SpeechClock::reset(r.entry);
        CHECK_FALSE(r.at(kT0 + 155'000));
        r.start(kT0 + 160'000);
        CHECK(r.at(kT0 + 160'000) == Due{Cue::Warning, kT0 + 310'000});
    }
}

TEST_CASE("A meeting with no warning chimes only at zero", "[ui][chimes]")
{
    Rostrum r(180'000);
    r.warningSeconds = 0;
    r.start(kT0);
    CHECK(r.at(kT0) == Due{Cue::Zero, kT0 + 180'000});
}

TEST_CASE("A limit given in part seconds chimes on the exact millisecond", "[ui][chimes]")
{
    Rostrum r(90'500); // 1:30.5
    r.start(kT0);
    r.pause(kT0 + 10'250);
    r.start(kT0 + 12'000);
    CHECK(r.at(kT0 + 12'000) == Due{Cue::Warning, kT0 + 1'750 + 60'500});
}
