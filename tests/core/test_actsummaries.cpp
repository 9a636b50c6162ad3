// An act's result says what was done in the journal's words, so a console can confirm it with
// the core's own text; an undo or a redo names the act it undid or redid.

#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("A done act's result carries the journal's summary", "[session][summary]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const qint64 ecuador = inscribe(*s, name("Ecuador"));
    const qint64 france = inscribe(*s, name("France"));

    const MeetingSession::Result swapped = s->swap(ecuador, france);
    REQUIRE(swapped.ok);
    CHECK(swapped.summary == name("Ecuador exchanged places with France"));
    CHECK(swapped.summary == s->journal(1).first().summary);

    const MeetingSession::Result undone = s->undo();
    REQUIRE(undone.ok);
    CHECK(undone.summary == name("Ecuador exchanged places with France"));
    const MeetingSession::Result redone = s->redo();
    REQUIRE(redone.ok);
    CHECK(redone.summary == name("Ecuador exchanged places with France"));

    const MeetingSession::Result refused = s->swap(ecuador, ecuador);
    REQUIRE_FALSE(refused.ok);
    CHECK(refused.summary.isEmpty());
}

TEST_CASE("An absence names the tier its speaker goes to the end of", "[session][summary]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    EntryDraft unoda;
    unoda.delegation = name("UNODA");
    unoda.speaker = name("Izumi Nakamitsu");
    unoda.category = Category::Briefer;
    REQUIRE_DONE(s->add(unoda));
    EntryDraft schaake;
    schaake.delegation = name("Stanford Cyber Policy Center");
    schaake.category = Category::Briefer;
    REQUIRE_DONE(s->add(schaake));
    inscribe(*s, name("Estonia"));
    REQUIRE_DONE(s->next()); // UNODA is called, and is not in the room

    const MeetingSession::Result absent = s->absent();
    REQUIRE(absent.ok);
    CHECK(absent.summary == name("UNODA (Izumi Nakamitsu) absent: moved to the end of the "
                                 "Briefers tier; Stanford Cyber Policy Center called"));

    Meeting m = s->meeting();
    m.absentRule = AbsentRule::EndOfList;
    REQUIRE_DONE(s->setMeeting(m));
    CHECK(s->absent().summary == name("Stanford Cyber Policy Center absent: moved to the end of "
                                      "the list; UNODA (Izumi Nakamitsu) called"));
}
