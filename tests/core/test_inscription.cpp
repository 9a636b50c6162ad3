// Rules 5 and 7 and the checks on what staff type in: duplicates, the closed list, unknown
// delegations, corrections and withdrawals.

#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("The same delegation in the same capacity is refused, naming the entry it repeats",
          "[inscription]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    inscribe(*session, name("Japan"));
    const qint64 latvia = inscribe(*session, name("Latvia"), name("Sanita Pavļuta-Deslandes"));

    auto r = session->add(draftFor(name("latvia"), name("Someone Else")));
    CHECK_FALSE(r.ok);
    CHECK(r.error == name("Latvia (Sanita Pavļuta-Deslandes) is already inscribed in its national "
                          "capacity (entry #%1, no. 2 on the list). A delegation may speak once "
                          "nationally and once on behalf of a group.")
                         .arg(latvia));

    // Once nationally and once for a group is allowed.
    const auto group = session->add(onBehalfOf(name("Latvia"), name("the Baltic States"), 3));
    REQUIRE(group.ok);
    CHECK(delegationsInOrder(*session) == names({"Japan", "Latvia", "Latvia"}));
    r = session->add(onBehalfOf(name("Latvia"), name("The Baltic States"), 3));
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(
        name("is already inscribed on behalf of the Baltic States (entry #%1").arg(group.entryId)));

    // The statement for the group comes first, in the priority tier.
    CHECK(session->list().positionOf(group.entryId) == 2);
    CHECK(session->list().positionOf(latvia) == 3);

    // A speaker who has spoken has used the turn; one who withdrew has not.
    REQUIRE_DONE(session->start()); // Japan
    REQUIRE_DONE(session->next());  // Latvia for the Baltic States
    REQUIRE_DONE(session->next());  // Latvia nationally
    r = session->add(onBehalfOf(name("Latvia"), name("the Baltic States"), 3));
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(name("(entry #%1, spoke)").arg(group.entryId)));
    r = session->add(draftFor(name("Latvia")));
    CHECK(r.error.contains(name("(entry #%1, speaking)").arg(latvia)));
    const qint64 peru = inscribe(*session, name("Peru"));
    REQUIRE_DONE(session->withdraw(peru));
    inscribe(*session, name("Peru"));

    // Briefers and other non-State speakers are told apart by the person.
    EntryDraft nakamitsu = draftFor(name("UN Office for Disarmament Affairs"),
                                    name("Izumi Nakamitsu"), Category::Briefer);
    REQUIRE_DONE(session->add(nakamitsu));
    r = session->add(nakamitsu);
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(name("UN Office for Disarmament Affairs (Izumi Nakamitsu) is already "
                                "inscribed")));
    EntryDraft deputy = nakamitsu;
    deputy.speaker = name("Adedeji Ebo");
    REQUIRE_DONE(session->add(deputy));
}

TEST_CASE("A closed list refuses inscriptions until it is reopened", "[inscription]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    inscribe(*session, name("Japan"));
    REQUIRE_DONE(session->setListClosed(true));
    CHECK(session->meeting().listClosed);
    const auto r = session->add(draftFor(name("Latvia")));
    CHECK_FALSE(r.ok);
    CHECK(r.error == name("The list of speakers is closed. Reopen it to inscribe Latvia."));
    CHECK(delegationsInOrder(*session) == names({"Japan"}));
    CHECK(session->setListClosed(true).error == name("The list is already closed."));
    // Closing the list does not stop the meeting or the staff's other acts.
    REQUIRE_DONE(session->start());
    REQUIRE_DONE(session->setListClosed(false));
    inscribe(*session, name("Latvia"));
    CHECK(delegationsInOrder(*session) == names({"Latvia"}));
}

TEST_CASE("An unknown delegation is refused with suggestions unless it is a non-State speaker",
          "[inscription]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    auto r = session->add(draftFor(name("Latvja")));
    CHECK_FALSE(r.ok);
    CHECK(r.error.startsWith(name("“Latvja” is not in the directory of delegations. Did you mean "
                                  "Latvia")));
    CHECK(r.error.contains(name("choose the category briefer or other")));
    // An explicit State category does not let a misspelling in either.
    r = session->add(draftFor(name("Latvja"), {}, Category::Member));
    CHECK(r.error.contains(name("Did you mean Latvia")));
    CHECK(session->list().entries().isEmpty());

    REQUIRE_DONE(session->add(draftFor(name("Stanford Cyber Policy Center"),
                                       name("Marietje Schaake"), Category::Briefer)));
    REQUIRE_DONE(session->add(draftFor(name("Access Now"), name("Priya Raman"), Category::Other)));
    // Aliases and spelling variants are saved under the directory's name.
    inscribe(*session, name("UK"));
    inscribe(*session, name("cote d'ivoire"));
    CHECK(delegationsInOrder(*session) ==
          names({"Stanford Cyber Policy Center", "United Kingdom", "Côte d'Ivoire", "Access Now"}));
}

TEST_CASE("Inscriptions with impossible details are refused with the reason", "[inscription]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    CHECK(session->add(draftFor(name("   "))).error == name("A delegation is required."));
    EntryDraft d = draftFor(name("Latvia"));
    d.language = name("de");
    CHECK(session->add(d).error.contains(name("is not one of the six UN languages")));
    d = onBehalfOf(name("Latvia"), name("the Baltic States"), -3);
    CHECK(session->add(d).error == name("The group size cannot be negative."));
    d = draftFor(name("Latvia"), {}, Category::Group);
    CHECK(session->add(d).error.contains(name("needs the name of the group")));
    CHECK(session->list().entries().isEmpty());
    CHECK(session->journal().isEmpty());
}

TEST_CASE("Editing an entry re-places it only when its tier or time changes", "[inscription]")
{
    SmallList m;
    const qint64 latvia = idOf(*m.s, name("Latvia"));
    EntryDraft d = EntryDraft::fromEntry(*m.s->list().find(latvia));
    d.speaker = name("Sanita Pavļuta-Deslandes");
    d.title = name("Permanent Representative");
    REQUIRE_DONE(m.s->edit(latvia, d));
    CHECK(m.s->list().positionOf(latvia) == 5);
    CHECK(m.s->list().find(latvia)->title == name("Permanent Representative"));
    CHECK(m.s->edit(latvia, d).error.startsWith(name("Nothing to change")));

    // Now on behalf of the Baltic States: the priority tier, after Estonia.
    d.onBehalfOf = name("the Baltic States");
    d.groupSize = 3;
    d.category.reset();
    REQUIRE_DONE(m.s->edit(latvia, d));
    CHECK(m.s->list().find(latvia)->category == Category::Group);
    CHECK(m.s->list().positionOf(latvia) == 5);
    // The e-mail had come before the deadline: no longer late, and ahead of Estonia.
    d.inscribedAtMs = newYork(22, 10, 0);
    REQUIRE_DONE(m.s->edit(latvia, d));
    CHECK_FALSE(m.s->list().find(latvia)->late);
    CHECK(delegationsInOrder(*m.s) ==
          names({"Ecuador", "Japan", "France", "Latvia", "Estonia", "Peru", "Kenya", "Holy See"}));
    // A correction that would make a duplicate is refused.
    inscribe(*m.s, name("Latvia"));
    EntryDraft clash = EntryDraft::fromEntry(*m.s->list().find(latvia));
    clash.onBehalfOf.clear();
    clash.groupSize = 0;
    clash.category.reset();
    CHECK(m.s->edit(latvia, clash)
              .error.contains(name("already inscribed in its national capacity")));
}

TEST_CASE("Withdrawal and removal take a waiting speaker off the list", "[inscription]")
{
    SmallList m;
    const qint64 peru = idOf(*m.s, name("Peru"));
    REQUIRE_DONE(m.s->withdraw(peru));
    CHECK(m.s->list().find(peru)->status == Status::Withdrawn);
    CHECK(m.s->list().positionOf(peru) == 0);
    CHECK(m.s->withdraw(peru).error ==
          name("Only a waiting speaker can withdraw; Peru has withdrawn."));
    const qint64 kenya = idOf(*m.s, name("Kenya"));
    REQUIRE_DONE(m.s->remove(kenya));
    CHECK(m.s->list().find(kenya) == nullptr);
    CHECK(m.s->remove(kenya).error == name("There is no entry #%1.").arg(kenya));
    CHECK(delegationsInOrder(*m.s) ==
          names({"Ecuador", "Japan", "France", "Estonia", "Latvia", "Holy See"}));
    REQUIRE_DONE(m.s->start());
    CHECK(m.s->remove(idOf(*m.s, name("Ecuador"))).error.contains(name("is speaking")));
    // A removed entry's id is never given to a new one.
    CHECK(inscribe(*m.s, name("Togo")) > kenya);
}
