#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// The chair's console and a secretariat laptop on the same meeting file.
struct TwoConsoles
{
    TempMeeting tm;
    std::unique_ptr<MeetingSession> chair = tm.createEmpty();
    std::unique_ptr<MeetingSession> staff = tm.reopen();
};

} // namespace

TEST_CASE("Two sessions on one file each act on the newest state", "[sessions]")
{
    TwoConsoles c;
    inscribe(*c.chair, name("Japan"));
    // The staff laptop has not looked at the file since; its inscription must not overwrite
    // the chair's, and it gets the next free id.
    const qint64 latvia = inscribe(*c.staff, name("Latvia"));
    CHECK(delegationsInOrder(*c.staff) == QStringList{name("Japan"), name("Latvia")});
    CHECK(latvia == idOf(*c.staff, name("Japan")) + 1);

    QVector<ListChange> seen;
    QObject::connect(c.chair.get(), &MeetingSession::changed,
                     [&](const ListChange &change) { seen.append(change); });
    CHECK(c.chair->refresh());
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().act == name("reload"));
    CHECK(seen.first().orderAfter == c.chair->list().waitingIds());
    CHECK(delegationsInOrder(*c.chair) == QStringList{name("Japan"), name("Latvia")});
    CHECK_FALSE(c.chair->refresh()); // nothing new

    // A duplicate typed on the other laptop is caught even before that laptop refreshed.
    inscribe(*c.chair, name("Peru"));
    const auto dup = c.staff->add(draftFor(name("Peru")));
    CHECK_FALSE(dup.ok);
    CHECK(dup.error.contains(name("Peru is already inscribed")));

    // An entry removed on one console cannot be moved on the other.
    const qint64 peru = idOf(*c.chair, name("Peru"));
    REQUIRE_DONE(c.chair->remove(peru));
    CHECK(c.staff->move(peru, 1).error == name("There is no entry #%1.").arg(peru));
    CHECK(c.staff->list().find(peru) == nullptr); // and the refusal brought it up to date
}

TEST_CASE("Acts from two sessions interleave into one list and one journal", "[sessions]")
{
    TwoConsoles c;
    for (const char *d : {"Ecuador", "Japan", "Latvia", "Peru"})
        inscribe(*c.staff, name(d));
    REQUIRE_DONE(c.chair->start()); // the chair sees Ecuador though it never refreshed
    CHECK(currentDelegation(*c.chair) == name("Ecuador"));
    c.tm.clock.advance(60'000);
    REQUIRE_DONE(c.staff->swap(idOf(*c.staff, name("Latvia")), idOf(*c.staff, name("Peru"))));
    REQUIRE_DONE(c.chair->addTime(30'000));
    c.tm.clock.advance(10'000);
    inscribe(*c.staff, name("Kenya"));
    REQUIRE_DONE(c.chair->next());
    REQUIRE_DONE(c.staff->setAllotted(idOf(*c.staff, name("Kenya")), 120'000));
    REQUIRE_DONE(c.chair->absent()); // Japan is not in the room

    REQUIRE(c.staff->refresh());
    // Japan, the only Council member left, goes to the end of an otherwise empty tier, and
    // Peru (moved ahead of Latvia on the staff laptop) is called.
    const QStringList expected{name("Japan"), name("Latvia"), name("Kenya")};
    CHECK(delegationsInOrder(*c.chair) == expected);
    CHECK(delegationsInOrder(*c.staff) == expected);
    CHECK(currentDelegation(*c.staff) == name("Peru"));
    auto third = c.tm.reopen();
    CHECK(delegationsInOrder(*third) == expected);
    CHECK(currentDelegation(*third) == currentDelegation(*c.chair));
    CHECK(c.staff->list().find(idOf(*c.staff, name("Kenya")))->allottedMs == 120'000);
    const Entry *ecuador = entryOf(third->list(), name("Ecuador"));
    CHECK(ecuador->extraMs == 30'000);
    CHECK(ecuador->endedAtMs - ecuador->startedAtMs == 70'000);

    QStringList kinds;
    for (const JournalRecord &r : third->journal(7))
        kinds.prepend(r.act);
    CHECK(kinds == QStringList{name("call"), name("swap"), name("add-time"), name("add"),
                               name("next"), name("set-limit"), name("absent")});

    // Undo is one history for the file, whichever console presses it.
    CHECK(c.staff->undoText() == c.chair->undoText());
    REQUIRE_DONE(c.staff->undo());
    REQUIRE(c.chair->refresh());
    CHECK(currentDelegation(*c.chair) == name("Japan"));
}

TEST_CASE("An undo on a console that had not yet seen the other's acts repaints them too",
          "[sessions]")
{
    TwoConsoles c;
    for (const char *d : {"Ecuador", "Japan", "Latvia"})
        inscribe(*c.chair, name(d));
    REQUIRE(c.staff->refresh());
    const qint64 japan = idOf(*c.staff, name("Japan"));
    EntryDraft d = EntryDraft::fromEntry(*c.staff->list().find(japan));
    d.title = name("Ambassador, Deputy Permanent Representative");
    REQUIRE_DONE(c.staff->edit(japan, d));
    inscribe(*c.staff, name("Peru"));

    QVector<ListChange> changes;
    QObject::connect(c.chair.get(), &MeetingSession::changed,
                     [&](const ListChange &change) { changes.append(change); });
    REQUIRE_DONE(c.chair->undo()); // takes Peru off again
    CHECK(entryOf(c.chair->list(), name("Peru")) == nullptr);
    CHECK(c.chair->list().find(japan)->title == d.title);
    // The chair's view must learn about Japan's new title with this change, not later.
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().updated.contains(japan));
}

TEST_CASE("A refused undo or redo still shows what the other console did", "[sessions]")
{
    TwoConsoles c;
    inscribe(*c.chair, name("Japan"));
    inscribe(*c.staff, name("Peru"));

    QVector<ListChange> changes;
    QObject::connect(c.chair.get(), &MeetingSession::changed,
                     [&](const ListChange &change) { changes.append(change); });
    CHECK(c.chair->redo().error == name("There is nothing to redo."));
    CHECK(delegationsInOrder(*c.chair) == QStringList{name("Japan"), name("Peru")});
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().act == name("reload"));
    CHECK(changes.first().orderBefore == QVector<qint64>{idOf(*c.chair, name("Japan"))});
    CHECK(changes.first().orderAfter == c.chair->list().waitingIds());
    CHECK_FALSE(c.chair->refresh()); // already up to date
}
