// Another console's checkpoint copies pages into the meeting file one by one: read half-way
// through, the file is neither the old meeting nor the new one, and SQLite calls it malformed.
// That must never be taken for a file a user copied over it (which stops the console writing
// and sets its -wal aside); only a file changed while no checkpoint runs, and with every frame
// of the -wal in it, may be.

#include "filehelpers.h"
#include "store/checkpointerlock.h"
#include "store/mainfilewatch.h"
#include "tempmeeting.h"

#include <sqlite3.h>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// A plain SQLite connection, as another console's would be, that has read the meeting in WAL
// mode (so it has mapped the -wal's index and can take its locks).
struct RawConnection
{
    sqlite3 *db = nullptr;
    explicit RawConnection(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                                nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "SELECT count(*) FROM journal", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
    }
    ~RawConnection() { sqlite3_close(db); }
    QString text(const char *sql) const
    {
        sqlite3_stmt *st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
        QString value;
        if (sqlite3_step(st) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return value;
    }
};

// What a checkpoint half-way through leaves: the first page new, the pages after it not yet.
void tearAfterFirstPage(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    REQUIRE(f.size() > 2 * pageSize);
    f.seek(pageSize);
    f.write(QByteArray(int(f.size() - pageSize), '\0'));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly)); // truncates in place: the same inode
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("The checkpointer lock is SQLite's own: no checkpoint runs while it is held",
          "[secondparty]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    RawConnection holder(tm.path());
    RawConnection other(tm.path());
    {
        const CheckpointerLock lock(holder.db);
        REQUIRE(lock.state() == CheckpointerLock::State::Held);
        CHECK(CheckpointerLock(other.db).state() == CheckpointerLock::State::Busy);
        CHECK(other.text("PRAGMA wal_checkpoint(PASSIVE)") == name("1")); // blocked
    }
    CHECK(other.text("PRAGMA wal_checkpoint(PASSIVE)") == name("0"));
    CHECK(CheckpointerLock(other.db).state() == CheckpointerLock::State::Held);
}

TEST_CASE("A checkpoint half-way through is not taken for a file copied over the meeting",
          "[secondparty]")
{
    TempMeeting tm;
    tm.createDemo().reset(); // closed: the whole meeting in its main file
    RawConnection writer(tm.path());
    RawConnection otherConsole(tm.path());
    const QString uid = writer.text("SELECT uid FROM meeting_identity WHERE id = 1");
    const qint64 head = writer.text("SELECT max(id) FROM journal").toLongLong();
    REQUIRE(head > 0);
    MainFileWatch watch(tm.path());
    watch.accept(uid, head);
    const QByteArray whole = stateOf(tm.path()).bytes;

    {
        // The other console is copying pages in: the file read now is torn.
        const CheckpointerLock checkpointing(otherConsole.db);
        REQUIRE(checkpointing.state() == CheckpointerLock::State::Held);
        tearAfterFirstPage(tm.path());
        CHECK(watch.check(writer.db).isEmpty());
        writeBytes(tm.path(), whole); // its last page written
    }
    CHECK(watch.check(writer.db).isEmpty()); // at rest, and this meeting

    // The same bytes written while no checkpoint runs are no meeting at all.
    tearAfterFirstPage(tm.path());
    CHECK(watch.check(writer.db).contains(name("has been overwritten in place and is no longer a "
                                               "meeting")));
}

namespace {
// Whether the main file, read alone as a copy of it would be, is a meeting.
bool readsAloneAsAMeeting(const QString &path)
{
    const QByteArray uri = "file:" + QFile::encodeName(path) + "?immutable=1";
    sqlite3 *db = nullptr;
    bool ok =
        sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) ==
            SQLITE_OK &&
        sqlite3_exec(db, "SELECT count(*) FROM journal", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

void exec(const RawConnection &c, const char *sql)
{
    INFO(sql);
    REQUIRE(sqlite3_exec(c.db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
}
} // namespace

TEST_CASE("A partial checkpoint, which leaves the main file unreadable alone, is not taken for a "
          "file copied over the meeting",
          "[secondparty]")
{
    TempMeeting tm;
    tm.createDemo().reset();
    RawConnection writer(tm.path()); // the console that watches
    RawConnection other(tm.path());  // another console, acting and checkpointing
    RawConnection reader(tm.path()); // a third, reading at its own pace
    MainFileWatch watch(tm.path());
    watch.accept(writer.text("SELECT uid FROM meeting_identity WHERE id = 1"),
                 writer.text("SELECT max(id) FROM journal").toLongLong());

    // An act that grows the file: page 1 counts the new pages, which follow it in the -wal.
    exec(other, "CREATE TABLE filler(x BLOB); INSERT INTO filler VALUES (zeroblob(200000))");
    // The reader holds that state while the next act rewrites the new pages, not page 1.
    exec(reader, "BEGIN; SELECT count(*) FROM filler");
    sqlite3_blob *blob = nullptr;
    REQUIRE(sqlite3_blob_open(other.db, "main", "filler", "x", 1, 1, &blob) == SQLITE_OK);
    const QByteArray newer(200000, '\xab');
    REQUIRE(sqlite3_blob_write(blob, newer.constData(), int(newer.size()), 0) == SQLITE_OK);
    REQUIRE(sqlite3_blob_close(blob) == SQLITE_OK);
    // The checkpoint copies only the pages whose newest frame the reader no longer needs: page
    // 1 with its new page count, and none of the pages it counts.
    other.text("PRAGMA wal_checkpoint(PASSIVE)");
    REQUIRE_FALSE(readsAloneAsAMeeting(tm.path()));

    CHECK(watch.check(writer.db).isEmpty());

    // The reader moves on, a checkpoint completes, and the file stands alone again.
    exec(reader, "COMMIT");
    other.text("PRAGMA wal_checkpoint(PASSIVE)");
    REQUIRE(readsAloneAsAMeeting(tm.path()));
    CHECK(watch.check(writer.db).isEmpty());
}
