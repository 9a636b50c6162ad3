// The heading of the meeting's documents is part of the meeting (issue 12, finding 13): a file of
// format 3, which did not store one, migrates to the heading it printed (the Arria-formula line
// when it has a council list); the heading goes through the file, undo and the documents; and the
// presets offered to a new meeting each fill it.

#include "filehelpers.h"
#include "meeting/meetingpreset.h"
#include "records/listexport.h"
#include "records/meetingheading.h"
#include "store/schema.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
const QString kArria = QStringLiteral("United Nations Security Council Arria-formula meeting");
const QString kPlenary = QStringLiteral("United Nations General Assembly plenary meeting");

QString copyOfV3Fixture(const TempMeeting &tm)
{
    const QString path = tm.path(QStringLiteral("v3.rostrum"));
    REQUIRE(
        QFile::copy(QStringLiteral(ROSTRUM_SOURCE_DIR "/tests/fixtures/meeting-v3.rostrum"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

QString storedHeading(const QString &path)
{
    const QString connection = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT heading FROM meeting")));
        REQUIRE(q.next());
        value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

QString htmlOf(const MeetingSession &s)
{
    return listOfSpeakersHtml(listOfSpeakers(s.list(), s.now()));
}
} // namespace

TEST_CASE("A file of format 3 migrates with the heading it printed", "[store][migration]")
{
    TempMeeting tm;
    const QString path = copyOfV3Fixture(tm);
    REQUIRE(pragma(path, QStringLiteral("user_version")).toInt() == 3);
    const bool withCouncil = GENERATE(true, false);
    if (!withCouncil)
        runSql(path, {QStringLiteral("UPDATE meeting SET council = '[]'")});
    QString error;
    auto s = MeetingSession::open(path, tm.clock, QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    CHECK(pragma(path, QStringLiteral("user_version")).toInt() == Schema::kCurrentVersion);
    CHECK(s->meeting().title == QStringLiteral("Fixture v3"));
    CHECK(entryOf(s->list(), QStringLiteral("Latvia")) != nullptr);
    if (withCouncil) {
        // Format 3 printed the Arria-formula line for a meeting with a council list.
        CHECK(s->meeting().heading == kArria);
        CHECK(storedHeading(path) == kArria);
        CHECK(MeetingHeading::of(s->meeting()).kind == kArria);
        CHECK(htmlOf(*s).contains(QStringLiteral("<p class=\"kind\">") + kArria));
    } else {
        CHECK(s->meeting().heading.isEmpty());
        CHECK(storedHeading(path).isEmpty());
        CHECK_FALSE(htmlOf(*s).contains(QStringLiteral("class=\"kind\"")));
    }
    s.reset();
    // The migrated file opens again as it is, and its schema is the one format 4 makes.
    auto again = MeetingSession::open(path, tm.clock, QStringLiteral("test"), &error);
    REQUIRE(again);
    CHECK(again->meeting().heading == (withCouncil ? kArria : QString()));
}

TEST_CASE("Undoing an act journaled in format 3 keeps the heading the file printed",
          "[store][migration][undo]")
{
    TempMeeting tm;
    const QString path = copyOfV3Fixture(tm);
    QString error;
    auto s = MeetingSession::open(path, tm.clock, QStringLiteral("test"), &error);
    REQUIRE(s);
    REQUIRE(s->meeting().listClosed);
    // The close-list act's image of the meeting has no heading column.
    REQUIRE_DONE(s->undo());
    CHECK_FALSE(s->meeting().listClosed);
    CHECK(s->meeting().heading == kArria);
    CHECK(storedHeading(path) == kArria);
    REQUIRE_DONE(s->redo());
    CHECK(s->meeting().listClosed);
    CHECK(s->meeting().heading == kArria);
}

TEST_CASE("The heading is saved with the meeting, and undo of a settings change restores it",
          "[store][undo]")
{
    TempMeeting tm;
    Meeting m = tm.createEmpty()->meeting();
    const QString path = tm.path(QStringLiteral("plenary.rostrum"));
    m.heading = kPlenary;
    QString error;
    auto s = MeetingSession::create(path, m, tm.clock, QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    CHECK(storedHeading(path) == kPlenary);
    s.reset();
    s = MeetingSession::open(path, tm.clock, QStringLiteral("test"), &error);
    REQUIRE(s);
    CHECK(s->meeting().heading == kPlenary);
    CHECK(MeetingHeading::of(s->meeting()).kind == kPlenary);
    // One document may name another kind; the meeting keeps its own.
    CHECK(MeetingHeading::of(s->meeting(), QStringLiteral("Informal briefing")).kind ==
          QStringLiteral("Informal briefing"));

    Meeting changed = s->meeting();
    changed.heading = QStringLiteral("Second Committee of the General Assembly");
    REQUIRE_DONE(s->setMeeting(changed));
    CHECK(htmlOf(*s).contains(QStringLiteral("Second Committee of the General Assembly")));
    CHECK_FALSE(htmlOf(*s).contains(kPlenary));
    REQUIRE_DONE(s->undo());
    CHECK(s->meeting().heading == kPlenary);
    s.reset();
    // Undo survives a restart, and so does the heading it brought back.
    s = MeetingSession::open(path, tm.clock, QStringLiteral("test"), &error);
    REQUIRE(s);
    CHECK(s->meeting().heading == kPlenary);
    REQUIRE_DONE(s->redo());
    CHECK(s->meeting().heading == QStringLiteral("Second Committee of the General Assembly"));

    // A heading is one line, checked like the title.
    Meeting broken = s->meeting();
    broken.heading = QStringLiteral("General\nAssembly");
    const auto refused = s->setMeeting(broken);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("heading")));
}

TEST_CASE("The presets a new meeting offers are whole and fill the order, limits and heading",
          "[meeting][presets]")
{
    const QList<MeetingPreset> &presets = MeetingPreset::builtIn();
    QStringList names;
    for (const MeetingPreset &p : presets) {
        INFO(p.key.toStdString());
        names.append(p.name);
        CHECK(p.tierOrder.size() == allTiers().size());
        CHECK_FALSE(p.why.isEmpty());
        CHECK(p.defaultLimitSeconds > 0);
    }
    CHECK(names == QStringList{QStringLiteral("Security Council, Arria-formula"),
                               QStringLiteral("Security Council, open debate"),
                               QStringLiteral("General Assembly plenary"),
                               QStringLiteral("Conference or committee"),
                               QStringLiteral("Model UN committee")});

    // The seed meeting's rules: the preset it was born from.
    REQUIRE(presets.size() == 5);
    CHECK(presets[0].heading == kArria);
    CHECK(presets[0].tierOrder == defaultTierOrder());
    CHECK(presets[0].defaultLimitSeconds == 180);

    Meeting m;
    m.title = QStringLiteral("Revitalization of the work of the General Assembly");
    m.council = {QStringLiteral("France")};
    const Meeting plenary = presets[2].appliedTo(m);
    CHECK(plenary.title == m.title);
    CHECK(plenary.council == m.council);
    CHECK(plenary.heading == kPlenary);
    CHECK(plenary.limitFor(Category::Member) == 300);
    CHECK(plenary.limitFor(Category::Group) == 420);
    // Groups speak before the Member States in the Assembly.
    CHECK(plenary.tierIndex(Tier::Priority) < plenary.tierIndex(Tier::Members));
    CHECK(presets[4].appliedTo(m).limitFor(Category::Member) == 90);
}

TEST_CASE("A preset that is not whole is refused with its reason", "[meeting][presets]")
{
    QString error;
    CHECK(MeetingPreset::fromJson(QStringLiteral("x"), "{", &error).key.isEmpty());
    CHECK_FALSE(error.isEmpty());
    const QByteArray missingTier =
        R"({"name":"X","heading":"","why":"","tier_order":["opening"],"default_limit":"3:00",
            "limits":{},"warning_s":30,"absent_rule":"end-of-tier"})";
    error.clear();
    CHECK(MeetingPreset::fromJson(QStringLiteral("x"), missingTier, &error).key.isEmpty());
    CHECK(error.contains(QStringLiteral("every tier")));
}
