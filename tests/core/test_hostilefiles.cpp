// Hostile files, beyond those in test_store.cpp: a real meeting cut at many lengths, files that
// carry our application id without being meetings, and a newer meeting whose version is only in
// its -wal. Each is refused with a message that names the problem, and left as it was: same
// bytes, same mtime, and no -wal, -shm or -journal beside it.

#include "filehelpers.h"
#include "store/meetingfilestore.h"
#include "store/schema.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {

QString openError(TempMeeting &tm, const QString &path)
{
    QString error;
    auto s = MeetingSession::open(path, tm.clock, name("test"), &error);
    CHECK(s == nullptr);
    return error;
}

// Refused with these words, and not touched. The file is dated in the past first, so that a
// write of any kind would show in its mtime even within the same second.
void checkRefusedUntouched(TempMeeting &tm, const QString &path, const QString &expected)
{
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC),
                              QFileDevice::FileModificationTime));
    }
    const FileState before = stateOf(path);
    const QString error = openError(tm, path);
    INFO(path.toStdString());
    INFO(error.toStdString());
    CHECK(error.contains(expected));
    CHECK(error.contains(path));
    const FileState after = stateOf(path);
    CHECK(after.bytes == before.bytes);
    CHECK(after.mtimeNs == before.mtimeNs);
    CHECK(after.folder == before.folder);
}

// A demo meeting with a speech under way, closed so that everything is in the file itself.
QByteArray wholeMeeting(TempMeeting &tm)
{
    {
        auto s = tm.createDemo(name("whole.rostrum"));
        REQUIRE_DONE(s->start());
        tm.clock.advance(30'000);
        REQUIRE_DONE(s->next());
    }
    REQUIRE_FALSE(QFileInfo::exists(tm.path(name("whole.rostrum-wal"))));
    QFile f(tm.path(name("whole.rostrum")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

int pageSizeOf(const QByteArray &file)
{
    const int raw = (quint8(file[16]) << 8) | quint8(file[17]);
    return raw == 1 ? 65536 : raw;
}

} // namespace

TEST_CASE("A meeting file cut short at any length is refused as damaged and left alone",
          "[store][hostile]")
{
    TempMeeting tm;
    const QByteArray whole = wholeMeeting(tm);
    const int page = pageSizeOf(whole);
    REQUIRE(whole.size() >= 4 * page);

    // Inside the header, just after it, mid-page, and at page boundaries: the last pass the
    // size check and must be caught by SQLite's own reading, before anything is written.
    const QVector<int> lengths = {1,
                                  16,
                                  99,
                                  100,
                                  101,
                                  page / 2,
                                  page,
                                  page + 1,
                                  2 * page,
                                  3 * page,
                                  int(whole.size()) - page,
                                  int(whole.size()) - 1};
    for (const int length : lengths) {
        const QString path = tm.path(name("cut-%1.rostrum").arg(length));
        writeFile(path, whole.left(length));
        // Under a page the header is incomplete or the size cannot be a database's; from a page
        // on the file says how long it should be.
        checkRefusedUntouched(
            tm, path, length < 100 ? name("is not a Rostrum meeting file") : name("is damaged"));
    }
}

TEST_CASE("A file with our application id but no meeting in it is refused before any write",
          "[store][hostile]")
{
    TempMeeting tm;
    const QString path = tm.path(name("stray.rostrum"));
    const QString ourId = name("PRAGMA application_id = %1").arg(Schema::kApplicationId);
    QString expected = name("is damaged: it has no meeting in it");

    SECTION("a creation cut short: the id and nothing else")
    {
        runSql(path, {ourId, name("CREATE TABLE t (x)"), name("DROP TABLE t")});
    }
    SECTION("the id and the version, but another program's tables")
    {
        runSql(path, {ourId, name("PRAGMA user_version = 1"),
                      name("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)"),
                      name("INSERT INTO note (text) VALUES ('buy milk')")});
    }
    SECTION("the tables, but no meeting row")
    {
        TempMeeting source;
        source.createEmpty().reset();
        REQUIRE(QFile::copy(source.path(), path));
        runSql(path, {name("PRAGMA journal_mode = DELETE"), name("DELETE FROM meeting")});
    }
    SECTION("a meeting table that is not ours")
    {
        runSql(path,
               {ourId, name("PRAGMA user_version = 1"), name("CREATE TABLE meeting (agenda TEXT)"),
                name("CREATE TABLE entry (x)"), name("CREATE TABLE journal (x)"),
                name("INSERT INTO meeting VALUES ('1. Adoption of the agenda')")});
        expected = name("is damaged");
    }
    REQUIRE(pragma(path, name("journal_mode")).toString() == name("delete"));
    checkRefusedUntouched(tm, path, expected);
    // Still in its own journal mode: the WAL switch never ran on it.
    CHECK(pragma(path, name("journal_mode")).toString() == name("delete"));
}

TEST_CASE("A text file named like a meeting is refused and left alone", "[store][hostile]")
{
    TempMeeting tm;
    const QString path = tm.path(name("Arria 25 May.rostrum"));
    writeFile(path, "Speakers: Albania, United States, Ecuador, Estonia\n");
    checkRefusedUntouched(tm, path,
                          name("is not a Rostrum meeting file (it is not an SQLite database)"));
}

TEST_CASE("A meeting from a newer Rostrum is refused even when the version is still in the -wal",
          "[store][hostile]")
{
    // A newer Rostrum crashed before its first checkpoint: the file's own header still says
    // version 1, and the newer version is only in the -wal beside it.
    TempMeeting tm;
    tm.createEmpty().reset();
    const QString path = tm.path();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name("newer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(name("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(q.exec(name("PRAGMA user_version = 99")));
        q.finish();
        // Keep the -wal as a crash would: a copy taken while it is open, closed without a
        // checkpoint.
        REQUIRE(QFile::copy(path, tm.path(name("newer.rostrum"))));
        REQUIRE(QFile::copy(path + name("-wal"), tm.path(name("newer.rostrum-wal"))));
        db.close();
    }
    QSqlDatabase::removeDatabase(name("newer"));
    const QString newer = tm.path(name("newer.rostrum"));
    REQUIRE(QFileInfo::exists(newer + name("-wal")));
    const QString error = openError(tm, newer);
    INFO(error.toStdString());
    CHECK(error.contains(name("newer version of Rostrum (file format 99")));
    CHECK(pragma(newer, name("user_version")).toInt() == 99);
}
