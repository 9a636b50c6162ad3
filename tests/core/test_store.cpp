// The meeting file: how it is created, which files are refused (and left untouched), and
// what survives a crash.

#include "filehelpers.h"
#include "store/meetingfilestore.h"
#include "store/schema.h"
#include "tempmeeting.h"

#include <QRandomGenerator>
#include <QSqlRecord>
#include <algorithm>
#include <csignal>
#include <sys/wait.h>

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

} // namespace

TEST_CASE("A new meeting file is private, in WAL mode, at the current schema version", "[store]")
{
    TempMeeting tm;
    const mode_t oldMask = ::umask(0); // even a careless umask must not expose personal names
    auto s = tm.createDemo();
    ::umask(oldMask);

    CHECK(permissionsOf(tm.path()) == 0600);
    REQUIRE(QFileInfo::exists(tm.path() + name("-wal")));
    CHECK(permissionsOf(tm.path() + name("-wal")) == 0600);
    CHECK(permissionsOf(tm.path() + name("-shm")) == 0600);
    CHECK(pragma(tm.path(), name("journal_mode")).toString() == name("wal"));
    CHECK(pragma(tm.path(), name("user_version")).toInt() == Schema::kCurrentVersion);
    CHECK(pragma(tm.path(), name("application_id")).toInt() == Schema::kApplicationId);
    // The header on disk says WAL too (read and write versions 2), so that a crash cannot
    // leave a file that opens in another journal mode.
    QFile f(tm.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    CHECK(header.mid(0, 16) == QByteArray("SQLite format 3\0", 16));
    CHECK(int(header[18]) == 2);
    CHECK(int(header[19]) == 2);

    // Never over an existing file.
    QString error;
    const FileState before = stateOf(tm.path());
    CHECK(MeetingSession::create(tm.path(), DemoMeeting::meeting(), tm.clock, name("test"),
                                 &error) == nullptr);
    CHECK(error.contains(name("already exists")));
    CHECK(stateOf(tm.path()) == before);
}

TEST_CASE("A file from a newer Rostrum is refused and left exactly as it was", "[store]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    const QString newer = tm.path(name("newer.rostrum"));
    REQUIRE(QFile::copy(tm.path(), newer));
    runSql(newer, {name("PRAGMA user_version = 99")});
    REQUIRE_FALSE(QFileInfo::exists(newer + name("-wal")));
    const FileState before = stateOf(newer);

    const QString error = openError(tm, newer);
    CHECK(error.contains(name("was written by a newer version of Rostrum (file format 99; this "
                              "version reads up to %1). Open it with a newer Rostrum.")
                             .arg(Schema::kCurrentVersion)));
    CHECK(stateOf(newer) == before);

    // The migration refuses it too, should a file get past the header check.
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(newer);
        REQUIRE(db.open());
        QString why;
        CHECK_FALSE(Schema::migrate(db, &why));
        CHECK(why.contains(name("newer version of Rostrum (file format 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

TEST_CASE("Files that are not Rostrum meetings are refused with a reason and left untouched",
          "[store]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    QString path;
    QString expected;

    SECTION("another application's SQLite database")
    {
        path = tm.path(name("notes.sqlite"));
        runSql(path, {name("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)"),
                      name("INSERT INTO note (text) VALUES ('buy milk')")});
        expected = name("is an SQLite database of another application, not a Rostrum meeting");
    }
    SECTION("a text file")
    {
        path = tm.path(name("agenda.txt"));
        writeFile(path, QByteArray("Provisional agenda\n1. Adoption of the agenda\n").repeated(10));
        expected = name("is not a Rostrum meeting file (it is not an SQLite database)");
    }
    SECTION("an empty file")
    {
        path = tm.path(name("empty.rostrum"));
        writeFile(path, {});
        expected = name("is empty (0 bytes), so it is not a Rostrum meeting file");
    }
    SECTION("random bytes")
    {
        path = tm.path(name("noise.rostrum"));
        QRandomGenerator random(20230525);
        QByteArray bytes(8192, '\0');
        for (char &c : bytes)
            c = char(random.bounded(256));
        writeFile(path, bytes);
        expected = name("is not a Rostrum meeting file (it is not an SQLite database)");
    }
    SECTION("a meeting cut short")
    {
        path = tm.path(name("cut.rostrum"));
        QFile whole(tm.path());
        REQUIRE(whole.open(QIODevice::ReadOnly));
        writeFile(path, whole.read(5000));
        expected = name("is damaged: it is cut short or corrupted");
    }
    SECTION("a folder")
    {
        path = tm.path(name("folder.rostrum"));
        REQUIRE(QDir().mkpath(path));
        expected = name("is not a file");
    }
    SECTION("nothing at all")
    {
        path = tm.path(name("missing.rostrum"));
        expected = name("There is no file at");
    }

    const FileState before = stateOf(path);
    const QString error = openError(tm, path);
    INFO(error.toStdString());
    CHECK(error.contains(expected));
    CHECK(error.contains(path));
    CHECK(stateOf(path) == before);
}

TEST_CASE("A read-only meeting file or folder is refused with a message that says so", "[store]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    REQUIRE_FALSE(QFileInfo::exists(tm.path() + name("-wal")));
    const FileState before = stateOf(tm.path());

    SECTION("the file")
    {
        ReadOnly readOnly({tm.path()});
        REQUIRE_READ_ONLY_POSSIBLE(readOnly);
        const QString error = openError(tm, tm.path());
        CHECK(error.contains(name("is read-only")));
        CHECK(error.contains(name("Make the file writable, or copy it")));
        readOnly.release();
        CHECK(stateOf(tm.path()) == before);
    }
    SECTION("the folder")
    {
        const QString folder = QFileInfo(tm.path()).absolutePath();
        ReadOnly readOnly({folder});
        REQUIRE_READ_ONLY_POSSIBLE(readOnly);
        const QString error = openError(tm, tm.path());
        CHECK(error.contains(name("The folder of %1 is read-only").arg(tm.path())));
        readOnly.release();
        CHECK(stateOf(tm.path()) == before);
    }
    // Once writable again it opens as before.
    CHECK(tm.reopen()->list().entries().size() == 45);
}

TEST_CASE("A meeting killed before its first checkpoint opens with every act", "[store]")
{
    // The file is created, filled and its process killed (-9) at once: the acts are only in
    // the WAL, and the file's own header still says version 0.
    TempMeeting tm;
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        QString error;
        auto s = MeetingSession::create(tm.path(), DemoMeeting::meeting(), tm.clock, name("test"),
                                        &error);
        bool ok = bool(s);
        for (const char *d : {"Japan", "Latvia", "Peru"})
            ok = ok && s->add(draftFor(name(d))).ok;
        ok = ok && s->start().ok;
        if (!ok)
            ::_exit(1);
        ::kill(::getpid(), SIGKILL);
        ::_exit(2);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(QFileInfo::exists(tm.path() + name("-wal")));

    tm.clock.advance(45'000);
    auto s = tm.reopen();
    CHECK(delegationsInOrder(*s) == QStringList{name("Latvia"), name("Peru")});
    CHECK(currentDelegation(*s) == name("Japan"));
    CHECK(s->currentReading().remainingMs == 135'000);
    CHECK(s->journal().size() == 4);
    CHECK(pragma(tm.path(), name("user_version")).toInt() == Schema::kCurrentVersion);
}

TEST_CASE("SQLite errors are told in plain words", "[store]")
{
    const QString text = name("details");
    CHECK(describeSqlError(name("13"), text) == name("the disk is full (details)"));
    CHECK(
        describeSqlError(name("8"), text).startsWith(name("the file or its folder is read-only")));
    CHECK(describeSqlError(name("1032"), text).contains(name("read-only"))); // READONLY_DBMOVED
    CHECK(describeSqlError(name("5"), text).contains(name("another program is holding")));
    CHECK(describeSqlError(name("517"), text).contains(name("another program is holding")));
    CHECK(describeSqlError(name("778"), text).contains(name("could not be written or read")));
    CHECK(describeSqlError(name("11"), text).startsWith(name("the file is damaged")));
    CHECK(describeSqlError(name("26"), text).startsWith(name("the file is damaged")));
    CHECK(describeSqlError(name("14"), text).startsWith(name("the file cannot be opened")));
    CHECK(describeSqlError(name("19"), text) == text);
    CHECK(describeSqlError({}, text) == text);
}

namespace {

// Copies a meeting file into a new one whose text encoding is UTF-16, table by table, as a
// database tool could; Rostrum itself always writes UTF-8.
void copyAsUtf16(const QString &from, const QString &to)
{
    const QString source = QUuid::createUuid().toString();
    const QString target = QUuid::createUuid().toString();
    {
        QSqlDatabase in = QSqlDatabase::addDatabase(name("QSQLITE"), source);
        in.setDatabaseName(from);
        REQUIRE(in.open());
        QSqlDatabase out = QSqlDatabase::addDatabase(name("QSQLITE"), target);
        out.setDatabaseName(to);
        REQUIRE(out.open());
        QSqlQuery read(in);
        QSqlQuery write(out);
        REQUIRE(write.exec(name("PRAGMA encoding = 'UTF-16le'")));
        for (const char *p : {"application_id", "user_version"}) {
            REQUIRE(read.exec(name("PRAGMA %1").arg(name(p))));
            REQUIRE(read.next());
            REQUIRE(write.exec(name("PRAGMA %1 = %2").arg(name(p), read.value(0).toString())));
        }
        REQUIRE(read.exec(name("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                               "name NOT LIKE 'sqlite_%'")));
        QStringList tables;
        while (read.next()) {
            tables.append(read.value(0).toString());
            REQUIRE(write.exec(read.value(1).toString()));
        }
        for (const QString &table : tables) {
            REQUIRE(read.exec(name("SELECT * FROM ") + table));
            while (read.next()) {
                const QSqlRecord row = read.record();
                QStringList marks;
                for (int i = 0; i < row.count(); ++i)
                    marks.append(name("?"));
                REQUIRE(write.prepare(
                    name("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(QLatin1Char(',')))));
                for (int i = 0; i < row.count(); ++i)
                    write.addBindValue(row.value(i));
                REQUIRE(write.exec());
            }
        }
        REQUIRE(pragma(to, name("encoding")).toString() == name("UTF-16le"));
    }
    QSqlDatabase::removeDatabase(source);
    QSqlDatabase::removeDatabase(target);
}

QVector<Entry> entriesById(const MeetingSession &s)
{
    QVector<Entry> all;
    for (const Entry &e : s.list().entries())
        all.append(e);
    std::sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) { return a.id < b.id; });
    return all;
}

} // namespace

TEST_CASE("Every field of every entry reads back after a reopen, in every script, also from a "
          "file another tool converted to UTF-16",
          "[store]")
{
    TempMeeting tm;
    QVector<Entry> before;
    {
        auto s = tm.createDemo();
        EntryDraft d = draftFor(name("Mongolia"));
        d.speaker = name("王毅");
        d.title = name("Ministre des affaires étrangères");
        d.onBehalfOf = name("Группа друзей");
        d.groupSize = 12;
        d.language = name("zh");
        d.level = Level::Minister;
        d.notes = name("«نص» with \"quotes\",\nand a second line");
        REQUIRE(s->add(d).ok);
        REQUIRE(s->start().ok);
        tm.clock.advance(61'000);
        REQUIRE(s->pause().ok);
        REQUIRE(s->addTime(30'000).ok);
        REQUIRE(s->withdraw(s->list().waiting().last().id).ok);
        before = entriesById(*s);
    }
    REQUIRE(before.size() > 10);

    auto reopened = tm.reopen();
    CHECK(entriesById(*reopened) == before);
    reopened.reset();

    copyAsUtf16(tm.path(), tm.path(name("utf16.rostrum")));
    auto converted = tm.reopen(name("utf16.rostrum"));
    REQUIRE(converted);
    CHECK(entriesById(*converted) == before);
}
