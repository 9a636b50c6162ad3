// Importing inscriptions from a CSV file: every row checked first, then one act.

#include "corehelpers.h"
#include "import/inscriptionimport.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

InscriptionImport fileOf(const QString &csv)
{
    return InscriptionImport::fromBytes(csv.toUtf8(), QStringLiteral("inscriptions.csv"));
}

ImportReport importCsv(MeetingSession &s, const QString &csv, bool skipInvalid = false)
{
    return fileOf(csv).commit(s, skipInvalid);
}

ImportReport previewCsv(const MeetingSession &s, const QString &csv)
{
    return fileOf(csv).preview(s.list(), s.now());
}

const Entry &inscribed(const MeetingSession &s, const QString &delegation)
{
    const Entry *e = entryOf(s.list(), delegation);
    INFO(delegation.toStdString());
    REQUIRE(e);
    return *e;
}

// The list and the journal as the file holds them, to prove that nothing was written.
struct Snapshot
{
    QHash<qint64, Entry> entries;
    int journalSize = 0;
    bool operator==(const Snapshot &o) const = default;
};
Snapshot snapshot(TempMeeting &tm)
{
    auto s = tm.reopen();
    return {s->list().entries(), int(s->journal(100000).size())};
}
} // namespace

TEST_CASE("An import is one act: every row is inscribed, and one undo removes them all", "[import]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    const auto before = s->list().entries();
    const ImportReport r = importCsv(*s, u("delegation,speaker,title\n"
                                           "Latvia,Ilze Bērziņa,Permanent Representative\n"
                                           "Iceland,Jörundur Valtýsson,Ambassador\n"
                                           "Peru,Víctor Rocha,Permanent Representative\n"));
    INFO(r.commitError.toStdString());
    REQUIRE(r.committed);
    CHECK(r.acceptedCount() == 3);
    CHECK(r.lateCount() == 3); // the deadline was two days before
    CHECK(s->list().entries().size() == before.size() + 3);
    CHECK(inscribed(*s, u("Latvia")).speaker == u("Ilze Bērziņa"));
    CHECK(s->undoText() == u("3 inscription(s) imported from inscriptions.csv"));

    REQUIRE_DONE(s->undo());
    CHECK(s->list().entries() == before);
    REQUIRE_DONE(s->redo());
    CHECK(s->list().entries().size() == before.size() + 3);
    // And it is in the file, not only in memory.
    CHECK(tm.reopen()->list().entries() == s->list().entries());
}

TEST_CASE("Categories are inferred as a single inscription infers them", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const ImportReport r =
        importCsv(*s, u("delegation,category,on_behalf_of,group_size\n"
                        "Ecuador,,,\n"              // co-sponsor and Council member: Council
                        "Estonia,,,\n"              // co-sponsor
                        "Holy See,,,\n"             // observer State
                        "Latvia,,Baltic States,3\n" // for a group of three: the priority tier
                        "Latvia,,,\n"               // and once nationally
                        "Access Now,other,,\n"      // not in the directory: only as other
                        "US,organizer,,\n"));       // an alias, saved under the directory's name
    INFO(r.refusals().join(u("\n")).toStdString());
    REQUIRE(r.committed);
    CHECK_FALSE(r.rows[0].draft.category.has_value()); // left to inference, as add() does
    CHECK(inscribed(*s, u("Ecuador")).category == Category::Council);
    CHECK(inscribed(*s, u("Estonia")).category == Category::Cosponsor);
    CHECK(inscribed(*s, u("Holy See")).category == Category::Observer);
    CHECK(entryOf(s->list(), u("Latvia"), u("Baltic States"))->category == Category::Group);
    CHECK(inscribed(*s, u("Latvia")).category == Category::Member);
    CHECK(inscribed(*s, u("Access Now")).category == Category::Other);
    CHECK(inscribed(*s, u("United States")).category == Category::Organizer);
    CHECK(r.rows[3].entry.category == Category::Group); // the preview says what it will be
}

TEST_CASE("Every column is read: level, language, inscribed_at, limit, notes", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const ImportReport r = importCsv(
        *s, u("Notes,LIMIT,Inscribed_At,language,Level,Title,Speaker,Delegation\n"
              "\"call first\nthen wait\",2:30,2023-05-23 15:59,French,pr,Ambassadrice,A,Gabon\n"
              ",,2023-05-23T16:01:00-04:00,es,minister,,B,Peru\n"
              ",,2023-05-23T19:59:59Z,zh,,,C,Singapore\n"));
    INFO(r.refusals().join(u("\n")).toStdString());
    REQUIRE(r.committed);
    const Entry &gabon = inscribed(*s, u("Gabon"));
    CHECK(gabon.notes == u("call first\nthen wait"));
    CHECK(gabon.allottedMs == 150'000);
    CHECK(gabon.language == u("fr"));
    CHECK(gabon.level == Level::PermanentRepresentative);
    CHECK(gabon.inscribedAtMs == newYork(23, 15, 59)); // the meeting's zone when none is given
    CHECK_FALSE(gabon.late);
    const Entry &peru = inscribed(*s, u("Peru"));
    CHECK(peru.inscribedAtMs == newYork(23, 16, 1));
    CHECK(peru.late);
    CHECK(peru.level == Level::Minister);
    CHECK(peru.allottedMs == 180'000);
    CHECK(inscribed(*s, u("Singapore")).inscribedAtMs == newYork(23, 15, 59, 59));
    CHECK(r.lateCount() == 1);
}

TEST_CASE("Names in the scripts of the six UN languages round-trip exactly", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const ImportReport r = importCsv(*s, u("delegation,speaker,title,language\n"
                                           "Egypt,أحمد عبد الله,المندوب الدائم,ar\n"
                                           "China,张军,常驻联合国代表,zh\n"
                                           "Russian Federation,Василий Небензя,"
                                           "Постоянный представитель,ru\n"
                                           "Côte d’Ivoire,Kacou Houadja Léon Adom,"
                                           "Représentant permanent,fr\n"));
    INFO(r.refusals().join(u("\n")).toStdString());
    REQUIRE(r.committed);
    auto again = tm.reopen();
    CHECK(inscribed(*again, u("Egypt")).speaker == u("أحمد عبد الله"));
    CHECK(inscribed(*again, u("Egypt")).title == u("المندوب الدائم"));
    CHECK(inscribed(*again, u("China")).speaker == u("张军"));
    CHECK(inscribed(*again, u("China")).title == u("常驻联合国代表"));
    CHECK(inscribed(*again, u("Russian Federation")).speaker == u("Василий Небензя"));
    CHECK(inscribed(*again, u("Russian Federation")).title == u("Постоянный представитель"));
    CHECK(r.rows[3].entry.speaker == u("Kacou Houadja Léon Adom"));
}

TEST_CASE("Each refused row is reported as line N with the value at fault", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const ImportReport r =
        previewCsv(*s, u("delegation,speaker,category,level,language,limit,group_size,on_behalf_of,"
                         "inscribed_at\n"
                         "Latvia,,speaker,,,,,,\n"         // 2
                         "Lithuania,,,king,,,,,\n"         // 3
                         "Poland,\"Andrzej\n"              // 4: the record starts here...
                         "Duda\",,,Polish,,,,\n"           // ...and ends here
                         "Peru,,,,,3 minutes,,,\n"         // 6
                         "Chile,,,,,,three,Group,\n"       // 7
                         "Spain,,,,,,,,23/05/2023 16:00\n" // 8
                         "Atlantis,,,,,,,,\n"              // 9
                         "Iceland,,,,,,,,\n"               // 10: accepted
                         "Norway,,,,\n"));                 // 11: too few fields
    const QStringList refusals = r.refusals();
    INFO(refusals.join(u("\n")).toStdString());
    REQUIRE(refusals.size() == 8);
    CHECK(refusals[0].startsWith(u("line 2: “speaker” is not a category.")));
    CHECK(refusals[1].startsWith(u("line 3: “king” is not a level.")));
    CHECK(refusals[2].startsWith(u("line 4: “Polish” is not one of the six UN languages.")));
    CHECK(refusals[3].startsWith(u("line 6: “3 minutes” is not a time limit.")));
    CHECK(refusals[4].startsWith(u("line 7: “three” is not a group size.")));
    CHECK(refusals[5].startsWith(u("line 8: “23/05/2023 16:00” is not a date and time.")));
    // The directory's message, with the closest names.
    CHECK(refusals[6].startsWith(u("line 9: “Atlantis” is not in the directory")));
    CHECK(refusals[6].contains(u("Did you mean")));
    CHECK(refusals[7] == u("line 11: This row has 5 fields but the header has 9 columns. A "
                           "value that holds the delimiter must be in quotes."));
    CHECK(r.acceptedCount() == 1);
}

TEST_CASE("One refused row means nothing is imported, --skip-invalid imports the others",
          "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const QString csv = u("delegation,language\nLatvia,en\nAtlantis,en\nPeru,xx\nChile,es\n");
    const Snapshot before = snapshot(tm);

    const ImportReport refused = importCsv(*s, csv);
    CHECK_FALSE(refused.committed);
    CHECK(refused.refusals().size() == 2);
    CHECK(refused.commitError == u("2 row(s) refused; nothing was imported."));
    CHECK(s->list().entries().isEmpty());
    CHECK(snapshot(tm) == before);

    const ImportReport skipped = importCsv(*s, csv, true);
    REQUIRE(skipped.committed);
    CHECK(skipped.acceptedCount() == 2);
    CHECK(skipped.refusals() ==
          QStringList{skipped.refusals()[0], u("line 4: “xx” is not one of the six UN languages. "
                                               "Use ar, zh, en, fr, ru, es.")});
    CHECK(skipped.refusals()[0].startsWith(u("line 3: ")));
    CHECK(delegationsInOrder(*s) == QStringList{u("Latvia"), u("Chile")});
    REQUIRE_DONE(s->undo());
    CHECK(s->list().entries().isEmpty());
}

TEST_CASE("A dry run reports and never writes", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const Snapshot before = snapshot(tm);
    const ImportReport r = previewCsv(*s, u("delegation\nLatvia\nPeru\n"));
    CHECK(r.acceptedCount() == 2);
    CHECK_FALSE(r.committed);
    CHECK(s->list().entries().isEmpty());
    CHECK(snapshot(tm) == before);
}

TEST_CASE("Duplicates within the file name both lines, against the list, the entry", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, u("Japan"));
    const ImportReport r = previewCsv(
        *s, u("delegation,speaker,category,on_behalf_of,group_size\n"
              "Estonia,A,,,\n"                                           // 2
              "Latvia,,,Baltic States,3\n"                               // 3
              "Stanford Cyber Policy Center,M. Schaake,briefer,,\n"      // 4
              "Japan,,,,\n"                                              // 5
              "estonia,B,,,\n"                                           // 6
              "Latvia,,,baltic states,3\n"                               // 7
              "Stanford Cyber Policy Center,m. schaake,briefer,,\n"      // 8
              "Stanford Cyber Policy Center,Other Person,briefer,,\n")); // 9: another person
    const QStringList refusals = r.refusals();
    INFO(refusals.join(u("\n")).toStdString());
    REQUIRE(refusals.size() == 4);
    CHECK(refusals[0].startsWith(u("line 5: Japan is already inscribed in its national "
                                   "capacity (entry #1")));
    CHECK(refusals[1] == u("line 6: Estonia is inscribed twice in this file in its national "
                           "capacity (also line 2)."));
    CHECK(refusals[2] == u("line 7: Latvia is inscribed twice in this file on behalf of "
                           "baltic states (also line 3)."));
    CHECK(refusals[3] == u("line 8: Stanford Cyber Policy Center (m. schaake) is inscribed "
                           "twice in this file (also line 4)."));
}

TEST_CASE("A closed list refuses every row", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    REQUIRE_DONE(s->setListClosed(true));
    const ImportReport r = importCsv(*s, u("delegation\nLatvia\nPeru\n"), true);
    CHECK_FALSE(r.committed);
    CHECK(r.refusedCount() == 2);
    CHECK(r.refusals()[0].startsWith(u("line 2: The list of speakers is closed.")));
}
