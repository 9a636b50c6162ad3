// A meeting file of format 1 (tests/fixtures/meeting-v1.rostrum, written by the core before the
// deadline became an instant) opens, migrates, and keeps its deadline, its schedule, and the
// undo of the settings change in its journal, whose column maps hold the old local text.

#include "filehelpers.h"
#include "store/schema.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QString meetingColumn(const QString &path, const char *column)
{
    const QString connection = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(name("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(name("SELECT ") + QLatin1String(column) + name(" FROM meeting")));
        REQUIRE(q.next());
        value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

QString copyOfFixture(const TempMeeting &tm)
{
    const QString path = tm.path(name("old.rostrum"));
    REQUIRE(QFile::copy(name(ROSTRUM_SOURCE_DIR "/tests/fixtures/meeting-v1.rostrum"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}
} // namespace

TEST_CASE("A file of format 1 migrates with its deadline and schedule as they were",
          "[store][migration]")
{
    TempMeeting tm;
    const QString path = copyOfFixture(tm);
    REQUIRE(pragma(path, name("user_version")).toInt() == 1);
    QString error;
    auto s = MeetingSession::open(path, tm.clock, name("test"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    CHECK(pragma(path, name("user_version")).toInt() == Schema::kCurrentVersion);
    // 18:00 on 5 November in New York, still daylight time; the meeting on the 8th is not.
    CHECK(s->meeting().deadlineUtcMs() == utc("2027-11-05T22:00:00Z"));
    CHECK(s->meeting().scheduledStartUtcMs() == utc("2027-11-08T14:30:00Z"));
    CHECK(s->meeting().scheduledEndUtcMs() == utc("2027-11-08T17:30:00Z"));
    CHECK(meetingColumn(path, "deadline") == name("2027-11-05T18:00:00-04:00"));
    CHECK(meetingColumn(path, "scheduled_start") == name("09:30:00"));
    CHECK(meetingColumn(path, "scheduled_end") == name("12:30:00"));
    CHECK_FALSE(entryOf(s->list(), name("Ghana"))->late);
    s.reset();
    // Opening again finds nothing more to do.
    auto again = MeetingSession::open(path, tm.clock, name("test"), &error);
    REQUIRE(again);
    CHECK(again->meeting().deadlineUtcMs() == utc("2027-11-05T22:00:00Z"));
}

TEST_CASE("Undo and redo of a settings change journaled in format 1 work after the migration",
          "[store][migration][undo]")
{
    TempMeeting tm;
    const QString path = copyOfFixture(tm);
    QString error;
    auto s = MeetingSession::open(path, tm.clock, name("test"), &error);
    REQUIRE(s);
    REQUIRE_DONE(s->undo());
    CHECK(s->meeting().deadlineUtcMs() == utc("2027-11-05T20:00:00Z"));
    CHECK(s->meeting().scheduledStart == QTime(9, 0));
    CHECK(s->meeting().scheduledStartUtcMs() == utc("2027-11-08T14:00:00Z"));
    CHECK(entryOf(s->list(), name("Ghana"))->late);
    CHECK(meetingColumn(path, "deadline") == name("2027-11-05T16:00:00-04:00"));
    s.reset();

    auto reopened = MeetingSession::open(path, tm.clock, name("test"), &error);
    REQUIRE(reopened);
    CHECK(reopened->meeting().deadlineUtcMs() == utc("2027-11-05T20:00:00Z"));
    REQUIRE_DONE(reopened->redo());
    CHECK(reopened->meeting().deadlineUtcMs() == utc("2027-11-05T22:00:00Z"));
    CHECK(reopened->meeting().scheduledStart == QTime(9, 30));
    CHECK_FALSE(entryOf(reopened->list(), name("Ghana"))->late);
    CHECK(meetingColumn(path, "deadline") == name("2027-11-05T18:00:00-04:00"));
    CHECK(meetingColumn(path, "scheduled_start") == name("09:30:00"));
}
