// What the user sees when an act cannot be saved: a read-only file, a full disk, a file deleted
// or replaced, and "save a copy as" to carry on elsewhere.

#include "filehelpers.h"
#include "tempmeeting.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("An act that cannot be written says changes are NOT being saved and changes nothing",
          "[savefailure]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    REQUIRE_DONE(s->start());
    tm.clock.advance(20'000);
    const QStringList order = delegationsInOrder(*s);
    const qint64 journalHead = s->journal(1).first().id;
    std::optional<ReadOnly> readOnly;
    QString expected;

    SECTION("the file became read-only")
    {
        readOnly.emplace(QStringList{tm.path(), tm.path() + name("-wal")});
        REQUIRE_READ_ONLY_POSSIBLE(*readOnly);
        expected = name("read-only");
    }
    SECTION("the disk is full")
    {
        limitPages(tm.path(), true);
        expected = name("the disk is full");
    }

    EntryDraft latvia = draftFor(name("Latvia"), name("Sanita Pavļuta-Deslandes"));
    latvia.notes = name("Statement to be circulated. ").repeated(71); // 1,988: needs new pages
    auto r = s->add(latvia);
    CHECK_FALSE(r.ok);
    INFO(r.error.toStdString());
    CHECK(r.error.startsWith(name("Changes are NOT being saved: ")));
    CHECK(r.error.contains(expected));
    CHECK(s->saveFailed());
    CHECK(s->saveError() == r.error);
    // The command line refuses: nothing changed in memory either.
    CHECK(delegationsInOrder(*s) == order);
    CHECK(entryOf(s->list(), name("Latvia")) == nullptr);
    CHECK(s->unsavedActs() == 0);
    CHECK(s->currentReading().remainingMs == 160'000);

    // No half-applied act is in the file: not the entry, not its journal row.
    if (readOnly)
        readOnly->release();
    {
        auto fresh = tm.reopen();
        CHECK(delegationsInOrder(*fresh) == order);
        CHECK(fresh->journal(1).first().id == journalHead);
    }
    if (!readOnly)
        limitPages(tm.path(), false);
    // When the fault is gone, the next act is saved and the warning goes away.
    REQUIRE_DONE(s->add(latvia));
    CHECK_FALSE(s->saveFailed());
    CHECK(tm.reopen()->list().positionOf(idOf(*s, name("Latvia"))) ==
          s->list().positionOf(idOf(*s, name("Latvia"))));
}

TEST_CASE("The console keeps working through a full disk and saves the acts when it can",
          "[savefailure]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    s->setKeepWorkingWhenSaveFails(true);
    inscribe(*s, name("Japan"));
    limitPages(tm.path(), true);

    // Notes as long as they may be (TextRules), in three bytes a character: new pages.
    EntryDraft latvia = draftFor(name("Latvia"));
    latvia.notes = name("发言稿将以六种语文分发。").repeated(166);
    const auto r = s->add(latvia);
    CHECK(r.ok);            // shown on screen...
    CHECK(s->saveFailed()); // ...with the warning that it is not saved
    CHECK(s->saveError().contains(name("Changes are NOT being saved: the disk is full")));
    CHECK(s->unsavedActs() == 1);
    CHECK(delegationsInOrder(*s) == QStringList{name("Japan"), name("Latvia")});
    CHECK(delegationsInOrder(*tm.reopen()) == QStringList{name("Japan")});
    CHECK_FALSE(s->refresh()); // still full: stays unsaved
    CHECK(s->unsavedActs() == 1);

    limitPages(tm.path(), false);
    s->refresh(); // the watch timer's catch-up
    CHECK_FALSE(s->saveFailed());
    CHECK(s->unsavedActs() == 0);
    auto reopened = tm.reopen();
    CHECK(delegationsInOrder(*reopened) == QStringList{name("Japan"), name("Latvia")});
    CHECK(reopened->undoText() == name("Latvia inscribed (late)"));
}

TEST_CASE("A meeting file deleted or replaced while open is noticed before the next act",
          "[savefailure]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, name("Japan"));

    SECTION("deleted")
    {
        REQUIRE(QFile::remove(tm.path()));
        const auto r = s->add(draftFor(name("Latvia")));
        CHECK_FALSE(r.ok);
        CHECK(r.error == name("Changes are NOT being saved: the meeting file %1 has been deleted "
                              "or moved.")
                             .arg(tm.path()));
    }
    SECTION("replaced")
    {
        REQUIRE(QFile::rename(tm.path(), tm.path(name("old.rostrum"))));
        writeFile(tm.path(), "not a meeting");
        const auto r = s->add(draftFor(name("Latvia")));
        CHECK_FALSE(r.ok);
        CHECK(r.error.contains(name("has been replaced by another file")));
        CHECK(stateOf(tm.path()).bytes == QByteArray("not a meeting"));
    }
    CHECK(s->saveFailed());
    CHECK(delegationsInOrder(*s) == QStringList{name("Japan")});
}

TEST_CASE("Save a copy as: the meeting carries on in the new file", "[savefailure]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    REQUIRE_DONE(s->start());
    tm.clock.advance(30'000);
    const QString copy = tm.path(name("copy.rostrum"));
    QString error;
    REQUIRE(s->saveCopyAs(copy, &error));
    CHECK(s->path() == QFileInfo(copy).absoluteFilePath());
    CHECK(permissionsOf(copy) == 0600);
    const FileState original = stateOf(tm.path());
    inscribe(*s, name("Latvia"));
    CHECK(stateOf(tm.path()).bytes == original.bytes);

    auto reopened = tm.reopen(name("copy.rostrum"));
    CHECK(delegationsInOrder(*reopened) == delegationsInOrder(*s));
    CHECK(reopened->currentReading().remainingMs == 150'000);
    CHECK_FALSE(s->saveCopyAs(copy, &error));
    CHECK(error.contains(name("already exists")));
}
