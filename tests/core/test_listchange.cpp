#include "corehelpers.h"
#include "list/orderdiff.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// Records every notification of a session, as an item model would receive them.
struct Listener
{
    QVector<ListChange> changes;
    explicit Listener(MeetingSession &s)
    {
        QObject::connect(&s, &MeetingSession::changed,
                         [this](const ListChange &c) { changes.append(c); });
    }
    // The one notification of the last act.
    ListChange only()
    {
        REQUIRE(changes.size() == 1);
        const ListChange c = changes.first();
        changes.clear();
        return c;
    }
};

} // namespace

TEST_CASE("Each act sends one notification that says what the views must repaint", "[listchange]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const qint64 japan = inscribe(*s, name("Japan"));
    const qint64 latvia = inscribe(*s, name("Latvia"));
    Listener l(*s);

    const qint64 peru = inscribe(*s, name("Peru"));
    ListChange c = l.only();
    CHECK(c.act == name("add"));
    CHECK(c.orderBefore == QVector<qint64>{japan, latvia});
    CHECK(c.orderAfter == QVector<qint64>{japan, latvia, peru});
    CHECK(c.updated == QSet<qint64>{peru});
    CHECK_FALSE(c.currentChanged);
    CHECK_FALSE(c.clockChanged);
    CHECK_FALSE(c.meetingChanged);

    REQUIRE_DONE(s->move(peru, 1));
    c = l.only();
    const QVector<OrderEdit> edits = orderEdits(c.orderBefore, c.orderAfter);
    REQUIRE(edits.size() == 1);
    CHECK(edits.first().kind == OrderEdit::Kind::Move);
    CHECK(edits.first().id == peru);

    REQUIRE_DONE(s->start()); // Peru called
    c = l.only();
    CHECK(c.act == name("call"));
    CHECK(c.currentChanged);
    CHECK(c.clockChanged);
    CHECK(c.orderAfter == QVector<qint64>{japan, latvia});

    tm.clock.advance(5'000);
    REQUIRE_DONE(s->pause());
    c = l.only();
    CHECK(c.act == name("pause"));
    CHECK(c.clockChanged);
    CHECK_FALSE(c.currentChanged);
    CHECK(c.orderBefore == c.orderAfter);

    REQUIRE_DONE(s->addTime(30'000));
    CHECK(l.only().clockChanged);

    REQUIRE_DONE(s->next());
    c = l.only();
    CHECK(c.currentChanged);
    CHECK(c.spokenChanged);
    CHECK(c.updated == QSet<qint64>{peru, japan});

    REQUIRE_DONE(s->undo()); // Peru back at the rostrum, Japan back on the list
    c = l.only();
    CHECK(c.act == name("undo"));
    CHECK(c.currentChanged);
    CHECK(c.spokenChanged);
    CHECK(c.orderAfter == QVector<qint64>{japan, latvia});

    Meeting m = s->meeting();
    m.warningSeconds = 20;
    REQUIRE_DONE(s->setMeeting(m));
    c = l.only();
    CHECK(c.meetingChanged);
    CHECK(c.updated.isEmpty());

    // A refused act announces nothing.
    CHECK_FALSE(s->swap(peru, japan).ok);
    CHECK(l.changes.isEmpty());
}

TEST_CASE("Per-category limits and the warning threshold come from the meeting's settings",
          "[listchange][clock]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    Meeting m = s->meeting();
    m.limitSeconds.insert(Category::Member, 120);
    m.limitSeconds.insert(Category::Briefer, 600);
    m.warningSeconds = 15;
    REQUIRE_DONE(s->setMeeting(m));

    const qint64 latvia = inscribe(*s, name("Latvia"));
    const qint64 japan = inscribe(*s, name("Japan"));
    EntryDraft briefer = draftFor(name("UN Institute for Disarmament Research"),
                                  name("Moliehi Makumane"), Category::Briefer);
    const auto b = s->add(briefer);
    REQUIRE(b.ok);
    CHECK(s->list().find(latvia)->allottedMs == 120'000);
    CHECK(s->list().find(japan)->allottedMs == 180'000);
    CHECK(s->list().find(b.entryId)->allottedMs == 600'000);
    // A limit typed for one inscription wins over the category's.
    EntryDraft peru = draftFor(name("Peru"));
    peru.allottedMs = 90'000;
    const auto p = s->add(peru);
    REQUIRE(p.ok);
    CHECK(s->list().find(p.entryId)->allottedMs == 90'000);

    REQUIRE_DONE(s->start()); // the briefer
    tm.clock.advance(584'999);
    CHECK(s->currentReading().phase == ClockPhase::Running);
    tm.clock.advance(1);
    CHECK(s->currentReading().phase == ClockPhase::Warning);

    // Invalid settings are refused with the reason, and nothing changes.
    m = s->meeting();
    m.limitSeconds.insert(Category::Observer, 0);
    CHECK(s->setMeeting(m).error == name("Time limits must be longer than zero."));
    m = s->meeting();
    m.timeZoneId = name("Mars/Olympus_Mons");
    CHECK(s->setMeeting(m).error.contains(name("is not a known time zone")));
    m = s->meeting();
    m.scheduledEnd = m.scheduledStart;
    CHECK(s->setMeeting(m).error.contains(name("start and an end time that differ")));
    CHECK(s->setMeeting(s->meeting()).error == name("The settings are unchanged."));
    CHECK(s->meeting().limitFor(Category::Observer) == 180);
}
