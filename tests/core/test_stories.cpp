// The acceptance stories (docs/RULES.md), told against the engine with a fake clock.

#include "clock/timetext.h"
#include "corehelpers.h"
#include "list/orderdiff.h"
#include "tempmeeting.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

QString hhmm(const MeetingSession &s, qint64 utcMs)
{
    return s.meeting().toLocal(utcMs).toString(QStringLiteral("HH:mm"));
}

// The seed meeting, run from 15:00: each speaker is given the floor and stopped after 2:50,
// until the given time. The speaker then at the rostrum has the floor, clock running.
void runMeetingUntil(TempMeeting &tm, MeetingSession &s, qint64 untilUtcMs)
{
    advanceTo(tm.clock, meetingDay(15, 0));
    REQUIRE_DONE(s.start());
    while (tm.clock.utcMs() + 170'000 <= untilUtcMs) {
        tm.clock.advance(170'000);
        REQUIRE_DONE(s.next());
        REQUIRE_DONE(s.start());
    }
}

std::pair<int, int> moveAndOtherSteps(const ListChange &c)
{
    int moves = 0;
    int others = 0;
    for (const OrderEdit &e : orderEdits(c.orderBefore, c.orderAfter))
        (e.kind == OrderEdit::Kind::Move ? moves : others) += 1;
    return {moves, others};
}

} // namespace

TEST_CASE("Story 1: a late inscription mid-meeting goes to the end of the Member States, and "
          "the speaker's clock does not flicker",
          "[stories]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    runMeetingUntil(tm, *s, meetingDay(16, 5));
    tm.clock.advance(70'000);
    const QString speaking = currentDelegation(*s);
    const Entry currentBefore = *s->list().current();
    const SpeechReading readingBefore = s->currentReading();
    REQUIRE(readingBefore.phase == ClockPhase::Running);
    REQUIRE(readingBefore.remainingMs == 110'000);
    const Projection before = s->projection();

    QVector<ListChange> changes;
    QObject::connect(s.get(), &MeetingSession::changed,
                     [&](const ListChange &c) { changes.append(c); });
    EntryDraft latvia = draftFor(name("Latvia"), name("Sanita Pavļuta-Deslandes"));
    latvia.title = name("Permanent Representative");
    const auto added = s->add(latvia);
    REQUIRE(added.ok);

    const Entry *entry = s->list().find(added.entryId);
    CHECK(entry->late);
    CHECK(entry->category == Category::Member);
    const QStringList order = delegationsInOrder(*s);
    const int at = int(order.indexOf(name("Latvia")));
    // The end of the Member States tier: after the late Nigeria, before the observers.
    CHECK(order.at(at - 1) == name("Nigeria"));
    CHECK(order.at(at + 1) == name("Holy See"));
    CHECK(s->journal(1).first().summary ==
          name("Latvia (Sanita Pavļuta-Deslandes) inscribed (late)"));

    // The projected end moves by exactly her three minutes.
    const Projection after = s->projection();
    CHECK(after.projectedEndMs == before.projectedEndMs + 180'000);
    CHECK(after.remainingSpeakers == before.remainingSpeakers + 1);
    CHECK(after.projectedStartMs.value(idOf(*s, name("Holy See"))) ==
          before.projectedStartMs.value(idOf(*s, name("Holy See"))) + 180'000);

    // At the same instant the speaker's reading is identical, and the clock was not touched.
    const SpeechReading readingAfter = s->currentReading();
    CHECK(currentDelegation(*s) == speaking);
    CHECK(readingAfter.remainingMs == readingBefore.remainingMs);
    CHECK(readingAfter.elapsedMs == readingBefore.elapsedMs);
    CHECK(readingAfter.phase == readingBefore.phase);
    CHECK(readingAfter.running);
    CHECK(*s->list().current() == currentBefore);
    REQUIRE(changes.size() == 1);
    CHECK_FALSE(changes.first().clockChanged);
    CHECK_FALSE(changes.first().currentChanged);
    CHECK(changes.first().updated == QSet<qint64>{added.entryId});
    CHECK(moveAndOtherSteps(changes.first()) == std::pair<int, int>{0, 1});
}

TEST_CASE("Story 2: two waiting speakers exchange places in one act, undone in one act",
          "[stories]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    runMeetingUntil(tm, *s, meetingDay(15, 20));
    inscribe(*s, name("Latvia"));
    const QStringList before = delegationsInOrder(*s);
    const qint64 estonia = idOf(*s, name("Estonia"));
    const qint64 latvia = idOf(*s, name("Latvia"));
    const int estoniaAt = s->list().positionOf(estonia);
    const int latviaAt = s->list().positionOf(latvia);

    QVector<ListChange> changes;
    QObject::connect(s.get(), &MeetingSession::changed,
                     [&](const ListChange &c) { changes.append(c); });
    REQUIRE_DONE(s->swap(estonia, latvia)); // "Estonia exchanges places with Latvia"
    CHECK(s->list().positionOf(estonia) == latviaAt);
    CHECK(s->list().positionOf(latvia) == estoniaAt);
    QStringList swapped = before;
    swapped.swapItemsAt(estoniaAt - 1, latviaAt - 1);
    CHECK(delegationsInOrder(*s) == swapped);
    REQUIRE(changes.size() == 1);
    CHECK(moveAndOtherSteps(changes.first()) == std::pair<int, int>{2, 0});

    REQUIRE_DONE(s->undo());
    CHECK(delegationsInOrder(*s) == before);
    CHECK_FALSE(s->list().find(estonia)->pinned);
    CHECK_FALSE(s->list().find(latvia)->pinned);
    REQUIRE(changes.size() == 2);
    CHECK(moveAndOtherSteps(changes.last()) == std::pair<int, int>{2, 0});
}

TEST_CASE("Story 3: the speaker called is absent, and one key moves them and calls the next",
          "[stories]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    runMeetingUntil(tm, *s, meetingDay(15, 15));
    REQUIRE(currentDelegation(*s) == name("Ecuador"));
    tm.clock.advance(170'000);
    REQUIRE_DONE(s->next()); // the United Kingdom is called...
    REQUIRE(currentDelegation(*s) == name("United Kingdom"));
    tm.clock.advance(15'000); // ...and is not in the room
    const int journalSize = int(s->journal().size());

    REQUIRE_DONE(s->absent());
    CHECK(currentDelegation(*s) == name("Japan"));
    CHECK(s->currentReading().phase == ClockPhase::Idle);
    const QStringList order = delegationsInOrder(*s);
    CHECK(order.indexOf(name("United Kingdom")) == order.indexOf(name("Mozambique")) + 1);
    CHECK(order.indexOf(name("United Kingdom")) + 1 == order.indexOf(name("Estonia")));
    CHECK(int(s->journal().size()) == journalSize + 1);
    CHECK(s->journal(1).first().summary ==
          name("United Kingdom (Barbara Wood) absent: moved to the end of the Council members "
               "tier; Japan (Kazuyuki Ishii) called"));
}

TEST_CASE("Story 4: after a crash mid-speech the clock, the list and the history come back",
          "[stories]")
{
    TempMeeting tm;
    qint64 journalHead = 0;
    QStringList order;
    QString speaking;
    {
        auto s = tm.createDemo();
        runMeetingUntil(tm, *s, meetingDay(16, 11));
        advanceTo(tm.clock, meetingDay(16, 11));
        REQUIRE_DONE(s->next());
        REQUIRE_DONE(s->setAllotted(s->list().current()->id, 15 * 60'000));
        REQUIRE_DONE(s->start()); // 16:11:00, fifteen minutes
        journalHead = s->journal(1).first().id;
        order = delegationsInOrder(*s);
        speaking = currentDelegation(*s);
    }

    // The session is ended by kill -9 at 16:12, in a process of its own, so that nothing is
    // flushed or closed on the way out.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        QString error;
        auto s = MeetingSession::open(tm.path(), tm.clock, name("test"), &error);
        tm.clock.advance(60'000);
        const bool ok = s && s->addTime(30'000).ok && s->pause().ok && s->start().ok;
        if (!ok)
            ::_exit(1);
        ::kill(::getpid(), SIGKILL);
        ::_exit(2);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(WTERMSIG(status) == SIGKILL);
    REQUIRE(QFileInfo::exists(tm.path() + name("-wal"))); // not checkpointed: a real crash

    // The machine is down for ten minutes; the speaker carries on talking meanwhile.
    advanceTo(tm.clock, meetingDay(16, 22));
    auto s = tm.reopen();
    CHECK(currentDelegation(*s) == speaking);
    const SpeechReading r = s->currentReading();
    CHECK(r.running);
    CHECK(r.elapsedMs == 11 * 60'000);
    CHECK(r.limitMs == 15 * 60'000 + 30'000);
    CHECK(r.remainingMs == 4 * 60'000 + 30'000);
    CHECK(formatCountdown(r.remainingMs) == QStringLiteral("4:30"));
    CHECK(delegationsInOrder(*s) == order);

    // The history has every act, those of the crashed process included, and undo still works.
    const QVector<JournalRecord> journal = s->journal(4);
    REQUIRE(journal.size() == 4);
    CHECK(journal[3].id == journalHead);
    CHECK(journal[2].act == name("add-time"));
    CHECK(journal[1].act == name("pause"));
    CHECK(journal[0].act == name("start"));
    CHECK(s->undoText() ==
          name("0:30 added for %1").arg(SpeakersList::describe(*s->list().current())));
    REQUIRE_DONE(s->undo());
    CHECK(s->currentReading().remainingMs == 4 * 60'000);
}

TEST_CASE("Story 5: at 16:40 with 14 speakers left the console projects 17:48 (+18 min) and "
          "says what limit ends at 17:30",
          "[stories]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    REQUIRE_DONE(s->add(draftFor(name("UN Office for Disarmament Affairs"), name("Izumi Nakamitsu"),
                                 Category::Briefer)));
    for (const char *d : {"Germany", "Canada", "Australia", "Italy", "Poland", "Ukraine", "Czechia",
                          "Singapore", "India", "Egypt", "Mexico", "Kenya", "Israel", "Chile"})
        inscribe(*s, name(d));
    advanceTo(tm.clock, meetingDay(16, 36));
    REQUIRE_DONE(s->start());
    REQUIRE_DONE(s->setAllotted(s->list().current()->id, 30 * 60'000));
    advanceTo(tm.clock, meetingDay(16, 40));

    Projection p = s->projection();
    CHECK(p.remainingSpeakers == 14);
    CHECK(hhmm(*s, p.projectedEndMs) == QStringLiteral("17:48"));
    CHECK(p.projectedEndMs == meetingDay(17, 48));
    CHECK(formatOverUnder(p.overUnderMs) == QStringLiteral("+18 min"));
    CHECK(p.uniformLimitMs == 100'000);
    CHECK(p.advice.startsWith(QStringLiteral("Limit 1:40 for the remaining 14 speaker")));

    // The chair takes the advice in one act, and the meeting is projected to end in time.
    REQUIRE_DONE(s->setAllottedForRemaining(p.uniformLimitMs));
    p = s->projection();
    CHECK(p.fitsAtCurrentLimits);
    CHECK(p.projectedEndMs == meetingDay(17, 29, 20));
    CHECK(p.advice == QStringLiteral("On time: the list ends by 17:30 at the current limits."));
    // The speaker at the rostrum keeps her own limit.
    CHECK(s->currentReading().remainingMs == 26 * 60'000);

    // Twenty minutes later, with the briefer still speaking, even one minute each is too much.
    REQUIRE_DONE(s->undo());
    advanceTo(tm.clock, meetingDay(17, 0));
    p = s->projection();
    CHECK(p.baseMs == meetingDay(17, 6));
    CHECK(p.uniformLimitMs == 100'000);
    advanceTo(tm.clock, meetingDay(17, 6));
    REQUIRE_DONE(s->addTime(14 * 60'000)); // she asks for more
    p = s->projection();
    CHECK(p.baseMs == meetingDay(17, 20));
    CHECK(p.uniformLimitMs == 0);
    CHECK(p.lastReachedPosition == 3);
    CHECK(p.advice.endsWith(QStringLiteral("the last speaker reached is no. 3.")));
}
