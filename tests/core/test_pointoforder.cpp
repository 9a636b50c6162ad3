// Rule 8: a point of order takes the floor at once; the speech it stops keeps its remaining time
// to the millisecond, through the point of order, its close, an undo and a restart.

#include "clock/speechclock.h"
#include "corehelpers.h"
#include "list/listinvariants.h"
#include "records/meetingreport.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
qint64 remainingOf(const MeetingSession &s, const Entry &e)
{
    return SpeechClock::read(e, s.now(), s.meeting().warningSeconds).remainingMs;
}

void checkInvariants(const MeetingSession &s)
{
    CHECK(listInvariantViolations(s.list(), s.now()) == QStringList());
}
} // namespace

TEST_CASE("A point of order in the middle of a speech keeps its time to the millisecond",
          "[procedure][pointoforder]")
{
    SmallList m;
    REQUIRE_DONE(m.s->start()); // Ecuador, 3:00
    m.tm.clock.advance(61'234);
    const qint64 ecuador = idOf(*m.s, name("Ecuador"));
    REQUIRE(m.s->currentReading().remainingMs == 118'766);

    const auto raised = m.s->pointOfOrder(draftFor(name("Nepal"), name("Ms. Rai")));
    REQUIRE(raised.ok);
    const Entry *poo = m.s->list().current();
    REQUIRE(poo);
    CHECK(poo->kind == EntryKind::PointOfOrder);
    CHECK(poo->delegation == name("Nepal"));
    CHECK(poo->allottedMs == 120'000); // the default limit of a point of order
    CHECK(SpeechClock::isRunning(*poo));
    const Entry *stopped = m.s->list().interrupted();
    REQUIRE(stopped);
    CHECK(stopped->id == ecuador);
    CHECK(stopped->status == Status::Interrupted);
    CHECK(remainingOf(*m.s, *stopped) == 118'766);
    checkInvariants(*m.s);
    // The running order is untouched: Japan is still next.
    CHECK(delegationsInOrder(*m.s).first() == name("Japan"));

    m.tm.clock.advance(45'678); // the point of order is heard
    CHECK(m.s->currentReading().remainingMs == 120'000 - 45'678);
    CHECK(remainingOf(*m.s, *m.s->list().interrupted()) == 118'766);

    SECTION("next gives the floor back, paused, with the time it had; start resumes it")
    {
        REQUIRE_DONE(m.s->next());
        const Entry *back = m.s->list().current();
        REQUIRE(back);
        CHECK(back->id == ecuador);
        CHECK(back->status == Status::Speaking);
        CHECK_FALSE(SpeechClock::isRunning(*back));
        CHECK(m.s->list().interrupted() == nullptr);
        m.tm.clock.advance(9'999);
        CHECK(m.s->currentReading().remainingMs == 118'766);
        CHECK(m.s->list().find(raised.entryId)->status == Status::Spoke);
        CHECK(m.s->journal(1).at(0).summary ==
              name("Point of order by Nepal (Ms. Rai) closed; the floor returns to Ecuador"));
        REQUIRE_DONE(m.s->start());
        m.tm.clock.advance(18'766);
        CHECK(m.s->currentReading().remainingMs == 100'000);
        checkInvariants(*m.s);

        // Undoing the close puts the point of order back at the rostrum and Ecuador stopped,
        // with the same time, across a restart.
        REQUIRE_DONE(m.s->undo());
        m.s.reset();
        m.s = m.tm.reopen();
        CHECK(m.s->list().current()->id == raised.entryId);
        CHECK(m.s->list().interrupted()->id == ecuador);
        checkInvariants(*m.s);
    }
    SECTION("undone, the point of order is gone and the speech is paused with its time")
    {
        REQUIRE_DONE(m.s->undo());
        CHECK(m.s->list().find(raised.entryId) == nullptr);
        const Entry *cur = m.s->list().current();
        REQUIRE(cur);
        CHECK(cur->id == ecuador);
        CHECK(m.s->currentReading().remainingMs == 118'766);
        m.s.reset();
        m.s = m.tm.reopen();
        m.tm.clock.advance(5'000);
        CHECK(m.s->currentReading().remainingMs == 118'766);
        CHECK_FALSE(m.s->currentReading().running);
        checkInvariants(*m.s);
    }
    SECTION("a second point of order waits for the first to close")
    {
        const auto second = m.s->pointOfOrder(draftFor(name("Fiji")));
        CHECK_FALSE(second.ok);
        CHECK(second.error == name("A point of order by Nepal (Ms. Rai) is before the chair; "
                                   "close it with Next before another is raised."));
    }
    SECTION("the interrupted speaker cannot be removed or withdrawn")
    {
        CHECK_FALSE(m.s->remove(ecuador).ok);
        CHECK_FALSE(m.s->withdraw(ecuador).ok);
        CHECK(m.s->list().interrupted()->id == ecuador);
    }
    SECTION("the projection counts the time the interrupted speaker still has")
    {
        const Projection p = m.s->projection();
        const qint64 japan = idOf(*m.s, name("Japan"));
        CHECK(p.projectedStartMs.value(japan) == m.s->now() + (120'000 - 45'678) + 118'766);
    }
    SECTION("the report lists the point of order where it was raised")
    {
        REQUIRE_DONE(m.s->next());
        REQUIRE_DONE(m.s->start());
        m.tm.clock.advance(10'000);
        REQUIRE_DONE(m.s->next()); // Ecuador ends; Japan called
        const MeetingReport report = buildMeetingReport(m.s->list(), m.s->now());
        REQUIRE(report.rows.size() >= 3);
        CHECK(report.rows.at(0).delegation == name("Ecuador"));
        CHECK(report.rows.at(1).delegation == name("Nepal"));
        CHECK(report.rows.at(1).kind == EntryKind::PointOfOrder);
        CHECK(report.rows.at(1).actualMs == 45'678);
        CHECK(report.rows.at(1).plannedStartMs == 0); // never in the plan
        CHECK(report.rows.at(0).actualMs == 61'234 + 10'000);
        CHECK(report.pointsOfOrder == 1);
    }
}

TEST_CASE("With nobody speaking, a point of order takes the floor and next goes on with the list",
          "[procedure][pointoforder]")
{
    SmallList m;
    REQUIRE_DONE(m.s->pointOfOrder(draftFor(name("Nepal"))));
    CHECK(m.s->list().interrupted() == nullptr);
    CHECK(m.s->list().current()->delegation == name("Nepal"));
    REQUIRE_DONE(m.s->next());
    CHECK(currentDelegation(*m.s) == name("Ecuador"));
    checkInvariants(*m.s);
}

TEST_CASE("An untimed point of order counts up and has no time to add", "[procedure][pointoforder]")
{
    SmallList m;
    Meeting settings = m.s->meeting();
    settings.pointOfOrderLimitSeconds = 0;
    REQUIRE_DONE(m.s->setMeeting(settings));
    REQUIRE_DONE(m.s->pointOfOrder(draftFor(name("Nepal"))));
    m.tm.clock.advance(200'000); // far past any limit
    const SpeechReading r = m.s->currentReading();
    CHECK(r.elapsedMs == 200'000);
    CHECK(r.remainingMs == 0);
    CHECK(r.phase == ClockPhase::Running);
    const auto added = m.s->addTime(30'000);
    CHECK_FALSE(added.ok);
    CHECK(added.error == name("The point of order by Nepal is untimed; its clock counts up."));
}

TEST_CASE("A point of order is never a duplicate of a statement", "[procedure][pointoforder]")
{
    SmallList m;
    REQUIRE_DONE(m.s->start());
    REQUIRE_DONE(m.s->pointOfOrder(draftFor(name("Japan"))));
    CHECK(m.s->list().current()->delegation == name("Japan"));
    CHECK(delegationsInOrder(*m.s).first() == name("Japan")); // its statement still waits
}
