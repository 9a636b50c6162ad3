// What a second party can do to a meeting file while a console has it open, or before it opens
// it: copy another meeting, or an older copy of this one, over it in place; plant a trigger or
// a view in it; write rows that break the rules of the list; open it in another console. None
// of it may cost an act or be obeyed unseen.

#include "filehelpers.h"
#include "list/listinvariants.h"
#include "session/actor.h"
#include "tempmeeting.h"

#include <QEventLoop>
#include <QProcess>
#include <QSysInfo>
#include <QTimer>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// As a user does it, in another process: the same inode, other bytes.
void copyInPlace(const QString &from, const QString &to)
{
    REQUIRE(QProcess::execute(name("cp"), {from, to}) == 0);
}

// Lets the session's idle checkpoint run: the main file then holds every act.
void letTheConsoleRest()
{
    QEventLoop wait;
    QTimer::singleShot(1'300, &wait, &QEventLoop::quit);
    wait.exec();
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Another meeting copied over the open file in place is noticed before the next act",
          "[secondparty]")
{
    TempMeeting tm;
    TempMeeting other;
    other.createEmpty().reset(); // closed: the whole meeting in its one file
    auto s = tm.createDemo();
    REQUIRE_DONE(s->start());
    const bool console = GENERATE(false, true);
    s->setKeepWorkingWhenSaveFails(console);
    letTheConsoleRest();

    copyInPlace(other.path(), tm.path());
    const QByteArray copied = bytesOf(tm.path());
    const auto r = s->next();
    const QString expected = name("another meeting file (another meeting, or a backup) has been "
                                  "copied over the meeting file");
    if (console) {
        CHECK(r.ok); // kept in memory, on screen
        CHECK(s->unsavedActs() == 1);
    } else {
        CHECK_FALSE(r.ok);
        CHECK(r.error.contains(expected));
    }
    CHECK(s->saveFailed());
    CHECK(s->saveError().contains(expected));
    letTheConsoleRest(); // no checkpoint into the other meeting either
    s->refresh();
    CHECK(bytesOf(tm.path()) == copied);
    s.reset(); // nor when the connection closes
    CHECK(bytesOf(tm.path()) == copied);

    // The file is the other meeting, whole.
    auto reopened = tm.reopen();
    CHECK(reopened->list().entries().isEmpty());
}

TEST_CASE("An older copy of the meeting restored over the open file is noticed", "[secondparty]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    letTheConsoleRest();
    const QString older = tm.path(name("older.rostrum"));
    const QString backup = tm.path(name("backup.rostrum"));
    copyInPlace(tm.path(), older); // a user's copy of the one file, byte for byte
    QString error;
    REQUIRE(s->backupTo(backup, &error)); // Rostrum's backup: a file of its own
    for (int i = 0; i < 3; ++i)
        REQUIRE_DONE(s->next());
    letTheConsoleRest();

    const bool restoreTheBackup = GENERATE(false, true);
    copyInPlace(restoreTheBackup ? backup : older, tm.path());
    const QByteArray restored = bytesOf(tm.path());
    const auto r = s->next();
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(restoreTheBackup
                               ? name("another meeting file (another meeting, or a backup)")
                               : name("an older copy of this meeting has been copied over")));
    s.reset();
    CHECK(bytesOf(tm.path()) == restored);
    CHECK(tm.reopen()->journal(1'000).size() == 45); // the copy as it was, whole
}

TEST_CASE("Another console's checkpoints are not taken for a file copied over", "[secondparty]")
{
    TempMeeting tm;
    auto first = tm.createDemo();
    auto second = tm.reopen();
    for (int i = 0; i < 5; ++i) {
        REQUIRE_DONE(second->next());
        letTheConsoleRest(); // the second console's checkpoint moves the main file on
        first->refresh();
        REQUIRE_DONE(first->addTime(30'000));
        CHECK_FALSE(first->saveFailed());
    }
}

TEST_CASE("A file holding an object Rostrum does not make is refused untouched", "[secondparty]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    QString planted;
    QString expected;
    SECTION("a trigger")
    {
        planted = name("CREATE TRIGGER wipe AFTER INSERT ON journal BEGIN DELETE FROM entry; END");
        expected = name("it holds a trigger named “wipe” that Rostrum does not make");
    }
    SECTION("a view")
    {
        planted = name("CREATE VIEW speakers AS SELECT delegation FROM entry");
        expected = name("it holds a view named “speakers” that Rostrum does not make");
    }
    SECTION("an index")
    {
        planted = name("CREATE INDEX by_name ON entry (delegation)");
        expected = name("it holds an index named “by_name” that Rostrum does not make");
    }
    SECTION("a table")
    {
        planted = name("CREATE TABLE notes (text TEXT)");
        expected = name("it holds a table named “notes” that Rostrum does not make");
    }
    SECTION("a table altered")
    {
        planted = name("ALTER TABLE entry ADD COLUMN secret TEXT DEFAULT 'x'");
        expected = name("a table named “entry” is not as Rostrum makes it");
    }
    runSql(tm.path(), {name("PRAGMA journal_mode = DELETE"), planted});
    const FileState before = stateOf(tm.path());
    QString error;
    CHECK_FALSE(MeetingSession::open(tm.path(), tm.clock, name("test"), &error));
    CHECK(error.contains(expected));
    CHECK(error.endsWith(name("Nothing in it was changed.")));
    CHECK_FALSE(MeetingSession::openForReading(tm.path(), tm.clock, &error));
    CHECK(stateOf(tm.path()) == before);
}

TEST_CASE("A damaged page is refused at open, untouched", "[secondparty]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    QByteArray bytes = bytesOf(tm.path());
    REQUIRE(bytes.size() > 4 * 4096);
    // The whole fourth page, in use by the list: the header still says "a meeting".
    for (int i = 3 * 4096; i < 4 * 4096; ++i)
        bytes[i] = char(0xA5);
    writeFile(tm.path(), bytes);
    const FileState before = stateOf(tm.path());
    QString error;
    CHECK_FALSE(MeetingSession::open(tm.path(), tm.clock, name("test"), &error));
    CHECK(error.contains(name("damaged")));
    CHECK(stateOf(tm.path()) == before);
}

TEST_CASE("A list that breaks the rules opens read only, saying what is wrong", "[secondparty]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    SECTION("two speakers at the rostrum")
    {
        runSql(tm.path(), {name("UPDATE entry SET status = 'speaking', started_at = 1 WHERE id IN "
                                "(SELECT id FROM entry ORDER BY id LIMIT 2)")});
    }
    SECTION("one place twice")
    {
        runSql(tm.path(), {name("UPDATE entry SET order_key = (SELECT min(order_key) FROM entry) "
                                "WHERE id IN (SELECT id FROM entry ORDER BY id LIMIT 2)")});
    }
    const FileState before = stateOf(tm.path());
    QString error;
    auto s = MeetingSession::open(tm.path(), tm.clock, name("test"), &error);
    REQUIRE(s);
    CHECK(s->isReadOnly());
    CHECK(s->readOnlyReason().startsWith(name("its list breaks the rules of a speakers list: ")));
    const auto r = s->next();
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(s->readOnlyReason()));
    s.reset();
    CHECK(stateOf(tm.path()).bytes == before.bytes);
}

TEST_CASE("A console says which other consoles have the meeting open", "[secondparty]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    const qint64 now = s->now();
    runSql(tm.path(),
           {name("INSERT INTO console_seat (host, pid, actor, opened_utc, seen_utc) VALUES "
                 "('un-hq-08', 4242, 'bob@un-hq-08 (console)', %1, %2)")
                .arg(now - 600'000)
                .arg(now),
            // A console that crashed an hour ago on another computer.
            name("INSERT INTO console_seat (host, pid, actor, opened_utc, seen_utc) VALUES "
                 "('un-hq-09', 77, 'carol@un-hq-09 (console)', %1, %1)")
                .arg(now - 3'600'000)});
    const QString notice = s->takeSeat();
    CHECK(notice.contains(name("also open in another console")));
    CHECK(notice.contains(name("bob@un-hq-08 (console) since ")));
    CHECK_FALSE(notice.contains(name("carol")));

    // The next console sees this one; once it closes, its seat is gone.
    auto second = tm.reopen();
    const QString other = second->takeSeat();
    Q_UNUSED(other); // the same process: a console never lists itself by host and pid
    s.reset();
    second.reset();
    auto third = tm.reopen();
    const QString later = third->takeSeat();
    CHECK(later.contains(name("bob@un-hq-08")));
    CHECK(later.count(name(" since ")) == 1);
}

TEST_CASE("The journal names the person, the computer and the program", "[secondparty]")
{
    const QString console = actorName(Program::Console);
    const QString cli = actorName(Program::CommandLine);
    CHECK(console.endsWith(name("@") + QSysInfo::machineHostName() + name(" (console)")));
    CHECK(cli.endsWith(name("@") + QSysInfo::machineHostName() + name(" (cli)")));
    CHECK(console.section(u'@', 0, 0) == cli.section(u'@', 0, 0));
    CHECK_FALSE(console.startsWith(u'@'));
}
