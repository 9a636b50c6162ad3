#include "clock/timetext.h"
#include "corehelpers.h"
#include "tempmeeting.h"

#include <functional>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// Everything a user could see of the meeting: its settings and every entry, field by field.
struct Snapshot
{
    QVariantMap meeting;
    QMap<qint64, QVariantMap> entries;

    bool operator==(const Snapshot &o) const
    {
        return meeting == o.meeting && entries == o.entries;
    }
    bool operator!=(const Snapshot &o) const { return !(*this == o); }
};

Snapshot snapshot(const MeetingSession &s)
{
    Snapshot out;
    out.meeting = s.meeting().toColumns();
    for (const Entry &e : s.list().entries())
        out.entries.insert(e.id, e.toColumns());
    return out;
}

// What a redo gives back when the act was undone at undoneAt: the act's result, except that a
// speech the act began and that was still running is paused at the undo, as nobody spoke on it
// while the act stood undone.
Snapshot redoneAt(const Snapshot &before, const Snapshot &after, qint64 undoneAt)
{
    Snapshot out = after;
    for (auto it = out.entries.begin(); it != out.entries.end(); ++it) {
        QVariantMap &row = it.value();
        const bool statusChanged = before.entries.value(it.key()).value(QStringLiteral("status")) !=
                                   row.value(QStringLiteral("status"));
        const bool running = row.value(QStringLiteral("started_at")).toLongLong() > 0 &&
                             row.value(QStringLiteral("paused_since")).toLongLong() == 0 &&
                             row.value(QStringLiteral("ended_at")).toLongLong() == 0;
        if (before.entries.contains(it.key()) && statusChanged && running)
            row[QStringLiteral("paused_since")] = undoneAt;
    }
    return out;
}

// Names the fields that differ, so that a failed comparison says what undo got wrong.
std::string differences(const Snapshot &a, const Snapshot &b)
{
    QStringList out;
    for (auto it = a.meeting.cbegin(); it != a.meeting.cend(); ++it) {
        if (b.meeting.value(it.key()) != it.value())
            out.append(QStringLiteral("meeting.") + it.key());
    }
    QSet<qint64> ids;
    for (auto it = a.entries.cbegin(); it != a.entries.cend(); ++it)
        ids.insert(it.key());
    for (auto it = b.entries.cbegin(); it != b.entries.cend(); ++it)
        ids.insert(it.key());
    for (const qint64 id : ids) {
        if (!a.entries.contains(id) || !b.entries.contains(id)) {
            out.append(QStringLiteral("entry %1 exists on one side only").arg(id));
            continue;
        }
        const QVariantMap &x = a.entries[id];
        const QVariantMap &y = b.entries[id];
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            if (y.value(it.key()) != it.value())
                out.append(QStringLiteral("entry %1 (%2).%3: %4 vs %5")
                               .arg(id)
                               .arg(x.value(QStringLiteral("delegation")).toString(), it.key(),
                                    it.value().toString(), y.value(it.key()).toString()));
        }
    }
    return out.join(QStringLiteral("; ")).toStdString();
}

#define CHECK_SAME(a, b)                                                                           \
    do {                                                                                           \
        INFO(differences(a, b));                                                                   \
        CHECK((a) == (b));                                                                         \
    } while (false)

// Three Council members, a co-sponsor, Member States and an observer; Ecuador has the floor,
// spoke for 40 s and the clock is paused, so that the state stands still between acts.
struct Floor
{
    TempMeeting tm;
    std::unique_ptr<MeetingSession> s = tm.createEmpty();

    explicit Floor(bool ecuadorSpeaking = true)
    {
        for (const char *d :
             {"Ecuador", "Japan", "France", "Estonia", "Latvia", "Peru", "Kenya", "Holy See"}) {
            inscribe(*s, name(d));
            tm.clock.advance(1'000);
        }
        if (ecuadorSpeaking) {
            REQUIRE_DONE(s->start());
            tm.clock.advance(40'000);
            REQUIRE_DONE(s->pause());
        }
        tm.clock.advance(5'000);
    }
    qint64 id(const char *delegation) const { return idOf(*s, name(delegation)); }
};

struct ActCase
{
    const char *name;
    std::function<void(Floor &)> setup; // may be empty
    std::function<MeetingSession::Result(Floor &)> act;
    bool ecuadorSpeaking = true;
};

QVector<ActCase> everyAct()
{
    using R = MeetingSession::Result;
    return {
        {"add", {}, [](Floor &m) { return m.s->add(draftFor(name("Togo"))); }},
        {"edit",
         {},
         [](Floor &m) {
             EntryDraft d = EntryDraft::fromEntry(*m.s->list().find(m.id("Latvia")));
             d.speaker = name("Sanita Pavļuta-Deslandes");
             d.inscribedAtMs = newYork(20, 9, 0); // on time after all: moves up its tier
             return m.s->edit(m.id("Latvia"), d);
         }},
        {"remove", {}, [](Floor &m) { return m.s->remove(m.id("Peru")); }},
        {"withdraw", {}, [](Floor &m) { return m.s->withdraw(m.id("Kenya")); }},
        {"move", {}, [](Floor &m) { return m.s->move(m.id("Holy See"), 1); }},
        {"swap", {}, [](Floor &m) { return m.s->swap(m.id("Latvia"), m.id("Japan")); }},
        {"unpin", [](Floor &m) { REQUIRE_DONE(m.s->move(m.id("Kenya"), 1)); },
         [](Floor &m) { return m.s->unpin(m.id("Kenya")); }},
        {"call", {}, [](Floor &m) { return m.s->start(); }, false},
        {"next", {}, [](Floor &m) { return m.s->next(); }},
        // Ecuador has spoken; Japan is called and does not come to the rostrum.
        {"absent", [](Floor &m) { REQUIRE_DONE(m.s->next()); },
         [](Floor &m) { return m.s->absent(); }},
        {"absent, off the list",
         [](Floor &m) {
             REQUIRE_DONE(m.s->next());
             rostrum::Meeting settings = m.s->meeting();
             settings.absentRule = AbsentRule::Remove;
             REQUIRE_DONE(m.s->setMeeting(settings));
         },
         [](Floor &m) { return m.s->absent(); }},
        {"add time", {}, [](Floor &m) { return m.s->addTime(30'000); }},
        {"remove time", {}, [](Floor &m) { return m.s->addTime(-30'000); }},
        {"reset", {}, [](Floor &m) { return m.s->resetClock(); }},
        {"set limit", {}, [](Floor &m) { return m.s->setAllotted(m.id("Latvia"), 120'000); }},
        {"set limit of the speaker",
         {},
         [](Floor &m) { return m.s->setAllotted(m.id("Ecuador"), 240'000); }},
        {"set limit for all remaining",
         {},
         [](Floor &m) { return m.s->setAllottedForRemaining(150'000); }},
        {"close list", {}, [](Floor &m) { return m.s->setListClosed(true); }},
        {"open list", [](Floor &m) { REQUIRE_DONE(m.s->setListClosed(true)); },
         [](Floor &m) { return m.s->setListClosed(false); }},
        {"settings",
         {},
         [](Floor &m) -> R {
             rostrum::Meeting settings = m.s->meeting();
             settings.title = name("Cyberattacks on critical infrastructure");
             settings.scheduledEnd = QTime(18, 0);
             settings.warningSeconds = 15;
             settings.limitSeconds.insert(Category::Member, 120);
             settings.absentRule = AbsentRule::EndOfList;
             return m.s->setMeeting(settings);
         }},
    };
}

} // namespace

TEST_CASE("Every act can be undone and redone exactly, also after reopening the file", "[undo]")
{
    for (const ActCase &c : everyAct()) {
        DYNAMIC_SECTION(c.name)
        {
            Floor m(c.ecuadorSpeaking);
            if (c.setup)
                c.setup(m);
            const Snapshot before = snapshot(*m.s);
            const auto done = c.act(m);
            INFO(done.error.toStdString());
            REQUIRE(done.ok);
            const Snapshot after = snapshot(*m.s);
            REQUIRE(after != before);
            const QString summary = m.s->journal(1).first().summary;
            CHECK(m.s->undoText() == summary);

            m.tm.clock.advance(7'000);
            const Snapshot redone = redoneAt(before, after, m.s->now());
            REQUIRE_DONE(m.s->undo());
            CHECK_SAME(snapshot(*m.s), before);
            CHECK(m.s->redoText() == summary);
            REQUIRE_DONE(m.s->redo());
            CHECK_SAME(snapshot(*m.s), redone);

            // The undo history is in the file: a restarted console undoes the same act.
            m.s.reset();
            m.tm.clock.advance(60'000);
            m.s = m.tm.reopen();
            CHECK_SAME(snapshot(*m.s), redone);
            CHECK(m.s->undoText() == summary);
            REQUIRE_DONE(m.s->undo());
            CHECK_SAME(snapshot(*m.s), before);
            m.s = m.tm.reopen();
            CHECK_SAME(snapshot(*m.s), before);
            REQUIRE_DONE(m.s->redo());
            CHECK_SAME(snapshot(*m.s), redone);
        }
    }
}

TEST_CASE("Undo of next brings the previous speaker back, paused, with the time they had", "[undo]")
{
    Floor m(false);
    REQUIRE_DONE(m.s->start()); // Ecuador called, clock running
    m.tm.clock.advance(100'000);
    REQUIRE(m.s->currentReading().remainingMs == 80'000);
    REQUIRE_DONE(m.s->next()); // pressed by mistake: Japan is called
    REQUIRE(currentDelegation(*m.s) == name("Japan"));
    REQUIRE_DONE(m.s->start()); // and even given the floor
    m.tm.clock.advance(20'000);

    REQUIRE_DONE(m.s->undo());
    CHECK(currentDelegation(*m.s) == name("Ecuador"));
    SpeechReading r = m.s->currentReading();
    CHECK(r.phase == ClockPhase::Paused);
    CHECK(r.remainingMs == 80'000);
    CHECK(formatCountdown(r.remainingMs) == QStringLiteral("1:20"));
    CHECK(m.s->list().spoken().isEmpty());
    // Japan is back at the head of the list with a fresh clock.
    const Entry *japan = m.s->list().find(m.id("Japan"));
    CHECK(japan->status == Status::Waiting);
    CHECK(m.s->list().positionOf(japan->id) == 1);
    CHECK(japan->startedAtMs == 0);
    CHECK(japan->pausedTotalMs == 0);

    // Time passes while the chair sorts it out; Ecuador's clock stays where it was.
    m.tm.clock.advance(30'000);
    CHECK(m.s->currentReading().remainingMs == 80'000);
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(10'000);
    CHECK(m.s->currentReading().remainingMs == 70'000);

    // The same after a restart.
    m.s = m.tm.reopen();
    CHECK(currentDelegation(*m.s) == name("Ecuador"));
    CHECK(m.s->currentReading().remainingMs == 70'000);
}

TEST_CASE("Redo of an undone next gives the speaker back the time already spoken", "[undo]")
{
    Floor m(false);
    REQUIRE_DONE(m.s->start()); // Ecuador
    m.tm.clock.advance(100'000);
    REQUIRE_DONE(m.s->next()); // Japan called
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(20'000);
    REQUIRE(m.s->currentReading().remainingMs == 160'000);

    REQUIRE_DONE(m.s->undo()); // the chair thinks Next was a mistake
    REQUIRE(currentDelegation(*m.s) == name("Ecuador"));
    m.tm.clock.advance(30'000); // and is told it was not

    REQUIRE_DONE(m.s->redo());
    CHECK(currentDelegation(*m.s) == name("Japan"));
    SpeechReading r = m.s->currentReading();
    // Japan's 20 seconds are still spent; the half minute while Ecuador stood there is not.
    CHECK(r.phase == ClockPhase::Paused);
    CHECK(r.remainingMs == 160'000);
    REQUIRE(m.s->list().spoken().size() == 1);
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(10'000);
    CHECK(m.s->currentReading().remainingMs == 150'000);

    // The same after a restart.
    m.s = m.tm.reopen();
    CHECK(currentDelegation(*m.s) == name("Japan"));
    CHECK(m.s->currentReading().remainingMs == 150'000);
}

TEST_CASE("Redo of an undone clock reset gives back the speech started after the reset", "[undo]")
{
    Floor m(false);
    REQUIRE_DONE(m.s->start()); // Ecuador
    m.tm.clock.advance(50'000);
    REQUIRE_DONE(m.s->resetClock()); // a false start: the full three minutes again
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(40'000);
    REQUIRE_DONE(m.s->pause());
    REQUIRE(m.s->currentReading().remainingMs == 140'000);

    REQUIRE_DONE(m.s->undo()); // the reset, undone: the first start's clock is back
    CHECK(m.s->currentReading().remainingMs == 130'000);
    REQUIRE_DONE(m.s->redo());
    // The speech given after the reset is back, not a clock at zero that forgot it.
    const SpeechReading r = m.s->currentReading();
    CHECK(r.phase == ClockPhase::Paused);
    CHECK(r.remainingMs == 140'000);
    m.s = m.tm.reopen();
    CHECK(m.s->currentReading().remainingMs == 140'000);
}

TEST_CASE("Undo of next after reopening the file", "[undo]")
{
    Floor m(false);
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(150'000);
    REQUIRE_DONE(m.s->next());
    m.s.reset();
    m.tm.clock.advance(120'000);
    m.s = m.tm.reopen();
    REQUIRE_DONE(m.s->undo());
    CHECK(currentDelegation(*m.s) == name("Ecuador"));
    CHECK(m.s->currentReading().remainingMs == 30'000);
    CHECK(m.s->currentReading().phase == ClockPhase::Warning);
    CHECK_FALSE(m.s->currentReading().running);
    CHECK(m.s->list().positionOf(m.id("Japan")) == 1);
}

TEST_CASE("Starting and pausing are journaled but undo passes over them", "[undo]")
{
    Floor m;
    REQUIRE_DONE(m.s->addTime(30'000));
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(10'000);
    REQUIRE_DONE(m.s->pause());
    REQUIRE(m.s->currentReading().remainingMs == 160'000); // 3:30 - 40 s - 10 s

    const QVector<JournalRecord> journal = m.s->journal(3);
    REQUIRE(journal.size() == 3);
    CHECK(journal[0].act == name("pause"));
    CHECK_FALSE(journal[0].undoable);
    CHECK(journal[1].act == name("start"));
    CHECK_FALSE(journal[1].undoable);
    CHECK(journal[2].act == name("add-time"));
    CHECK(journal[2].undoable);

    CHECK(m.s->undoText() == name("0:30 added for Ecuador"));
    REQUIRE_DONE(m.s->undo());
    // The 30 s are gone; the clock is as the chair left it, paused after 50 s of speaking.
    const SpeechReading r = m.s->currentReading();
    CHECK(r.limitMs == 180'000);
    CHECK(r.elapsedMs == 50'000);
    CHECK_FALSE(r.running);
    CHECK(m.s->journal(1).first().act == name("undo"));
    CHECK(m.s->journal(1).first().refersTo == journal[2].id);
}

TEST_CASE("Undo steps back one act at a time, and a new act clears what could be redone", "[undo]")
{
    Floor m(false);
    const QStringList start = delegationsInOrder(*m.s);
    REQUIRE_DONE(m.s->move(m.id("Kenya"), 1));
    const QStringList moved = delegationsInOrder(*m.s);
    inscribe(*m.s, name("Togo"));
    REQUIRE_DONE(m.s->withdraw(m.id("Peru")));

    REQUIRE_DONE(m.s->undo());
    REQUIRE_DONE(m.s->undo());
    CHECK(delegationsInOrder(*m.s) == moved);
    REQUIRE_DONE(m.s->undo());
    CHECK(delegationsInOrder(*m.s) == start);
    // Acts done before the list was opened for editing (the inscriptions) can be undone too.
    CHECK(m.s->undoText() == name("Holy See inscribed (late)"));

    REQUIRE_DONE(m.s->redo()); // the move again
    CHECK(delegationsInOrder(*m.s) == moved);
    CHECK(m.s->redoText() == name("Togo inscribed (late)"));
    REQUIRE_DONE(m.s->swap(m.id("Japan"), m.id("France"))); // a new act
    CHECK(m.s->redoText().isEmpty());
    CHECK(m.s->redo().error == name("There is nothing to redo."));
    CHECK(m.s->list().find(m.id("Peru"))->status == Status::Waiting);
    CHECK(entryOf(m.s->list(), name("Togo")) == nullptr);

    // And the cleared redo stays cleared in the file.
    m.s = m.tm.reopen();
    CHECK(m.s->redo().error == name("There is nothing to redo."));

    for (int i = 0; i < 10; ++i)
        REQUIRE_DONE(m.s->undo()); // swap, move, then the eight inscriptions
    CHECK(m.s->list().entries().isEmpty());
    CHECK(m.s->undo().error == name("There is nothing to undo."));
    CHECK(m.s->undoText().isEmpty());
}

TEST_CASE("Undo restores only what the act changed, keeping later corrections", "[undo]")
{
    Floor m;
    const qint64 latvia = m.id("Latvia");
    REQUIRE_DONE(m.s->move(latvia, 2));
    EntryDraft d = EntryDraft::fromEntry(*m.s->list().find(latvia));
    d.title = name("Permanent Representative");
    REQUIRE_DONE(m.s->edit(latvia, d));
    // Undo the edit, then the move: the order comes back, and so does the old title.
    REQUIRE_DONE(m.s->undo());
    CHECK(m.s->list().find(latvia)->title.isEmpty());
    CHECK(m.s->list().positionOf(latvia) == 2);
    REQUIRE_DONE(m.s->undo());
    CHECK(m.s->list().positionOf(latvia) == 4);
    CHECK_FALSE(m.s->list().find(latvia)->pinned);

    // Time added, then the clock started and paused (not undoable): undoing the time keeps
    // the speaking time recorded since.
    REQUIRE_DONE(m.s->addTime(30'000));
    REQUIRE_DONE(m.s->start());
    m.tm.clock.advance(12'000);
    REQUIRE_DONE(m.s->pause());
    REQUIRE_DONE(m.s->undo());
    CHECK(m.s->currentReading().elapsedMs == 52'000);
    CHECK(m.s->currentReading().remainingMs == 128'000);
}

TEST_CASE("Every act is journaled with who did it and when", "[undo]")
{
    Floor m(false);
    advanceTo(m.tm.clock, meetingDay(15, 2, 10));
    REQUIRE_DONE(m.s->start());
    const JournalRecord r = m.s->journal(1).first();
    CHECK(r.act == name("call"));
    CHECK(r.actor == name("test"));
    CHECK(r.atMs == meetingDay(15, 2, 10));
    CHECK(r.summary == name("Ecuador called"));
    CHECK(r.undoable);
    CHECK(m.s->journal().size() == 9); // eight inscriptions and the call
}
