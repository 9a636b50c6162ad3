// Rules 3 and 4: moves by hand, exchanges of places, and speakers absent when called.

#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("A manual move pins the speaker, and later inscriptions never displace them",
          "[manualorder]")
{
    SmallList m;
    const qint64 kenya = idOf(*m.s, name("Kenya"));
    REQUIRE_DONE(m.s->move(kenya, 4)); // "Kenya speaks before Estonia"
    CHECK(delegationsInOrder(*m.s) ==
          names({"Ecuador", "Japan", "France", "Kenya", "Estonia", "Latvia", "Peru", "Holy See"}));
    CHECK(m.s->list().find(kenya)->pinned);
    CHECK(m.s->list().positionOf(kenya) == 4);

    // A Member State inscribed earlier than everyone (a forgotten e-mail) goes to the head of
    // the Member States, but Kenya stays ahead of Estonia where the staff put it.
    REQUIRE_DONE(m.s->add(inscribedAt(name("Ghana"), newYork(16, 9, 0)))); // Council, on time
    REQUIRE_DONE(m.s->add(inscribedAt(name("Togo"), newYork(16, 9, 0))));
    CHECK(delegationsInOrder(*m.s) == names({"Ghana", "Ecuador", "Japan", "France", "Kenya",
                                             "Estonia", "Togo", "Latvia", "Peru", "Holy See"}));

    // A speaker moved to the head of the list stays at the head whatever comes in later.
    const qint64 holySee = idOf(*m.s, name("Holy See"));
    REQUIRE_DONE(m.s->move(holySee, 1));
    REQUIRE_DONE(m.s->add(inscribedAt(name("Malta"), newYork(15, 9, 0))));
    EntryDraft briefer = draftFor(name("UN Office for Disarmament Affairs"),
                                  name("Izumi Nakamitsu"), Category::Briefer);
    REQUIRE_DONE(m.s->add(briefer));
    CHECK(m.s->list().positionOf(holySee) == 1);
    CHECK(delegationsInOrder(*m.s).mid(0, 4) ==
          names({"Holy See", "UN Office for Disarmament Affairs", "Malta", "Ghana"}));

    // Released, a speaker goes back to the automatic place.
    REQUIRE_DONE(m.s->unpin(kenya));
    CHECK_FALSE(m.s->list().find(kenya)->pinned);
    const QStringList order = delegationsInOrder(*m.s);
    CHECK(order.indexOf(name("Kenya")) == order.indexOf(name("Peru")) + 1);
    CHECK(m.s->unpin(kenya).error ==
          name("Only a waiting speaker placed by hand can be released."));

    // Moving to where one already is, once pinned, is refused; so is a position past the end
    // (tests/core/test_badvalues.cpp), and the last place is asked for by its number.
    CHECK(m.s->move(holySee, 1).error.contains(name("is already at position 1")));
    CHECK(m.s->move(holySee, 99).error.contains(name("choose a position from 1 to 12")));
    REQUIRE_DONE(m.s->move(holySee, 12));
    CHECK(delegationsInOrder(*m.s).last() == name("Holy See"));
    REQUIRE_DONE(m.s->start());
    CHECK(m.s->move(idOf(*m.s, name("UN Office for Disarmament Affairs")), 3).error ==
          name("Only waiting speakers can be moved; UN Office for Disarmament Affairs (Izumi "
               "Nakamitsu) is speaking."));
}

TEST_CASE("Moves keep the running order exact however often the same place is used",
          "[manualorder]")
{
    // Repeated moves into the same gap use up the room between order keys; the list is then
    // spaced out again inside the same act, and no move may land anywhere else.
    SmallList m;
    QVector<qint64> model = m.s->list().waitingIds();
    std::uint32_t seed = 20230525;
    auto random = [&](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % std::uint32_t(bound));
    };
    for (int i = 0; i < 200; ++i) {
        const int from = i % 3 == 0 ? 0 : random(int(model.size()));
        const int to = i % 3 == 0 ? 1 : random(int(model.size()));
        const qint64 id = model[from];
        const auto r = m.s->move(id, to + 1);
        if (from == to && m.s->list().find(id)->pinned && !r.ok)
            continue;
        INFO("move " << from << " -> " << to << ": " << r.error.toStdString());
        REQUIRE(r.ok);
        model.remove(from);
        model.insert(to, id);
        REQUIRE(m.s->list().waitingIds() == model);
    }
    auto reopened = m.tm.reopen();
    CHECK(reopened->list().waitingIds() == model);
}

TEST_CASE("An exchange of places is one act that pins both speakers", "[manualorder]")
{
    SmallList m;
    const qint64 latvia = idOf(*m.s, name("Latvia"));
    const qint64 japan = idOf(*m.s, name("Japan"));
    const int journalBefore = int(m.s->journal().size());
    REQUIRE_DONE(m.s->swap(latvia, japan));
    CHECK(delegationsInOrder(*m.s) ==
          names({"Ecuador", "Latvia", "France", "Estonia", "Japan", "Peru", "Kenya", "Holy See"}));
    CHECK(m.s->list().find(latvia)->pinned);
    CHECK(m.s->list().find(japan)->pinned);
    const QVector<JournalRecord> journal = m.s->journal();
    CHECK(int(journal.size()) == journalBefore + 1);
    CHECK(journal.first().act == name("swap"));
    CHECK(journal.first().summary == name("Latvia exchanged places with Japan"));

    CHECK(m.s->swap(latvia, latvia).error ==
          name("Choose two different speakers to exchange places."));
    CHECK(m.s->swap(latvia, 999).error == name("There is no entry #999."));
    REQUIRE_DONE(m.s->start()); // Ecuador speaks
    CHECK(m.s->swap(idOf(*m.s, name("Ecuador")), latvia).error ==
          name("Only waiting speakers can exchange places."));
}

TEST_CASE("An absent speaker moves per the meeting's rule and the next one is called",
          "[manualorder]")
{
    SmallList m;
    const qint64 ecuador = idOf(*m.s, name("Ecuador"));

    SECTION("to the end of their tier (the default)")
    {
        REQUIRE(m.s->meeting().absentRule == AbsentRule::EndOfTier);
        REQUIRE_DONE(m.s->next()); // Ecuador is called, and does not come to the rostrum
        m.tm.clock.advance(4'000);
        REQUIRE_DONE(m.s->absent());
        CHECK(currentDelegation(*m.s) == name("Japan"));
        CHECK(delegationsInOrder(*m.s) ==
              names({"France", "Ecuador", "Estonia", "Latvia", "Peru", "Kenya", "Holy See"}));
        const Entry *e = m.s->list().find(ecuador);
        CHECK(e->status == Status::Waiting);
        CHECK(e->absences == 1);
        // Their clock starts afresh when they are called again.
        CHECK(e->startedAtMs == 0);
        CHECK(m.s->journal().first().summary.contains(
            name("Ecuador absent: moved to the end of the Council members tier")));
        CHECK(m.s->journal().first().summary.contains(name("Japan called")));

        // Absent again: still the end of the Council members, behind France.
        REQUIRE_DONE(m.s->next()); // France
        REQUIRE_DONE(m.s->next()); // Ecuador
        REQUIRE(currentDelegation(*m.s) == name("Ecuador"));
        REQUIRE_DONE(m.s->absent());
        CHECK(currentDelegation(*m.s) == name("Estonia"));
        CHECK(m.s->list().positionOf(ecuador) == 1); // the only Council member left waiting
        CHECK(m.s->list().find(ecuador)->absences == 2);
    }
    SECTION("to the end of the list")
    {
        m.setAbsentRule(AbsentRule::EndOfList);
        REQUIRE_DONE(m.s->next());
        REQUIRE_DONE(m.s->absent());
        CHECK(currentDelegation(*m.s) == name("Japan"));
        CHECK(delegationsInOrder(*m.s) ==
              names({"France", "Estonia", "Latvia", "Peru", "Kenya", "Holy See", "Ecuador"}));
        // Someone inscribed later in a lower tier does not jump the one sent to the end.
        inscribe(*m.s, name("Togo"));
        CHECK(delegationsInOrder(*m.s).indexOf(name("Togo")) == 5);
    }
    SECTION("off the list")
    {
        m.setAbsentRule(AbsentRule::Remove);
        REQUIRE_DONE(m.s->next());
        REQUIRE_DONE(m.s->absent());
        CHECK(currentDelegation(*m.s) == name("Japan"));
        CHECK(delegationsInOrder(*m.s) ==
              names({"France", "Estonia", "Latvia", "Peru", "Kenya", "Holy See"}));
        REQUIRE(m.s->list().others().size() == 1);
        CHECK(m.s->list().others().first().delegation == name("Ecuador"));
        CHECK(m.s->list().find(ecuador)->status == Status::Absent);
        // Off the list is not a duplicate: they can be inscribed again when they turn up.
        inscribe(*m.s, name("Ecuador"));
        CHECK(delegationsInOrder(*m.s).mid(0, 2) == names({"France", "Ecuador"}));
    }
    SECTION("once the speech has started, Absent is refused and Next is the way on")
    {
        REQUIRE_DONE(m.s->start()); // Ecuador is called and speaks
        m.tm.clock.advance(4'000);
        const int journalSize = int(m.s->journal().size());
        const QStringList order = delegationsInOrder(*m.s);
        const MeetingSession::Result refused = m.s->absent();
        CHECK_FALSE(refused.ok);
        CHECK(refused.error == name("Ecuador has started speaking; use Next."));
        CHECK(currentDelegation(*m.s) == name("Ecuador"));
        CHECK(m.s->currentReading().elapsedMs == 4'000);
        CHECK(m.s->currentReading().running);
        CHECK(m.s->list().find(ecuador)->absences == 0);
        CHECK(delegationsInOrder(*m.s) == order);
        CHECK(int(m.s->journal().size()) == journalSize);
        // Paused, the speech has still begun.
        REQUIRE_DONE(m.s->pause());
        CHECK(m.s->absent().error == name("Ecuador has started speaking; use Next."));
        // A clock started by mistake and reset: nobody has spoken, and Absent applies again.
        REQUIRE_DONE(m.s->resetClock());
        REQUIRE_DONE(m.s->absent());
        CHECK(currentDelegation(*m.s) == name("Japan"));
        CHECK(m.s->list().find(ecuador)->absences == 1);
    }
    SECTION("before anyone is called, the head of the list is the one absent")
    {
        REQUIRE_DONE(m.s->absent());
        CHECK(currentDelegation(*m.s) == name("Japan"));
        CHECK(delegationsInOrder(*m.s).first() == name("France"));
        CHECK(m.s->list().positionOf(ecuador) == 2);
        CHECK(m.s->currentReading().phase == ClockPhase::Idle);
    }
    SECTION("the last speaker of the list")
    {
        for (int i = 0; i < 8; ++i)
            REQUIRE_DONE(m.s->next());
        REQUIRE(currentDelegation(*m.s) == name("Holy See"));
        REQUIRE_DONE(m.s->absent());
        CHECK(m.s->list().current() == nullptr);
        CHECK(delegationsInOrder(*m.s) == names({"Holy See"}));
        REQUIRE_DONE(m.s->absent()); // called again, still not there
        CHECK(m.s->list().find(idOf(*m.s, name("Holy See")))->absences == 2);
    }
}
