#include "clock/runningorder.h"
#include "clock/timetext.h"
#include "corehelpers.h"
#include "meeting/demomeeting.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {

QVector<Entry> waitingList(int count, int allottedMs = 180'000)
{
    QVector<Entry> out;
    for (int i = 0; i < count; ++i) {
        Entry e;
        e.id = 100 + i;
        e.allottedMs = allottedMs;
        e.orderKey = i;
        out.append(e);
    }
    return out;
}

// A speaker at the rostrum whose clock, read at `now`, shows `remainingMs`.
Entry speakingWith(qint64 now, qint64 remainingMs, bool running = true)
{
    Entry e;
    e.id = 1;
    e.status = Status::Speaking;
    e.allottedMs = 180'000;
    e.startedAtMs = now - (e.allottedMs - remainingMs);
    if (!running)
        e.pausedSinceMs = now;
    return e;
}

qint64 minutes(int m)
{
    return qint64(m) * 60'000;
}

} // namespace

TEST_CASE("Before the meeting starts, speakers are projected from the scheduled start",
          "[projection]")
{
    const Meeting m = DemoMeeting::meeting();
    const QVector<Entry> waiting = waitingList(10);
    const Projection p = RunningOrder::project(m, waiting, nullptr, meetingDay(14, 55));
    CHECK(p.baseMs == meetingDay(15, 0));
    for (int i = 0; i < waiting.size(); ++i)
        CHECK(p.projectedStartMs.value(waiting[i].id) == meetingDay(15, 0) + i * 180'000);
    CHECK(p.projectedEndMs == meetingDay(15, 30));
    CHECK(p.overUnderMs == -minutes(120));
    CHECK(formatOverUnder(p.overUnderMs) == QStringLiteral("-120 min"));
    CHECK(p.remainingSpeakers == 10);
    CHECK(p.fitsAtCurrentLimits);
    CHECK(p.lastReachedPosition == 10);
    CHECK(p.uniformLimitMs == 900'000); // 150 minutes shared by ten
    CHECK(p.advice == QStringLiteral("On time: the list ends by 17:30 at the current limits."));

    // Once the meeting is late in starting, the projection starts from now.
    const Projection late = RunningOrder::project(m, waiting, nullptr, meetingDay(15, 7, 30));
    CHECK(late.baseMs == meetingDay(15, 7, 30));
    CHECK(late.projectedEndMs == meetingDay(15, 37, 30));
}

TEST_CASE("At 16:40 with 14 speakers left the projection says 17:48, +18 min, and what limit "
          "ends at 17:30",
          "[projection]")
{
    const Meeting m = DemoMeeting::meeting();
    const qint64 now = meetingDay(16, 40);
    // A briefer is at the rostrum with 26 minutes still to go.
    Entry briefer = speakingWith(now, minutes(26));
    briefer.allottedMs = int(minutes(30));
    briefer.startedAtMs = now - minutes(4);
    const QVector<Entry> waiting = waitingList(14);
    const Projection p = RunningOrder::project(m, waiting, &briefer, now);

    CHECK(p.baseMs == meetingDay(17, 6));
    CHECK(p.projectedStartMs.value(waiting.last().id) == meetingDay(17, 45));
    CHECK(p.projectedEndMs == meetingDay(17, 48));
    CHECK(p.overUnderMs == minutes(18));
    CHECK(formatOverUnder(p.overUnderMs) == QStringLiteral("+18 min"));
    CHECK_FALSE(p.fitsAtCurrentLimits);
    // 24 minutes for 14 speakers is 1:42.86 each, announced as 1:40: the next step of five
    // seconds, 1:45, would end at 17:30:30.
    CHECK(p.uniformLimitMs == 100'000);
    CHECK(14 * qint64(p.uniformLimitMs) <= minutes(24));
    CHECK(14 * qint64(p.uniformLimitMs + 5'000) > minutes(24));
    CHECK(p.advice.startsWith(QStringLiteral("Limit 1:40 for the remaining 14 speaker")));
    CHECK(p.advice.endsWith(QStringLiteral("to end at 17:30.")));
    // At the current limits the eighth speaker is the last to finish by 17:30.
    CHECK(p.lastReachedPosition == 8);

    // Following the advice makes the list fit.
    const Projection advised =
        RunningOrder::project(m, waitingList(14, p.uniformLimitMs), &briefer, now);
    CHECK(advised.fitsAtCurrentLimits);
    CHECK(advised.projectedEndMs == meetingDay(17, 29, 20));
}

TEST_CASE("With too little time left even at one minute each, the advisor names the last "
          "speaker reached",
          "[projection]")
{
    const Meeting m = DemoMeeting::meeting();
    const QVector<Entry> waiting = waitingList(14);

    // 17:10, ten minutes left for the speaker at the rostrum: the next starts at 17:20.
    const qint64 now = meetingDay(17, 10);
    Entry current = speakingWith(now, minutes(10));
    current.allottedMs = int(minutes(12));
    current.startedAtMs = now - minutes(2);
    Projection p = RunningOrder::project(m, waiting, &current, now);
    CHECK(p.baseMs == meetingDay(17, 20));
    CHECK(p.projectedEndMs == meetingDay(18, 2));
    CHECK(p.uniformLimitMs == 0);
    CHECK(p.lastReachedPosition == 3); // 17:20 + 3 x 3:00 = 17:29
    CHECK(p.advice == QStringLiteral("Cannot end at 17:30 even at 1:00 each; at the current "
                                     "limits the last speaker reached is no. 3."));

    // At 17:28 with three minutes to go at the rostrum, nobody waiting will be reached.
    const qint64 later = meetingDay(17, 28);
    const Entry last = speakingWith(later, minutes(3));
    p = RunningOrder::project(m, waiting, &last, later);
    CHECK(p.lastReachedPosition == 0);
    CHECK(p.uniformLimitMs == 0);
    CHECK(p.overUnderMs == minutes(43));
    CHECK(p.advice == QStringLiteral("Cannot end at 17:30 even at 1:00 each; no waiting speaker "
                                     "finishes before then."));
}

TEST_CASE("The speaker at the rostrum counts with the time their clock shows", "[projection]")
{
    const Meeting m = DemoMeeting::meeting();
    const QVector<Entry> waiting = waitingList(2);
    const qint64 now = meetingDay(16, 0);

    const Entry paused = speakingWith(now, 60'000, false);
    CHECK(RunningOrder::project(m, waiting, &paused, now + minutes(5)).baseMs ==
          now + minutes(5) + 60'000);

    // In overtime the next speaker can start at any moment: now, not in the past.
    const Entry over = speakingWith(now, -45'000);
    const Projection p = RunningOrder::project(m, waiting, &over, now);
    CHECK(p.baseMs == now);
    CHECK(p.projectedEndMs == now + minutes(6));

    // Called but not yet started: the full limit is still ahead.
    Entry called;
    called.id = 1;
    called.status = Status::Speaking;
    called.allottedMs = 240'000;
    CHECK(RunningOrder::project(m, waiting, &called, now).baseMs == now + 240'000);

    // Individual limits add up as they are.
    QVector<Entry> mixed = waitingList(3);
    mixed[0].allottedMs = 300'000;
    mixed[1].allottedMs = 120'000;
    mixed[2].allottedMs = 90'500;
    const Projection q = RunningOrder::project(m, mixed, nullptr, now);
    CHECK(q.projectedStartMs.value(mixed[2].id) == now + 420'000);
    CHECK(q.projectedEndMs == now + 510'500);
}

TEST_CASE("An empty list and an exact fit are reported as such", "[projection]")
{
    const Meeting m = DemoMeeting::meeting();
    Projection p = RunningOrder::project(m, {}, nullptr, meetingDay(16, 0));
    CHECK(p.remainingSpeakers == 0);
    CHECK(p.projectedEndMs == meetingDay(16, 0));
    CHECK(p.advice == QStringLiteral("No one is waiting to speak."));

    // Ten speakers of three minutes from 17:00 end at 17:30 exactly.
    p = RunningOrder::project(m, waitingList(10), nullptr, meetingDay(17, 0));
    CHECK(p.projectedEndMs == meetingDay(17, 30));
    CHECK(p.overUnderMs == 0);
    CHECK(p.fitsAtCurrentLimits);
    CHECK(p.lastReachedPosition == 10);
    CHECK(formatOverUnder(p.overUnderMs) == QStringLiteral("on time"));
}

TEST_CASE("A meeting that runs past midnight ends on the next day", "[projection]")
{
    Meeting m = DemoMeeting::meeting();
    m.scheduledStart = QTime(22, 0);
    m.scheduledEnd = QTime(1, 0);
    CHECK(m.scheduledEndUtcMs() - m.scheduledStartUtcMs() == minutes(180));
    const Projection p = RunningOrder::project(m, waitingList(20), nullptr, meetingDay(21, 0));
    CHECK(p.baseMs == meetingDay(22, 0));
    CHECK(p.overUnderMs == -minutes(120));
}
