// Rules 1 and 2: tiers, categories, time of inscription and the deadline.

#include "corehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("The seed meeting's inscriptions fall into the tiers of the rules", "[ordering]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    CHECK(delegationsInOrder(*session) ==
          names({// the chair's and organizers' opening
                 "Albania", "United States",
                 // briefers
                 "UN Office for Disarmament Affairs", "Stanford Cyber Policy Center",
                 "UN Institute for Disarmament Research",
                 // Council members, by time of inscription; Ecuador, also a co-sponsor, first
                 "Ecuador", "United Kingdom", "Japan", "France", "Switzerland", "Malta", "China",
                 "Russian Federation", "United Arab Emirates", "Brazil", "Ghana", "Gabon",
                 "Mozambique",
                 // co-sponsors and statements for groups of two or more
                 "Estonia", "European Union", "Denmark",
                 // other Member States, on time, then late
                 "Germany", "Netherlands (Kingdom of the)", "Canada", "Australia", "Italy",
                 "Poland", "Ukraine", "Czechia", "Singapore", "India", "Egypt", "Mexico",
                 "Republic of Korea", "Costa Rica", "Kenya", "Israel", "Iran (Islamic Republic of)",
                 "Argentina", "Lithuania", "Chile", "Nigeria",
                 // observers, then others
                 "Holy See", "State of Palestine", "Access Now"}));

    const SpeakersList &list = session->list();
    CHECK(entryOf(list, name("Albania"))->category == Category::Organizer);
    CHECK(entryOf(list, name("Ecuador"))->category == Category::Council);
    CHECK(entryOf(list, name("Estonia"))->category == Category::Cosponsor);
    CHECK(entryOf(list, name("Denmark"), name("the Nordic countries"))->category ==
          Category::Group);
    CHECK(entryOf(list, name("Holy See"))->category == Category::Observer);
    CHECK(entryOf(list, name("Access Now"))->category == Category::Other);
    QStringList late;
    for (const Entry &e : list.waiting()) {
        if (e.late)
            late.append(e.delegation);
    }
    // The deadline was 23 May, 4 p.m.: Iran (9 a.m. that day) was on time, Argentina was not.
    CHECK(late == names({"Argentina", "Lithuania", "Chile", "Nigeria"}));
}

TEST_CASE("A delegation's category is inferred from the meeting and the directory, keeping the "
          "highest tier",
          "[ordering]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    const SpeakersList &list = session->list();
    auto infer = [&](const EntryDraft &d) { return list.inferCategory(d, nullptr); };

    CHECK(infer(draftFor(name("Albania"))) == Category::Organizer); // organizer and Council member
    CHECK(infer(draftFor(name("United States"))) == Category::Organizer);
    CHECK(infer(draftFor(name("Ecuador"))) == Category::Council); // Council member and co-sponsor
    CHECK(infer(draftFor(name("Japan"))) == Category::Council);
    CHECK(infer(draftFor(name("Estonia"))) == Category::Cosponsor);
    CHECK(infer(draftFor(name("Latvia"))) == Category::Member);
    CHECK(infer(draftFor(name("Holy See"))) == Category::Observer);
    CHECK(infer(draftFor(name("European Union"))) == Category::Observer);
    // A statement for a group of two or more is in the priority tier...
    CHECK(infer(onBehalfOf(name("Latvia"), name("the Baltic States"), 3)) == Category::Group);
    CHECK(infer(onBehalfOf(name("European Union"), name("the EU and its member States"), 28)) ==
          Category::Group);
    // ...a "group" of one is a national statement...
    CHECK(infer(onBehalfOf(name("Latvia"), name("itself"), 1)) == Category::Member);
    // ...and a Council member speaking for a group still speaks among the Council members.
    CHECK(infer(onBehalfOf(name("Japan"), name("a cross-regional group"), 12)) ==
          Category::Council);
    // Names are matched as the directory matches them: case, accents, aliases.
    CHECK(infer(draftFor(name("ecuador"))) == Category::Council);
    CHECK(infer(draftFor(name("UK"))) == Category::Council);
    CHECK(infer(draftFor(name("US"))) == Category::Organizer);
    CHECK(infer(draftFor(name("Russia"))) == Category::Council);

    QString why;
    CHECK_FALSE(list.inferCategory(draftFor(name("Atlantis")), &why));
    CHECK(why.contains(name("“Atlantis” is not in the directory")));

    // An explicit "group" of one goes among the Member States, by inscription time.
    EntryDraft solo = onBehalfOf(name("Peru"), name("itself"), 1);
    solo.category = Category::Group;
    inscribe(*session, name("Latvia"));
    REQUIRE_DONE(session->add(solo));
    inscribe(*session, name("Japan"));
    CHECK(delegationsInOrder(*session) == names({"Japan", "Latvia", "Peru"}));
    CHECK(tierOf(Category::Group, 1) == Tier::Members);
    CHECK(tierOf(Category::Group, 2) == Tier::Priority);
    CHECK(tierOf(Category::Cosponsor, 0) == Tier::Priority);
}

TEST_CASE("Within a tier speakers go by time of inscription, late ones after the on-time ones",
          "[ordering]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    // Inscriptions typed in from the mailbox in a different order from their arrival.
    REQUIRE_DONE(session->add(inscribedAt(name("Kenya"), newYork(22, 12, 0))));
    REQUIRE_DONE(session->add(inscribedAt(name("Latvia"), newYork(23, 16, 1)))); // one minute late
    REQUIRE_DONE(session->add(inscribedAt(name("Germany"), newYork(17, 11, 0))));
    REQUIRE_DONE(session->add(inscribedAt(name("Peru"), newYork(23, 16, 0)))); // on the deadline
    REQUIRE_DONE(session->add(inscribedAt(name("Chile"), newYork(23, 17, 30))));
    REQUIRE_DONE(
        session->add(inscribedAt(name("Brazil"), newYork(24, 9, 0)))); // a late Council member
    REQUIRE_DONE(session->add(inscribedAt(name("Japan"), newYork(18, 9, 0))));
    REQUIRE_DONE(session->add(inscribedAt(name("Holy See"), newYork(16, 9, 0))));
    // A late inscription earlier in the day than an on-time one of another day still waits.
    REQUIRE_DONE(session->add(inscribedAt(name("Togo"), newYork(23, 15, 59))));

    CHECK(delegationsInOrder(*session) == names({"Japan", "Brazil", "Germany", "Kenya", "Togo",
                                                 "Peru", "Latvia", "Chile", "Holy See"}));
    const SpeakersList &list = session->list();
    CHECK_FALSE(entryOf(list, name("Peru"))->late);
    CHECK(entryOf(list, name("Latvia"))->late);
    CHECK(entryOf(list, name("Brazil"))->late);
    // Inscribed now, on the day of the meeting: late.
    const qint64 id = inscribe(*session, name("Mali"));
    CHECK(list.find(id)->late);
    CHECK(list.find(id)->inscribedAtMs == tm.clock.utcMs());
    CHECK(delegationsInOrder(*session).indexOf(name("Mali")) == 8);
}

TEST_CASE("A changed deadline or tier order re-sorts the waiting list in the same act",
          "[ordering]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    const qint64 argentina = idOf(*session, name("Argentina"));
    REQUIRE(session->list().find(argentina)->late);
    const qint64 holySee = idOf(*session, name("Holy See"));
    REQUIRE_DONE(session->move(holySee, 1)); // by hand: stays where it was put
    const QStringList before = delegationsInOrder(*session);

    // The secretariat finds that the deadline was 6 p.m., not 4 p.m.
    Meeting m = session->meeting();
    m.deadline = m.deadline.addSecs(2 * 3600);
    REQUIRE_DONE(session->setMeeting(m));
    CHECK_FALSE(session->list().find(argentina)->late);
    CHECK(session->list().find(idOf(*session, name("Lithuania")))->late);
    QStringList order = delegationsInOrder(*session);
    // Argentina (23 May, 17:30) is now on time, after Iran (9:00 that day).
    CHECK(order.indexOf(name("Argentina")) ==
          order.indexOf(name("Iran (Islamic Republic of)")) + 1);
    CHECK(order.indexOf(name("Lithuania")) == order.indexOf(name("Argentina")) + 1);
    CHECK(order.first() == name("Holy See"));

    // Observers before the Member States, by the meeting's own rules.
    m = session->meeting();
    m.tierOrder = {Tier::Opening,   Tier::Briefers, Tier::Council, Tier::Priority,
                   Tier::Observers, Tier::Members,  Tier::Others};
    REQUIRE_DONE(session->setMeeting(m));
    order = delegationsInOrder(*session);
    CHECK(order.first() == name("Holy See"));
    CHECK(order.indexOf(name("State of Palestine")) == order.indexOf(name("Denmark")) + 1);
    CHECK(order.indexOf(name("Germany")) == order.indexOf(name("State of Palestine")) + 1);

    // Each settings change is one act: two undos give back the list as it was.
    REQUIRE_DONE(session->undo());
    REQUIRE_DONE(session->undo());
    CHECK(delegationsInOrder(*session) == before);
    CHECK(session->list().find(argentina)->late);
}
