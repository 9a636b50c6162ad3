// Rule 6: "the same limit for all remaining speakers" is what the chair means for the speakers
// inscribed after it too, unless the chair says it is for those waiting now only. Before this,
// a delegation inscribed after "2:10 for all" came in at 3:00 and the projected end jumped.

#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
qint64 limitOf(const MeetingSession &s, qint64 id)
{
    const Entry *e = s.list().find(id);
    REQUIRE(e != nullptr);
    return e->allottedMs;
}
} // namespace

TEST_CASE("A limit for all remaining speakers holds for later inscriptions too", "[limits]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    const qint64 before = inscribe(*s, name("Fiji"));
    REQUIRE(limitOf(*s, before) == 180'000); // the demo's limit for members

    REQUIRE_DONE(s->setAllottedForRemaining(130'000));
    CHECK(limitOf(*s, before) == 130'000);
    const qint64 later = inscribe(*s, name("Nepal"));
    CHECK(limitOf(*s, later) == 130'000);
    CHECK(s->journal(3).at(1).summary ==
          name("Limit 2:10 for all remaining speakers and later inscriptions"));

    SECTION("undone, later inscriptions get the old limit again, across a restart")
    {
        REQUIRE_DONE(s->undo()); // Estonia's inscription
        REQUIRE_DONE(s->undo()); // the limit for all
        CHECK(limitOf(*s, before) == 180'000);
        s.reset();
        s = tm.reopen();
        CHECK(limitOf(*s, inscribe(*s, name("Bhutan"))) == 180'000);
    }
}

TEST_CASE("A limit for the speakers waiting now only leaves later inscriptions at their "
          "category's limit",
          "[limits]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    const qint64 waitingNow = inscribe(*s, name("Fiji"));
    REQUIRE_DONE(s->setAllottedForRemaining(130'000, SpeakersList::LaterInscriptions::KeepTheirs));
    CHECK(limitOf(*s, waitingNow) == 130'000);
    CHECK(limitOf(*s, inscribe(*s, name("Nepal"))) == 180'000);
    CHECK(s->journal(2).at(1).summary == name("Limit 2:10 for all remaining speakers"));
}
