// Rules 9 to 11: rights of reply after the list, the changeover in every projection, and the
// message to the speaker that goes when the floor changes hands.

#include "corehelpers.h"
#include "records/meetingreport.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("Replies are heard after every statement, in the order asked, with their own limits",
          "[procedure][reply]")
{
    SmallList m;
    // A tier order that puts observers first still hears replies last.
    Meeting settings = m.s->meeting();
    settings.tierOrder = {Tier::Observers, Tier::Opening, Tier::Briefers, Tier::Council,
                          Tier::Priority,  Tier::Members, Tier::Others};
    REQUIRE_DONE(m.s->setMeeting(settings));
    const auto first = m.s->reply(draftFor(name("Kenya")));
    REQUIRE(first.ok);
    m.tm.clock.advance(1'000);
    const auto other = m.s->reply(draftFor(name("Ecuador")));
    REQUIRE(other.ok);
    m.tm.clock.advance(1'000);
    const auto second = m.s->reply(draftFor(name("Kenya"), name("Mr. Otieno")));
    REQUIRE(second.ok);
    // A statement inscribed after the replies, even a late one, is still heard before them.
    inscribe(*m.s, name("Nepal"));

    const QStringList order = delegationsInOrder(*m.s);
    CHECK(order.mid(order.size() - 3) == names({"Kenya", "Ecuador", "Kenya"}));
    CHECK(order.indexOf(name("Nepal")) < order.size() - 3);
    const SpeakersList &list = m.s->list();
    CHECK(list.find(first.entryId)->kind == EntryKind::Reply);
    CHECK(list.find(first.entryId)->replyNumber == 1);
    CHECK(list.find(first.entryId)->allottedMs == 300'000);
    CHECK(list.find(second.entryId)->replyNumber == 2);
    CHECK(list.find(second.entryId)->allottedMs == 180'000);
    CHECK(list.find(other.entryId)->replyNumber == 1);

    SECTION("a third reply is refused, naming the first two")
    {
        const auto third = m.s->reply(draftFor(name("Kenya")));
        CHECK_FALSE(third.ok);
        // The plural as the suite's language writes it ("rights" in English).
        CHECK(third.error ==
              SpeakersList::tr("%1 already has the %n right(s) of reply this meeting allows: %2.",
                               nullptr, 2)
                  .arg(name("Kenya"), QStringLiteral("reply 1 (entry #%1, waiting) and reply 2 "
                                                     "(entry #%2, waiting)")
                                          .arg(first.entryId)
                                          .arg(second.entryId)));
    }
    SECTION("a withdrawn reply gives the delegation its reply back")
    {
        REQUIRE_DONE(m.s->withdraw(second.entryId));
        const auto again = m.s->reply(draftFor(name("Kenya")));
        REQUIRE(again.ok);
        CHECK(list.find(again.entryId)->replyNumber == 2);
    }
    SECTION("replies may be asked while the list of speakers is closed")
    {
        REQUIRE_DONE(m.s->setListClosed(true));
        CHECK_FALSE(m.s->add(draftFor(name("Fiji"))).ok);
        REQUIRE_DONE(m.s->reply(draftFor(name("Peru"))));
        CHECK(delegationsInOrder(*m.s).last() == name("Peru"));
    }
    SECTION("a limit for all remaining speakers leaves the replies' limits alone")
    {
        REQUIRE_DONE(m.s->setAllottedForRemaining(120'000));
        CHECK(list.find(first.entryId)->allottedMs == 300'000);
        CHECK(list.find(idOf(*m.s, name("Nepal")))->allottedMs == 120'000);
    }
    SECTION("the limits and the number of replies are the meeting's settings")
    {
        settings = m.s->meeting();
        settings.repliesAllowed = 1;
        settings.replyFirstSeconds = 240;
        REQUIRE_DONE(m.s->setMeeting(settings));
        CHECK_FALSE(m.s->reply(draftFor(name("Ecuador"))).ok);
        const auto peru = m.s->reply(draftFor(name("Peru")));
        REQUIRE(peru.ok);
        CHECK(list.find(peru.entryId)->allottedMs == 240'000);
    }
}

TEST_CASE("The changeover is in every projected start, the projected end and the fit advisor",
          "[procedure][changeover]")
{
    SmallList m; // 8 speakers at 3:00, from 15:00; the clock reads 14:55
    REQUIRE_DONE(m.s->setChangeover(20));
    const QVector<qint64> ids = m.s->list().waitingIds();
    const qint64 start = m.s->meeting().scheduledStartUtcMs();

    Projection p = m.s->projection();
    // Not before the first speaker; before each one after.
    CHECK(p.projectedStartMs.value(ids.at(0)) == start);
    CHECK(p.projectedStartMs.value(ids.at(1)) == start + 180'000 + 20'000);
    CHECK(p.projectedStartMs.value(ids.at(7)) == start + 7 * 200'000);
    CHECK(p.projectedEndMs == start + 8 * 180'000 + 7 * 20'000);

    SECTION("with a speaker at the rostrum, a changeover comes before the next one too")
    {
        m.tm.clock.advance(300'000); // 15:00
        REQUIRE_DONE(m.s->start());
        p = m.s->projection();
        CHECK(p.projectedStartMs.value(ids.at(1)) == m.s->now() + 180'000 + 20'000);
        CHECK(p.projectedEndMs == m.s->now() + 8 * 180'000 + 7 * 20'000);
    }
    SECTION("the fit advisor leaves room for the changeovers")
    {
        Meeting settings = m.s->meeting();
        settings.scheduledEnd = QTime(15, 20); // 20 minutes for 8 speakers and 7 changeovers
        REQUIRE_DONE(m.s->setMeeting(settings));
        p = m.s->projection();
        CHECK_FALSE(p.fitsAtCurrentLimits);
        // (1200 s - 7 × 20 s) / 8 = 132.5 s, announced in steps of five seconds: 2:10.
        CHECK(p.uniformLimitMs == 130'000);
    }
    SECTION("undone, and refused out of range")
    {
        CHECK_FALSE(m.s->setChangeover(601).ok);
        CHECK_FALSE(m.s->setChangeover(20).ok);
        REQUIRE_DONE(m.s->undo());
        CHECK(m.s->meeting().changeoverSeconds == 0);
        CHECK(m.s->projection().projectedEndMs == start + 8 * 180'000);
    }
}

TEST_CASE("The report measures the meeting's average changeover", "[procedure][changeover]")
{
    SmallList m;
    m.tm.clock.advance(300'000);
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(100'000);
    REQUIRE_DONE(m.s->next()); // Ecuador ends; Japan is called, clock not started
    m.tm.clock.advance(12'000);
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(100'000);
    REQUIRE_DONE(m.s->next());
    m.tm.clock.advance(18'000);
    REQUIRE_DONE(m.s->start());
    const MeetingReport report = buildMeetingReport(m.s->list(), m.s->now());
    CHECK(report.changeoversMeasured == 2);
    CHECK(report.averageChangeoverMs == 15'000);
}

TEST_CASE("The message to the speaker stays until cleared or the next speaker is called",
          "[procedure][message]")
{
    SmallList m;
    REQUIRE_DONE(m.s->start());
    REQUIRE_DONE(m.s->setMessage(name("  Please conclude ")));
    CHECK(m.s->meeting().message == name("Please conclude"));
    CHECK(m.s->journal(1).at(0).summary == name("Message to the speaker: “Please conclude”"));
    inscribe(*m.s, name("Nepal")); // staff at work do not clear it
    REQUIRE_DONE(m.s->addTime(30'000));
    CHECK(m.s->meeting().message == name("Please conclude"));
    m.s.reset();
    m.s = m.tm.reopen();
    CHECK(m.s->meeting().message == name("Please conclude"));

    SECTION("the next call clears it")
    {
        REQUIRE_DONE(m.s->next());
        CHECK(m.s->meeting().message.isEmpty());
        // Undoing the call brings back the speaker and the message they were shown.
        REQUIRE_DONE(m.s->undo());
        CHECK(m.s->meeting().message == name("Please conclude"));
    }
    SECTION("a point of order clears it")
    {
        REQUIRE_DONE(m.s->pointOfOrder(draftFor(name("Fiji"))));
        CHECK(m.s->meeting().message.isEmpty());
    }
    SECTION("cleared by hand; an empty clear and a line break are refused")
    {
        REQUIRE_DONE(m.s->setMessage(QString()));
        CHECK(m.s->meeting().message.isEmpty());
        CHECK(m.s->setMessage(QString()).error == name("There is no message to clear."));
        const auto broken = m.s->setMessage(name("Please\nconclude"));
        CHECK_FALSE(broken.ok);
        CHECK(broken.error.startsWith(name("The message to the speaker contains a line break")));
    }
    SECTION("a message is not undone: undo passes over it to the act before")
    {
        REQUIRE_DONE(m.s->undo()); // the time added, not the message
        CHECK(m.s->meeting().message == name("Please conclude"));
        CHECK(m.s->currentReading().limitMs == 180'000);
    }
}

TEST_CASE("The message goes with the last speech even when no one is left to call",
          "[procedure][message]")
{
    SmallList m;
    for (int i = 0; i < 7; ++i)
        REQUIRE_DONE(m.s->next());
    REQUIRE(m.s->list().waiting().size() == 1);
    REQUIRE_DONE(m.s->next()); // the last speaker is called
    REQUIRE_DONE(m.s->setMessage(name("Your time is up")));
    REQUIRE_DONE(m.s->next()); // the list is exhausted
    CHECK(m.s->list().current() == nullptr);
    CHECK(m.s->meeting().message.isEmpty());
}
