// A meeting that can only be read (a read-only file, folder or medium, or a backup) opens for
// looking; every act, undo and redo is refused with the reason, and the file is left as it was.
#include "filehelpers.h"
#include "session/readonlymeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("An act on a meeting opened for reading is refused with the reason and writes nothing",
          "[readonly]")
{
    TempMeeting tm;
    {
        auto s = tm.createEmpty();
        inscribe(*s, name("Japan"));
        inscribe(*s, name("Latvia"));
        REQUIRE_DONE(s->start());
    }
    const QString folder = QFileInfo(tm.path()).absolutePath();
    ReadOnly guard({tm.path(), folder});
    REQUIRE_READ_ONLY_POSSIBLE(guard);
    const QString reason = ReadOnlyMeeting::reasonFor(tm.path());
    CHECK(reason == name("%1 is read-only").arg(tm.path()));

    const FileState before = stateOf(tm.path());
    QString error;
    auto s = MeetingSession::openForReading(tm.path(), tm.clock, &error);
    REQUIRE(s);
    CHECK(s->isReadOnly());
    CHECK(s->readOnlyReason() == reason);
    CHECK(delegationsInOrder(*s) == names({"Latvia"}));
    REQUIRE(s->list().current());
    tm.clock.advance(20'000);
    // The clock still reads: 20 s gone of Japan's three minutes.
    CHECK(s->currentReading().remainingMs == 160'000);

    const QString refusal =
        name("Not done: this meeting is open read only (%1). Save a copy as… to carry on with it.")
            .arg(reason);
    const MeetingSession::Result acts[] = {s->add(draftFor(name("Estonia"))), s->next(), s->pause(),
                                           s->undo(), s->redo()};
    for (const MeetingSession::Result &r : acts) {
        CHECK_FALSE(r.ok);
        CHECK(r.error == refusal);
    }
    CHECK_FALSE(s->saveFailed()); // nothing failed: nothing was tried
    CHECK(delegationsInOrder(*s) == names({"Latvia"}));
    CHECK(s->list().current()->delegation == name("Japan"));
    s.reset();
    CHECK(stateOf(tm.path()) == before);
}

TEST_CASE("A meeting opened for reading names the reason it was given, and a copy carries on",
          "[readonly]")
{
    TempMeeting tm;
    {
        auto s = tm.createEmpty();
        inscribe(*s, name("Japan"));
    }
    QString error;
    const QString given = name("it is a backup");
    auto s = MeetingSession::openForReading(tm.path(), tm.clock, &error, given, name("test"));
    REQUIRE(s);
    CHECK(s->readOnlyReason() == given);
    CHECK(ReadOnlyMeeting::reasonFor(tm.path()).isEmpty()); // its folder can be written

    REQUIRE(s->saveCopyAs(tm.path(name("carried on.rostrum")), &error));
    CHECK_FALSE(s->isReadOnly());
    CHECK(s->readOnlyReason().isEmpty());
    inscribe(*s, name("Latvia"));
    CHECK(delegationsInOrder(*tm.reopen(name("carried on.rostrum"))) == names({"Japan", "Latvia"}));
    CHECK(delegationsInOrder(*tm.reopen()) == names({"Japan"}));
}
