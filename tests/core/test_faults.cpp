// Faults while a meeting is open: a full disk, a read-only file, the file moved away or replaced,
// a -wal that cannot be written or is deleted, and another program holding the lock. For each,
// the act says why it was not saved, nothing is half-applied, and once the fault is gone the
// acts are saved again: the console's kept acts are written, the command line's refused acts
// left no trace. (test_savefailure.cpp has the first cases; this is the whole battery.)

#include "filehelpers.h"
#include "tempmeeting.h"

#include <functional>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// One way for saving to fail while the meeting is open, and how to make it go away again in
// the same session.
struct Fault
{
    QString name;
    QString expected; // words the message must contain
    // A full disk is made with max_page_count, which stops only the acts that need new pages;
    // on a real full disk the -wal cannot grow either, and every act fails.
    bool everyActFails;
    std::function<bool()> inject; // false: this machine cannot make the fault
    std::function<void()> lift;
};

QVector<Fault> faultsFor(TempMeeting &tm)
{
    const QString path = tm.path();
    const QString wal = path + name("-wal");
    auto readOnly = std::make_shared<std::unique_ptr<ReadOnly>>();
    auto lock = std::make_shared<std::unique_ptr<LockHolder>>();
    auto makeReadOnly = [readOnly](const QString &p) {
        *readOnly = std::make_unique<ReadOnly>(QStringList{p});
        return (*readOnly)->ok();
    };
    auto liftReadOnly = [readOnly] { readOnly->reset(); };
    return {
        {name("the disk is full"), name("the disk is full"), false,
         [path] {
             limitPages(path, true);
             return true;
         },
         [path] { limitPages(path, false); }},
        {name("the file became read-only"), name("has become read-only"), true,
         [=] { return makeReadOnly(path); }, liftReadOnly},
        {name("the -wal became read-only"),
         name("the journal file %1 beside the meeting file has become read-only").arg(wal), true,
         [=] { return makeReadOnly(wal); }, liftReadOnly},
        {name("the file was moved away"), name("has been deleted or moved"), true,
         [path] { return QFile::rename(path, path + name(".away")); },
         [path] { REQUIRE(QFile::rename(path + name(".away"), path)); }},
        {name("the file was replaced by another"), name("has been replaced by another file"), true,
         [path] {
             if (!QFile::rename(path, path + name(".away")))
                 return false;
             writeFile(path, "Provisional list of speakers\n");
             return true;
         },
         [path] {
             REQUIRE(QFile::remove(path));
             REQUIRE(QFile::rename(path + name(".away"), path));
         }},
        {name("another program holds the lock"),
         name("another program is holding the meeting file locked"), true,
         [path, lock] {
             // The session gives up after 0.1 s instead of 5 s, so the test does not wait.
             QSqlQuery q(connectionTo(path));
             REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 100")));
             *lock = std::make_unique<LockHolder>(path);
             return true;
         },
         [lock] { lock->reset(); }},
    };
}

// An inscription that needs new pages in the file, so that a full disk stops it.
EntryDraft bigInscription(const char *delegation)
{
    EntryDraft d = draftFor(name(delegation), name("Speaker ").repeated(25));
    d.title = name("Title ").repeated(33);
    d.notes = name("Statement to be circulated in all six languages. ").repeated(40); // 2,000
    return d;
}

struct Snapshot
{
    QStringList order;
    QString current;
    qint64 remainingMs = 0;
    bool operator==(const Snapshot &o) const
    {
        return order == o.order && current == o.current && remainingMs == o.remainingMs;
    }
};

Snapshot snapshotOf(const MeetingSession &s)
{
    return {delegationsInOrder(s), currentDelegation(s), s.currentReading().remainingMs};
}

} // namespace

TEST_CASE("Every fault while open refuses the act, changes nothing, and passes", "[faults]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    REQUIRE_DONE(s->start());
    tm.clock.advance(20'000);
    int saveStateSignals = 0;
    QObject::connect(s.get(), &MeetingSession::saveStateChanged, [&] { ++saveStateSignals; });

    for (Fault &fault : faultsFor(tm)) {
        DYNAMIC_SECTION(fault.name.toStdString())
        {
            const Snapshot before = snapshotOf(*s);
            const qint64 journalHead = s->journal(1).first().id;
            if (!fault.inject()) {
                WARN("cannot inject here: " << fault.name.toStdString());
                return;
            }
            for (int attempt = 0; attempt < 3; ++attempt) {
                INFO("attempt " << attempt);
                const auto r = attempt == 0           ? s->add(bigInscription("Latvia"))
                               : !fault.everyActFails ? s->add(bigInscription("Peru"))
                               : attempt == 1         ? s->next()
                                                      : s->undo();
                INFO(r.error.toStdString());
                CHECK_FALSE(r.ok);
                CHECK(r.error.startsWith(name("Changes are NOT being saved: ")));
                CHECK(r.error.contains(fault.expected));
                CHECK(s->saveError() == r.error);
                CHECK(snapshotOf(*s) == before);
                CHECK(s->unsavedActs() == 0);
            }
            CHECK(saveStateSignals == 1);
            tm.clock.advance(5'000); // the speech runs on through the fault
            CHECK(s->currentReading().remainingMs == before.remainingMs - 5'000);

            fault.lift();
            {
                auto fresh = tm.reopen(); // nothing half-written: no entry, no journal row
                CHECK(snapshotOf(*fresh) == snapshotOf(*s));
                CHECK(fresh->journal(1).first().id == journalHead);
            }
            REQUIRE_DONE(s->add(bigInscription("Latvia")));
            CHECK_FALSE(s->saveFailed());
            CHECK(saveStateSignals == 2);
            REQUIRE_DONE(s->next());
            CHECK(snapshotOf(*tm.reopen()) == snapshotOf(*s));
        }
    }
}

TEST_CASE("The console keeps working through every fault and saves its acts once it passes",
          "[faults]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    s->setKeepWorkingWhenSaveFails(true);
    REQUIRE_DONE(s->start());
    tm.clock.advance(20'000);

    for (Fault &fault : faultsFor(tm)) {
        DYNAMIC_SECTION(fault.name.toStdString())
        {
            const Snapshot saved = snapshotOf(*s);
            const int journalRows = int(s->journal(1'000).size());
            if (!fault.inject()) {
                WARN("cannot inject here: " << fault.name.toStdString());
                return;
            }
            // Shown at once, with the warning that it is not saved.
            REQUIRE_DONE(s->add(bigInscription("Latvia")));
            CHECK(s->saveFailed());
            // A lock is waited out in memory, never on the event loop; every other fault is a
            // failure to save.
            const bool lock = fault.expected.contains(name("locked"));
            CHECK(s->waitingForAnotherProgram() == lock);
            CHECK(s->saveError().startsWith(lock ? name("Waiting for another program")
                                                 : name("Changes are NOT being saved: ")));
            if (!lock)
                CHECK(s->saveError().contains(fault.expected));
            CHECK(s->unsavedActs() == 1);
            tm.clock.advance(10'000);
            REQUIRE_DONE(s->next());
            REQUIRE_DONE(s->move(idOf(*s, name("Latvia")), 1));
            CHECK(s->unsavedActs() == 3);
            // An unsaved act is undone in memory; redo waits for the file.
            REQUIRE_DONE(s->undo());
            CHECK(s->unsavedActs() == 2);
            const auto redo = s->redo();
            CHECK_FALSE(redo.ok);
            CHECK(redo.error == name("Redo is unavailable while changes are not being saved."));
            const Snapshot shown = snapshotOf(*s);
            CHECK(shown.current != saved.current);
            CHECK_FALSE(s->refresh()); // the watch timer's catch-up fails while the fault lasts
            CHECK(s->saveFailed());
            CHECK(s->unsavedActs() == 2);

            fault.lift();
            s->refresh();
            CHECK_FALSE(s->saveFailed());
            CHECK(s->saveError().isEmpty());
            CHECK(s->unsavedActs() == 0);
            auto reopened = tm.reopen();
            CHECK(snapshotOf(*reopened) == shown);
            CHECK(reopened->journal(1'000).size() == journalRows + 2);
            CHECK(reopened->undoText() == s->undoText());
            // And it goes on as normal, undo included.
            REQUIRE_DONE(s->undo());
            CHECK(currentDelegation(*s) == saved.current);
            CHECK_FALSE(s->saveFailed());
        }
    }
}

TEST_CASE("A -wal deleted while open is noticed, and no act saved before is lost", "[faults]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    s->setKeepWorkingWhenSaveFails(GENERATE(false, true));
    REQUIRE_DONE(s->start());
    tm.clock.advance(20'000);
    inscribe(*s, name("Latvia"));
    const Snapshot saved = snapshotOf(*s);
    const QString wal = tm.path() + name("-wal");

    SECTION("deleted")
    {
        REQUIRE(QFile::remove(wal));
    }
    SECTION("replaced by a folder")
    {
        REQUIRE(QFile::remove(wal));
        REQUIRE(QDir().mkdir(wal));
    }
    const auto r = s->add(draftFor(name("Peru")));
    const QString expected =
        name("Changes are NOT being saved: the journal file %1 beside the meeting file has been "
             "deleted or replaced; the acts saved so far are safe in the meeting file. Reopen the "
             "meeting or save a copy to carry on saving.")
            .arg(wal);
    CHECK(s->saveError() == expected);
    CHECK(r.ok == (s->unsavedActs() == 1));
    if (!r.ok)
        CHECK(r.error == expected);

    // Until this check, SQLite kept writing to the deleted -wal, where a crash would have lost
    // the acts. They were copied into the meeting file the moment the loss was seen.
    QDir().rmdir(wal);
    QFile::remove(wal);
    const QString copied = tm.path(name("copied.rostrum"));
    REQUIRE(QFile::copy(tm.path(), copied)); // the file alone, as a crash would leave it
    CHECK(snapshotOf(*tm.reopen(name("copied.rostrum"))).order == saved.order);

    // Save a copy as: the way on, with what is on screen, Peru included if it was kept.
    QString error;
    REQUIRE(s->saveCopyAs(tm.path(name("continued.rostrum")), &error));
    CHECK_FALSE(s->saveFailed());
    CHECK(snapshotOf(*tm.reopen(name("continued.rostrum"))).order == delegationsInOrder(*s));
    s.reset();
    CHECK(snapshotOf(*tm.reopen()).order == saved.order);
}

TEST_CASE("A folder made read-only while open does not stop saving and reopening says why",
          "[faults]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, name("Japan"));
    ReadOnly folder({QFileInfo(tm.path()).absolutePath()});
    REQUIRE_READ_ONLY_POSSIBLE(folder);
    // The -wal and -shm exist already and stay writable, so every act is still saved.
    inscribe(*s, name("Latvia"));
    CHECK_FALSE(s->saveFailed());
    QString error;
    CHECK(MeetingSession::open(tm.path(), tm.clock, name("test"), &error) == nullptr);
    CHECK(error.contains(name("The folder of %1 is read-only").arg(tm.path())));
    folder.release();
    CHECK(delegationsInOrder(*tm.reopen()) == names({"Japan", "Latvia"}));
}

TEST_CASE("A lock held by another program longer than the busy timeout is named as such",
          "[faults]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, name("Japan"));
    {
        // The session gives up after 0.1 s instead of 5 s, so the test does not wait.
        QSqlQuery q(connectionTo(tm.path()));
        REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 100")));
        LockHolder other(tm.path());
        const auto r = s->add(draftFor(name("Latvia")));
        CHECK_FALSE(r.ok);
        CHECK(r.error ==
              name("Changes are NOT being saved: another program is holding the meeting file "
                   "locked (database is locked)."));
        // Reading still works under another writer's lock (WAL): the list can be shown.
        auto reader = tm.reopen();
        CHECK(delegationsInOrder(*reader) == names({"Japan"}));
    }
    inscribe(*s, name("Latvia"));
    CHECK(delegationsInOrder(*tm.reopen()) == names({"Japan", "Latvia"}));
}
