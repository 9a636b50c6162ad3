// The time shown is always true: a step of the computer's clock, inside a process or between two,
// never changes how long a speaker has spoken. Every figure here is exact on the manual clock.
#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {

constexpr qint64 kHourMs = 3'600'000;

// Latvia called and speaking, three minutes allotted, Lithuania waiting.
struct Speaking
{
    TempMeeting tm;
    std::unique_ptr<MeetingSession> s = tm.createEmpty();
    qint64 startedAt = 0;

    Speaking()
    {
        inscribe(*s, QStringLiteral("Latvia"));
        inscribe(*s, QStringLiteral("Lithuania"));
        startedAt = tm.clock.utcMs();
        REQUIRE_DONE(s->start());
    }
    qint64 remaining() const { return s->currentReading().remainingMs; }
};

QVector<JournalRecord> rowsOf(MeetingSession &s, const QString &act)
{
    QVector<JournalRecord> out;
    for (const JournalRecord &r : s.journal(1000)) {
        if (r.act == act)
            out.append(r);
    }
    return out;
}

} // namespace

TEST_CASE("A wall clock set back an hour mid-speech leaves the countdown true and is journaled "
          "once",
          "[clock][truetime]")
{
    Speaking m;
    m.tm.clock.advance(20'000);
    m.tm.clock.stepWallClock(-kHourMs);
    CHECK(m.remaining() == 160'000); // 0 ms of change across the step
    m.tm.clock.advance(10'000);
    CHECK(m.remaining() == 150'000);

    REQUIRE_DONE(m.s->pause()); // the session acts: it notices the step and journals it
    const QVector<JournalRecord> steps = rowsOf(*m.s, QStringLiteral("clock-step"));
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().summary == QStringLiteral("The computer's clock was set back by 1:00:00; "
                                                  "the speech clocks kept true time."));
    CHECK_FALSE(steps.first().undoable);
    CHECK(steps.first().atMs == m.startedAt + 30'000); // on the steady time line
    CHECK(m.s->list().current()->pausedSinceMs == m.startedAt + 30'000);
    // Undo passes over it.
    CHECK_FALSE(m.s->undoText().contains(QStringLiteral("clock")));

    // The same step is not journaled again by later acts.
    m.tm.clock.advance(5'000);
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(5'000);
    REQUIRE_DONE(m.s->next());
    CHECK(rowsOf(*m.s, QStringLiteral("clock-step")).size() == 1);
    const Entry *latvia = entryOf(m.s->list(), QStringLiteral("Latvia"));
    REQUIRE(latvia);
    CHECK(SpeechClock::elapsedMs(*latvia, m.s->now()) == 35'000);
}

TEST_CASE("A wall clock set forward an hour is noticed at the next refresh and changes nothing",
          "[clock][truetime]")
{
    Speaking m;
    m.tm.clock.advance(40'000);
    m.tm.clock.stepWallClock(kHourMs);
    CHECK(m.remaining() == 140'000);
    CHECK(m.s->currentReading().phase == ClockPhase::Running);

    m.s->refresh(); // the console's watch timer
    const QVector<JournalRecord> steps = rowsOf(*m.s, QStringLiteral("clock-step"));
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().summary == QStringLiteral("The computer's clock was set forward by "
                                                  "1:00:00; the speech clocks kept true time."));
    m.s->refresh();
    m.tm.clock.advance(1'000);
    m.s->refresh();
    CHECK(rowsOf(*m.s, QStringLiteral("clock-step")).size() == 1);
    CHECK(m.remaining() == 139'000);

    // A step under the tolerance (a few seconds, as NTP makes) is not journaled.
    m.tm.clock.stepWallClock(-2'000);
    m.s->refresh();
    CHECK(rowsOf(*m.s, QStringLiteral("clock-step")).size() == 1);
    CHECK(m.remaining() == 139'000);
}

TEST_CASE("A wall clock set back between two processes does not freeze the speech at full time",
          "[clock][truetime]")
{
    TempMeeting tm;
    qint64 startedAt = 0;
    {
        auto s = tm.createEmpty();
        inscribe(*s, QStringLiteral("Latvia"));
        inscribe(*s, QStringLiteral("Lithuania"));
        startedAt = tm.clock.utcMs();
        REQUIRE_DONE(s->start());
        tm.clock.advance(40'000);
        inscribe(*s, QStringLiteral("Estonia")); // the journal proves 40 s have passed
    }
    // The process ends; the computer's clock is set back an hour; 5 s later another opens.
    tm.clock.advance(5'000);
    tm.clock.stepWallClock(-kHourMs);
    auto s = tm.reopen();
    // Not "3:00 Running" for an hour: never less than the journal proves.
    CHECK(s->currentReading().elapsedMs == 40'000);
    CHECK(s->now() == startedAt + 40'000);
    tm.clock.advance(3'000);
    CHECK(s->currentReading().elapsedMs == 43'000);

    REQUIRE_DONE(s->next());
    const Entry *latvia = entryOf(s->list(), QStringLiteral("Latvia"));
    REQUIRE(latvia);
    CHECK(latvia->endedAtMs - latvia->startedAtMs == 43'000);
}

TEST_CASE("A paused speech saved in the future of the wall clock keeps its reading",
          "[clock][truetime]")
{
    TempMeeting tm;
    {
        auto s = tm.createEmpty();
        inscribe(*s, QStringLiteral("Latvia"));
        REQUIRE_DONE(s->start());
        tm.clock.advance(25'000);
        REQUIRE_DONE(s->pause());
    }
    tm.clock.stepWallClock(-kHourMs);
    auto s = tm.reopen();
    CHECK(s->currentReading().phase == ClockPhase::Paused);
    CHECK(s->currentReading().elapsedMs == 25'000);
    tm.clock.advance(10'000);
    REQUIRE_DONE(s->start()); // the pause lasted 10 s, not "minus an hour"
    tm.clock.advance(5'000);
    CHECK(s->currentReading().elapsedMs == 30'000);
    CHECK(s->list().current()->pausedTotalMs == 10'000);
}

TEST_CASE("A clock that is days off says so in days, not in thousands of hours",
          "[clock][truetime]")
{
    // An hour reads as H:MM:SS; a laptop whose clock is years behind the record did read
    // "30865:53:37 behind" in the console's notice.
    CHECK(
        ClockStepWatch::behindRecordWarning(3'600'000).contains(QStringLiteral(" 1:00:00 behind")));
    CHECK(ClockStepWatch::behindRecordWarning(qint64(47) * 3'600'000)
              .contains(QStringLiteral(" 47:00:00 behind")));
    const qint64 years = qint64(1286) * 24 * 3'600'000 + 5'000;
    CHECK(ClockStepWatch::behindRecordWarning(years).contains(QStringLiteral(" 1286 days behind")));
    CHECK(ClockStepWatch::stepSummary(-years).contains(QStringLiteral("set back by 1286 days")));
    CHECK(ClockStepWatch::stepSummary(qint64(3) * 24 * 3'600'000)
              .contains(QStringLiteral("set forward by 3 days")));
}
