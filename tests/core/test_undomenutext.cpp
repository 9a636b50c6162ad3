// The undo and redo texts of the menus are read from the journal's summaries and kept until the
// journal moves on; they must say what undo and redo would do after every kind of change.

#include "filehelpers.h"
#include "tempmeeting.h"

#include <limits>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

struct MenuTexts
{
    QString undo;
    QString redo;
};

// What the menus must say, worked out from the journal's full rows: the newest act still done,
// and the oldest act undone (the redo stack's top).
MenuTexts fromJournal(MeetingSession &s)
{
    const QVector<JournalRecord> rows = s.journal(std::numeric_limits<int>::max());
    MenuTexts t;
    for (const JournalRecord &r : rows) {
        if (r.undoable && r.state == JournalRecord::UndoState::Done) {
            t.undo = r.summary;
            break;
        }
    }
    for (auto r = rows.crbegin(); r != rows.crend(); ++r) {
        if (r->undoable && r->state == JournalRecord::UndoState::Undone) {
            t.redo = r->summary;
            break;
        }
    }
    return t;
}

// The session's menus say what its journal says, and name what the test expects.
void checkMenus(MeetingSession &s, const char *undoNames, const char *redoNames)
{
    const MenuTexts expected = fromJournal(s);
    const QString undo = s.undoText();
    const QString redo = s.redoText();
    CHECK(undo == expected.undo);
    CHECK(redo == expected.redo);
    if (undoNames)
        CHECK(undo.contains(name(undoNames)));
    else
        CHECK(undo.isEmpty());
    if (redoNames)
        CHECK(redo.contains(name(redoNames)));
    else
        CHECK(redo.isEmpty());
}

} // namespace

TEST_CASE("The undo and redo menu texts follow acts, undos, redos and the other console",
          "[undo][sessions]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    checkMenus(*s, nullptr, nullptr);

    inscribe(*s, name("Japan"));
    checkMenus(*s, "Japan", nullptr);
    inscribe(*s, name("Peru"));
    checkMenus(*s, "Peru", nullptr);

    REQUIRE_DONE(s->undo());
    checkMenus(*s, "Japan", "Peru");
    REQUIRE_DONE(s->redo());
    checkMenus(*s, "Peru", nullptr);
    REQUIRE_DONE(s->undo());
    checkMenus(*s, "Japan", "Peru");

    {
        // The other console's act, seen before this session refreshes: a new act empties the
        // redo stack, and its undo puts it on.
        auto other = tm.reopen();
        inscribe(*other, name("Kenya"));
        checkMenus(*s, "Kenya", nullptr);
        REQUIRE_DONE(other->undo());
        checkMenus(*s, "Japan", "Kenya");
        REQUIRE_DONE(other->redo());
    }
    checkMenus(*s, "Kenya", nullptr);
    CHECK(s->refresh());
    checkMenus(*s, "Kenya", nullptr);
}

TEST_CASE("The undo menu text names the unsaved act while saving fails, and the saved one after",
          "[undo][savefailure]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, name("Japan"));
    checkMenus(*s, "Japan", nullptr);
    // Notes as long as they may be (TextRules), in three bytes a character: new pages.
    EntryDraft latvia = draftFor(name("Latvia"));
    latvia.notes = name("发言稿将以六种语文分发。").repeated(166);
    limitPages(tm.path(), true);

    // Refused, as on the command line: nothing changed, the texts stay.
    const auto refused = s->add(latvia);
    REQUIRE_FALSE(refused.ok);
    checkMenus(*s, "Japan", nullptr);

    // Kept on screen: the menu offers to undo it, though the journal does not have it yet.
    s->setKeepWorkingWhenSaveFails(true);
    REQUIRE_DONE(s->add(latvia));
    REQUIRE(s->unsavedActs() == 1);
    CHECK(s->undoText().contains(name("Latvia")));
    CHECK(s->redoText().isEmpty());
    REQUIRE_DONE(s->undo()); // in memory only
    checkMenus(*s, "Japan", nullptr);
    REQUIRE_DONE(s->add(latvia));
    CHECK(s->undoText().contains(name("Latvia")));

    limitPages(tm.path(), false);
    s->refresh(); // writes the kept act
    REQUIRE(s->unsavedActs() == 0);
    checkMenus(*s, "Latvia", nullptr);
    checkMenus(*tm.reopen(), "Latvia", nullptr);
}

TEST_CASE("The undo menu text is read from the copy after save a copy as", "[undo][savefailure]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, name("Japan"));
    checkMenus(*s, "Japan", nullptr);
    QString error;
    REQUIRE(s->saveCopyAs(tm.path(name("copy.rostrum")), &error));
    // The copy carries the journal (issue 10): the last act can still be undone there.
    checkMenus(*s, "Japan", nullptr);
    inscribe(*s, name("Peru"));
    checkMenus(*s, "Peru", nullptr);
}

TEST_CASE("A copy saved as, or backed up, carries the whole journal and undoes in the copy",
          "[undo][backup]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, name("Japan"));
    inscribe(*s, name("Peru"));
    REQUIRE(s->start().ok);
    const int rows = int(s->journal(1000).size());

    QString error;
    const QString backup = tm.path(name("backup.rostrum"));
    REQUIRE(s->backupTo(backup, &error));
    CHECK_FALSE(s->backupTo(backup, &error)); // never over an existing file
    CHECK(error.contains(name("already exists")));
    auto restored = tm.reopen(name("backup.rostrum"));
    CHECK(restored->journal(1000).size() == rows);
    CHECK(restored->list().waiting().size() == s->list().waiting().size());
    REQUIRE(restored->undo().ok); // the call of Japan
    REQUIRE(restored->undo().ok); // Peru's inscription
    CHECK(delegationsInOrder(*restored) == QStringList{name("Japan")});

    // Save a copy as: the session carries on in the copy, with its history.
    REQUIRE(s->saveCopyAs(tm.path(name("copy.rostrum")), &error));
    CHECK(s->journal(1000).size() == rows);
    REQUIRE(s->undo().ok);
    REQUIRE(s->undo().ok);
    CHECK(delegationsInOrder(*s) == QStringList{name("Japan")});
    // The original is untouched by what happened in the copy.
    CHECK(tm.reopen()->list().current() != nullptr);
}
