#include "clock/speechclock.h"
#include "clock/timetext.h"
#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {

constexpr qint64 kT0 = 1'685'041'200'000; // 25 May 2023, 15:00 in New York

Entry threeMinutes()
{
    Entry e;
    e.id = 1;
    e.allottedMs = 180'000;
    e.status = Status::Speaking;
    return e;
}

QString shown(const Entry &e, qint64 now)
{
    return formatCountdown(SpeechClock::read(e, now, 30).remainingMs);
}

// A meeting with two Member States inscribed, the first one called and speaking.
struct Speaking
{
    TempMeeting tm;
    std::unique_ptr<MeetingSession> s = tm.createEmpty();
    qint64 startedAt = 0;

    Speaking()
    {
        inscribe(*s, QStringLiteral("Latvia"), QStringLiteral("Sanita Pavļuta-Deslandes"));
        inscribe(*s, QStringLiteral("Lithuania"), QStringLiteral("Rytis Paulauskas"));
        startedAt = tm.clock.utcMs();
        REQUIRE_DONE(s->start());
        REQUIRE(currentDelegation(*s) == QStringLiteral("Latvia"));
    }
    qint64 remaining() const { return s->currentReading().remainingMs; }
    void wait(qint64 ms) { tm.clock.advance(ms); }
};

} // namespace

TEST_CASE("A speech clock reads from its recorded instants", "[clock]")
{
    Entry e = threeMinutes();
    SpeechReading r = SpeechClock::read(e, kT0, 30);
    CHECK(r.phase == ClockPhase::Idle);
    CHECK(r.remainingMs == 180'000);
    CHECK_FALSE(r.started);
    CHECK(shown(e, kT0) == QStringLiteral("3:00"));

    e = SpeechClock::started(e, kT0);
    CHECK(SpeechClock::read(e, kT0, 30).phase == ClockPhase::Running);
    CHECK(shown(e, kT0 + 999) == QStringLiteral("3:00"));
    CHECK(shown(e, kT0 + 1'000) == QStringLiteral("2:59"));

    e = SpeechClock::paused(e, kT0 + 60'000);
    r = SpeechClock::read(e, kT0 + 100'000, 30);
    CHECK(r.phase == ClockPhase::Paused);
    CHECK(r.elapsedMs == 60'000);
    CHECK(r.remainingMs == 120'000);
    // Pausing a paused clock changes nothing.
    CHECK(SpeechClock::paused(e, kT0 + 90'000) == e);

    e = SpeechClock::started(e, kT0 + 100'000); // resume after 40 s of pause
    CHECK(e.pausedTotalMs == 40'000);
    CHECK(SpeechClock::read(e, kT0 + 110'000, 30).remainingMs == 110'000);

    e = SpeechClock::ended(e, kT0 + 130'000);
    r = SpeechClock::read(e, kT0 + 500'000, 30);
    CHECK(r.phase == ClockPhase::Finished);
    CHECK(r.elapsedMs == 90'000);
    // An ended speech cannot be restarted by a stray key.
    CHECK(SpeechClock::started(e, kT0 + 600'000) == e);
}

TEST_CASE("The clock goes through warning, time up and overtime at exact instants", "[clock]")
{
    const Entry e = SpeechClock::started(threeMinutes(), kT0);
    auto phaseAt = [&](qint64 elapsed) { return SpeechClock::read(e, kT0 + elapsed, 30).phase; };
    CHECK(phaseAt(149'999) == ClockPhase::Running);
    CHECK(phaseAt(150'000) == ClockPhase::Warning); // exactly 30 s left
    CHECK(shown(e, kT0 + 150'000) == QStringLiteral("0:30"));
    CHECK(phaseAt(179'999) == ClockPhase::Warning);
    CHECK(phaseAt(180'000) == ClockPhase::TimeUp);
    CHECK(shown(e, kT0 + 180'000) == QStringLiteral("0:00"));
    CHECK(phaseAt(180'999) == ClockPhase::TimeUp);
    CHECK(phaseAt(181'000) == ClockPhase::Overtime);
    CHECK(SpeechClock::read(e, kT0 + 185'000, 30).remainingMs == -5'000);
    CHECK(shown(e, kT0 + 185'000) == QStringLiteral("+0:05"));
    CHECK(SpeechClock::overrunMs(e, kT0 + 185'000) == 5'000);

    // A clock paused inside the warning time still reads as a warning; the display tells
    // the pause from `running`, so the chair sees both.
    const SpeechReading paused =
        SpeechClock::read(SpeechClock::paused(e, kT0 + 160'000), kT0 + 400'000, 30);
    CHECK(paused.phase == ClockPhase::Warning);
    CHECK_FALSE(paused.running);
    CHECK(paused.remainingMs == 20'000);

    // Another warning threshold is honoured to the millisecond.
    CHECK(SpeechClock::read(e, kT0 + 120'000, 60).phase == ClockPhase::Warning);
    CHECK(SpeechClock::read(e, kT0 + 119'999, 60).phase == ClockPhase::Running);
}

TEST_CASE("The repaint timer lands on the instant the displayed second changes", "[clock]")
{
    Entry e = threeMinutes();
    CHECK(SpeechClock::nextSecondBoundaryMs(e, kT0) == 0); // not running: no repaint
    e = SpeechClock::started(e, kT0);
    CHECK(SpeechClock::nextSecondBoundaryMs(e, kT0) == kT0 + 1'000);
    CHECK(SpeechClock::nextSecondBoundaryMs(e, kT0 + 400) == kT0 + 1'000);
    CHECK(SpeechClock::nextSecondBoundaryMs(e, kT0 + 1'000) == kT0 + 2'000);

    // With a limit that is not a whole number of seconds, the display first changes after the
    // odd half second, and the timer must fire then, not a second later.
    Entry odd = threeMinutes();
    odd.allottedMs = 90'500;
    odd = SpeechClock::started(odd, kT0);
    CHECK(shown(odd, kT0) == QStringLiteral("1:31"));
    CHECK(shown(odd, kT0 + 500) == QStringLiteral("1:30"));
    CHECK(SpeechClock::nextSecondBoundaryMs(odd, kT0) == kT0 + 500);
    CHECK(SpeechClock::nextSecondBoundaryMs(odd, kT0 + 500) == kT0 + 1'500);
    // Every boundary the timer names is one where the reading really changes.
    qint64 t = kT0;
    for (int i = 0; i < 200; ++i) {
        const qint64 next = SpeechClock::nextSecondBoundaryMs(odd, t);
        REQUIRE(next > t);
        CHECK(shown(odd, next - 1) != shown(odd, next));
        CHECK(shown(odd, t) == shown(odd, next - 1));
        t = next;
    }
}

TEST_CASE("Start, pause, resume, add and remove time, reset: exact remaining time", "[clock]")
{
    Speaking m;
    CHECK(m.remaining() == 180'000);
    CHECK(m.s->currentReading().phase == ClockPhase::Running);

    m.wait(45'250);
    CHECK(m.remaining() == 134'750);
    REQUIRE_DONE(m.s->pause());
    m.wait(600'000); // a point of order: ten minutes with the clock stopped
    CHECK(m.remaining() == 134'750);
    CHECK(m.s->currentReading().phase == ClockPhase::Paused);
    CHECK(m.s->pause().error == QStringLiteral("The clock is not running."));

    REQUIRE_DONE(m.s->start()); // resume
    CHECK(m.s->start().error == QStringLiteral("The clock is already running."));
    m.wait(10'000);
    CHECK(m.remaining() == 124'750);

    REQUIRE_DONE(m.s->addTime(30'000));
    CHECK(m.remaining() == 154'750);
    CHECK(m.s->currentReading().limitMs == 210'000);
    REQUIRE_DONE(m.s->addTime(-60'000));
    CHECK(m.remaining() == 94'750);

    // Removing more than the whole allowance stops at a limit of zero.
    REQUIRE_DONE(m.s->addTime(-3'600'000));
    CHECK(m.s->currentReading().limitMs == 0);
    CHECK(m.remaining() == -55'250);
    CHECK(m.s->currentReading().phase == ClockPhase::Overtime);
    CHECK(m.s->addTime(-1'000).error == QStringLiteral("No time left to remove."));

    REQUIRE_DONE(m.s->resetClock());
    const SpeechReading r = m.s->currentReading();
    CHECK(r.remainingMs == 180'000);
    CHECK(r.limitMs == 180'000); // the time added or removed goes with the reset
    CHECK_FALSE(r.running);
    CHECK(r.phase == ClockPhase::Idle);
    m.wait(5'000);
    CHECK(m.remaining() == 180'000);
    CHECK(m.s->resetClock().error == QStringLiteral("The clock is already at the full limit."));

    REQUIRE_DONE(m.s->toggleClock()); // starts
    m.wait(2'000);
    REQUIRE_DONE(m.s->toggleClock()); // pauses
    m.wait(2'000);
    CHECK(m.remaining() == 178'000);
    CHECK(m.s->currentReading().phase == ClockPhase::Paused);
}

TEST_CASE("The session's clock goes to warning at 0:30, time up, then overtime", "[clock]")
{
    Speaking m;
    m.wait(1'000);
    CHECK(formatCountdown(m.remaining()) == QStringLiteral("2:59"));
    m.wait(148'999);
    CHECK(m.s->currentReading().phase == ClockPhase::Running);
    m.wait(1);
    CHECK(m.s->currentReading().phase == ClockPhase::Warning);
    CHECK(formatCountdown(m.remaining()) == QStringLiteral("0:30"));
    m.wait(30'000);
    CHECK(m.s->currentReading().phase == ClockPhase::TimeUp);
    m.wait(5'000);
    CHECK(m.s->currentReading().phase == ClockPhase::Overtime);
    CHECK(m.remaining() == -5'000);
    CHECK(formatCountdown(m.remaining()) == QStringLiteral("+0:05"));
}

TEST_CASE("Next closes the speech with its actual speaking time", "[clock]")
{
    Speaking m;
    m.wait(100'000);
    REQUIRE_DONE(m.s->pause());
    m.wait(30'000);
    REQUIRE_DONE(m.s->start());
    m.wait(95'000); // 3:15 of speaking in all
    REQUIRE_DONE(m.s->next());
    const qint64 closedAt = m.s->now();
    m.wait(60'000);

    const QVector<Entry> spoken = m.s->list().spoken();
    REQUIRE(spoken.size() == 1);
    const Entry &latvia = spoken.first();
    CHECK(latvia.delegation == QStringLiteral("Latvia"));
    CHECK(latvia.status == Status::Spoke);
    CHECK(latvia.endedAtMs == closedAt);
    CHECK(SpeechClock::elapsedMs(latvia, m.s->now()) == 195'000);
    CHECK(SpeechClock::overrunMs(latvia, m.s->now()) == 15'000);
    CHECK(SpeechClock::read(latvia, m.s->now(), 30).phase == ClockPhase::Finished);

    // "Next" calls Lithuania without starting their clock: the chair gives the floor.
    CHECK(currentDelegation(*m.s) == QStringLiteral("Lithuania"));
    CHECK(m.s->currentReading().phase == ClockPhase::Idle);
    CHECK(m.remaining() == 180'000);
}

TEST_CASE("A three-hour meeting of pauses and resumes does not drift by a millisecond", "[clock]")
{
    Speaking m;
    REQUIRE_DONE(m.s->setAllotted(m.s->list().current()->id, 3 * 3'600'000));
    // Irregular stretches, so that no rounding could hide in a multiple of a second.
    qint64 spoken = 0;
    qint64 paused = 0;
    for (int i = 0; i < 1'100; ++i) {
        const qint64 run = 6'007 + (i * 37) % 1'013;
        const qint64 rest = 3'001 + (i * 53) % 997;
        m.wait(run);
        spoken += run;
        REQUIRE_DONE(m.s->pause());
        m.wait(rest);
        paused += rest;
        REQUIRE_DONE(m.s->start());
    }
    REQUIRE(spoken + paused >= 3 * 3'600'000); // three hours went by on the meeting clock
    REQUIRE(spoken < 3 * 3'600'000);
    CHECK(m.s->now() - m.startedAt == spoken + paused);
    CHECK(m.remaining() == 3 * 3'600'000 - spoken);
    CHECK(m.s->currentReading().elapsedMs == spoken);

    // And the same reading comes back from the file.
    auto reopened = m.tm.reopen();
    CHECK(reopened->currentReading().remainingMs == 3 * 3'600'000 - spoken);
}

TEST_CASE("A step of the wall clock during a speech leaves the countdown alone", "[clock]")
{
    Speaking m;
    m.wait(20'000);
    const SpeechReading before = m.s->currentReading();
    CHECK(before.remainingMs == 160'000);

    m.tm.clock.stepWallClock(3'600'000); // NTP or a user moves the system clock an hour ahead
    CHECK(m.s->currentReading().remainingMs == before.remainingMs);
    CHECK(m.s->currentReading().phase == before.phase);
    m.tm.clock.stepWallClock(-7'200'000); // and then an hour behind where it was
    CHECK(m.s->currentReading().remainingMs == before.remainingMs);

    m.wait(10'000);
    CHECK(m.remaining() == 150'000);
    // The instants saved for a restart are on the same steady time line.
    REQUIRE_DONE(m.s->pause());
    CHECK(m.s->list().current()->pausedSinceMs == m.startedAt + 30'000);
}
