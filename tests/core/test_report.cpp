// The post-meeting report: its numbers on meetings played on the manual clock, where every
// instant is known, so every duration and total is asserted exactly.
#include "corehelpers.h"
#include "records/meetingreport.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
constexpr qint64 kSecond = 1000;

const ReportRow &rowFor(const MeetingReport &report, const QString &delegation)
{
    for (const ReportRow &r : report.rows) {
        if (r.delegation == delegation)
            return r;
    }
    FAIL("no report row for " << delegation.toStdString());
    return report.rows.first();
}

const TierTotals &totalsFor(const MeetingReport &report, Tier tier)
{
    for (const TierTotals &t : report.tiers) {
        if (t.tier == tier)
            return t;
    }
    FAIL("no totals for tier " << tierKey(tier).toStdString());
    return report.tiers.first();
}
} // namespace

TEST_CASE("The report gives each speaker's planned and actual times with overruns and pauses")
{
    TempMeeting t;
    auto s = t.createDemo();

    // Albania opens at 15:02 and speaks 2:50.
    advanceTo(t.clock, meetingDay(15, 2));
    REQUIRE_DONE(s->start());
    t.clock.advance(170 * kSecond);
    REQUIRE_DONE(s->next());
    // The United States starts at 15:05, pauses 30 s, is given 15 s more, speaks 3:30 in all.
    t.clock.advance(10 * kSecond);
    REQUIRE_DONE(s->start());
    t.clock.advance(100 * kSecond);
    REQUIRE_DONE(s->pause());
    t.clock.advance(30 * kSecond);
    REQUIRE_DONE(s->start());
    t.clock.advance(60 * kSecond);
    REQUIRE_DONE(s->addTime(15 * kSecond));
    t.clock.advance(50 * kSecond);
    REQUIRE_DONE(s->next());
    // The first briefer runs 1:20 over.
    t.clock.advance(5 * kSecond);
    REQUIRE_DONE(s->start());
    t.clock.advance(260 * kSecond);
    REQUIRE_DONE(s->next());
    // The second briefer is absent and goes to the end of the briefers; the third speaks and is
    // still at the rostrum, five seconds over, when the report is made.
    t.clock.advance(15 * kSecond);
    REQUIRE_DONE(s->absent());
    t.clock.advance(5 * kSecond);
    REQUIRE_DONE(s->start());
    t.clock.advance(185 * kSecond);
    REQUIRE(s->now() == meetingDay(15, 16, 50));

    const MeetingReport report = buildMeetingReport(s->list(), s->now());
    REQUIRE(report.rows.size() == 45);

    const ReportRow &albania = report.rows.at(0);
    CHECK(albania.delegation == QStringLiteral("Albania"));
    CHECK(albania.order == 1);
    CHECK(albania.status == Status::Spoke);
    CHECK(albania.tier == Tier::Opening);
    CHECK(albania.plannedStartMs == meetingDay(15, 0));
    CHECK(albania.actualStartMs == meetingDay(15, 2));
    CHECK(albania.actualEndMs == meetingDay(15, 4, 50));
    CHECK(albania.actualMs == 170 * kSecond);
    CHECK(albania.overrunMs == 0);
    CHECK(albania.pausedMs == 0);

    const ReportRow &us = report.rows.at(1);
    CHECK(us.delegation == QStringLiteral("United States"));
    CHECK(us.plannedStartMs == meetingDay(15, 3));
    CHECK(us.actualStartMs == meetingDay(15, 5));
    CHECK(us.actualEndMs == meetingDay(15, 9));
    CHECK(us.actualMs == 210 * kSecond);
    CHECK(us.allottedMs == 180 * kSecond);
    CHECK(us.extraMs == 15 * kSecond);
    CHECK(us.overrunMs == 15 * kSecond); // against the limit the chair extended
    CHECK(us.pausedMs == 30 * kSecond);

    const ReportRow &nakamitsu = report.rows.at(2);
    CHECK(nakamitsu.speaker == QStringLiteral("Izumi Nakamitsu"));
    CHECK(nakamitsu.plannedStartMs == meetingDay(15, 6));
    CHECK(nakamitsu.actualStartMs == meetingDay(15, 9, 5));
    CHECK(nakamitsu.actualMs == 260 * kSecond);
    CHECK(nakamitsu.overrunMs == 80 * kSecond);

    // In the order they actually spoke: the third briefer before the absent second.
    const ReportRow &makumane = report.rows.at(3);
    CHECK(makumane.speaker == QStringLiteral("Moliehi Makumane"));
    CHECK(makumane.status == Status::Speaking);
    CHECK(makumane.plannedStartMs == meetingDay(15, 9));
    CHECK(makumane.actualStartMs == meetingDay(15, 13, 45));
    CHECK(makumane.actualEndMs == 0);
    CHECK(makumane.actualMs == 185 * kSecond);
    CHECK(makumane.overrunMs == 5 * kSecond);

    const ReportRow &schaake = report.rows.at(4);
    CHECK(schaake.speaker == QStringLiteral("Marietje Schaake"));
    CHECK(schaake.status == Status::Waiting);
    CHECK(schaake.absences == 1);
    CHECK(schaake.plannedStartMs == meetingDay(15, 12));
    CHECK(schaake.actualStartMs == 0);
    CHECK(schaake.actualMs == 0);
    CHECK(report.rows.at(5).delegation == QStringLiteral("Ecuador"));
    CHECK(report.rows.at(5).plannedStartMs == meetingDay(15, 15));
    // 45 speakers of three minutes from 15:00.
    CHECK(report.plannedEndMs == meetingDay(17, 15));

    CHECK(report.scheduledStartMs == meetingDay(15, 0));
    CHECK(report.scheduledEndMs == meetingDay(17, 30));
    CHECK(report.actualStartMs == meetingDay(15, 2));
    CHECK(report.actualEndMs == meetingDay(15, 13, 25)); // the last speech that has ended
    CHECK(report.inProgress);
    CHECK(report.spokeCount == 4);
    CHECK(report.waitingCount == 41);
    CHECK(report.totalSpeakingMs == (170 + 210 + 260 + 185) * kSecond);
    CHECK(report.totalOverrunMs == (15 + 80 + 5) * kSecond);
    CHECK(report.totalPausedMs == 30 * kSecond);

    const TierTotals &opening = totalsFor(report, Tier::Opening);
    CHECK(opening.listed == 2);
    CHECK(opening.spoke == 2);
    CHECK(opening.usedMs == 380 * kSecond);
    CHECK(opening.allottedMs == 360 * kSecond);
    CHECK(opening.overrunMs == 15 * kSecond);
    CHECK(opening.averageOverrunMs() == 7500);
    const TierTotals &briefers = totalsFor(report, Tier::Briefers);
    CHECK(briefers.listed == 3);
    CHECK(briefers.spoke == 2);
    CHECK(briefers.usedMs == 445 * kSecond);
    CHECK(briefers.averageOverrunMs() == 42500);
    const TierTotals &council = totalsFor(report, Tier::Council);
    CHECK(council.listed == 13);
    CHECK(council.spoke == 0);
    CHECK(council.averageOverrunMs() == 0);
    // Tiers come in the meeting's order, each once.
    REQUIRE(report.tiers.size() == 7);
    CHECK(report.tiers.first().tier == Tier::Opening);
    CHECK(report.tiers.last().tier == Tier::Others);
}

TEST_CASE("The report of a finished meeting ends with the last speech and leaves the absent "
          "and withdrawn out of the plan")
{
    TempMeeting t;
    auto s = t.createEmpty();
    Meeting m = s->meeting();
    m.absentRule = AbsentRule::Remove;
    REQUIRE_DONE(s->setMeeting(m));
    inscribe(*s, QStringLiteral("Brazil"));
    inscribe(*s, QStringLiteral("Ghana"));
    const qint64 japan = inscribe(*s, QStringLiteral("Japan"));
    inscribe(*s, QStringLiteral("Germany"));
    REQUIRE_DONE(s->withdraw(japan));

    advanceTo(t.clock, meetingDay(15, 0));
    REQUIRE_DONE(s->next()); // Brazil is called...
    t.clock.advance(200 * kSecond);
    REQUIRE_DONE(s->absent()); // ...but absent: taken off, Ghana called
    t.clock.advance(10 * kSecond);
    REQUIRE_DONE(s->start());
    t.clock.advance(90 * kSecond);
    REQUIRE_DONE(s->pause());
    t.clock.advance(20 * kSecond);
    REQUIRE_DONE(s->next()); // Ghana ends when the pause began; Germany called
    REQUIRE_DONE(s->start());
    t.clock.advance(179 * kSecond + 600);
    REQUIRE_DONE(s->next()); // Germany ends; the list is exhausted
    t.clock.advance(60 * kSecond);

    const MeetingReport report = buildMeetingReport(s->list(), s->now());
    REQUIRE(report.rows.size() == 4);
    CHECK(report.rows.at(0).delegation == QStringLiteral("Ghana"));
    CHECK(report.rows.at(0).plannedStartMs == meetingDay(15, 0));
    CHECK(report.rows.at(0).actualStartMs == meetingDay(15, 3, 30));
    CHECK(report.rows.at(0).actualEndMs == meetingDay(15, 5));
    CHECK(report.rows.at(0).actualMs == 90 * kSecond);
    // The pause before "next" is not part of the speech, nor counted as a pause within it.
    CHECK(report.rows.at(0).pausedMs == 0);
    CHECK(report.rows.at(1).delegation == QStringLiteral("Germany"));
    CHECK(report.rows.at(1).plannedStartMs == meetingDay(15, 3));
    CHECK(report.rows.at(1).actualMs == 179'600);
    CHECK(report.rows.at(1).overrunMs == 0);

    // Off the list: no planned start, nothing spoken, after everyone in the plan.
    for (int i : {2, 3}) {
        const ReportRow &r = report.rows.at(i);
        CHECK((r.status == Status::Absent || r.status == Status::Withdrawn));
        CHECK(r.plannedStartMs == 0);
        CHECK(r.actualStartMs == 0);
        CHECK(r.actualMs == 0);
    }
    CHECK(rowFor(report, QStringLiteral("Brazil")).status == Status::Absent);
    CHECK(rowFor(report, QStringLiteral("Japan")).status == Status::Withdrawn);

    CHECK_FALSE(report.inProgress);
    CHECK(report.actualStartMs == meetingDay(15, 3, 30));
    CHECK(report.actualEndMs == meetingDay(15, 8, 19) + 600); // Germany's end
    CHECK(report.spokeCount == 2);
    CHECK(report.absentCount == 1);
    CHECK(report.withdrawnCount == 1);
    CHECK(report.waitingCount == 0);
    CHECK(report.plannedEndMs == meetingDay(15, 6));
    // Brazil, Ghana and Japan sat on the Council in 2023; Germany did not.
    const TierTotals &council = totalsFor(report, Tier::Council);
    CHECK(council.listed == 3);
    CHECK(council.spoke == 1);
    CHECK(council.usedMs == 90 * kSecond);
    const TierTotals &members = totalsFor(report, Tier::Members);
    CHECK(members.listed == 1);
    CHECK(members.spoke == 1);
    CHECK(members.usedMs == 179'600);
}

TEST_CASE("A speaker sent on with next before their clock started has spoken no time")
{
    TempMeeting t;
    auto s = t.createEmpty();
    inscribe(*s, QStringLiteral("Brazil"));
    inscribe(*s, QStringLiteral("Ghana"));
    inscribe(*s, QStringLiteral("Germany"));
    advanceTo(t.clock, meetingDay(15, 0));
    REQUIRE_DONE(s->start());
    t.clock.advance(60 * kSecond);
    REQUIRE_DONE(s->next()); // Ghana called
    t.clock.advance(5 * kSecond);
    REQUIRE_DONE(s->next()); // Ghana never started; Germany called

    const MeetingReport report = buildMeetingReport(s->list(), s->now());
    const ReportRow &ghana = rowFor(report, QStringLiteral("Ghana"));
    CHECK(ghana.status == Status::Spoke);
    CHECK(ghana.actualStartMs == 0);
    CHECK(ghana.actualEndMs == 0);
    CHECK(ghana.actualMs == 0);
    CHECK(report.spokeCount == 1);
    CHECK(report.totalSpeakingMs == 60 * kSecond);
    CHECK(report.actualEndMs == meetingDay(15, 1));
}
