// Acts the console keeps in memory while it cannot write (another program holds the lock, the
// disk is full) meet another writer's acts: when they are finally written, each is planned again
// on the newest state, so nothing the other writer reported done is undone by an old image, and
// what the other writer did is on screen even before the kept acts reach the file.

#include "filehelpers.h"
#include "tempmeeting.h"

#include <QEventLoop>
#include <QTimer>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

qint64 firstWaiting(const MeetingSession &s)
{
    const QVector<qint64> ids = s.list().waitingIds();
    return ids.isEmpty() ? 0 : ids.first();
}

int journalCount(MeetingSession &s, const QString &act)
{
    int n = 0;
    for (const JournalRecord &r : s.journal(10'000))
        n += r.act == act ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("A kept act is planned again on the newest state when the lock is let go", "[keptacts]")
{
    TempMeeting tm;
    auto console = tm.createDemo();
    console->setKeepWorkingWhenSaveFails(true);
    REQUIRE_DONE(console->start());
    tm.clock.advance(20'000);
    const qint64 nextUp = firstWaiting(*console);
    const int waitingBefore = int(console->list().waitingIds().size());

    auto lock = std::make_unique<LockHolder>(tm.path());
    REQUIRE_DONE(console->next()); // shown at once, kept in memory
    CHECK(console->waitingForAnotherProgram());
    CHECK(console->unsavedActs() == 1);
    CHECK(currentDelegation(*console) == console->list().entries().value(nextUp).delegation);
    lock->release();

    // The command line, as soon as the lock is free: a new limit for the speaker the console
    // called, and one more inscription.
    {
        auto cli = tm.reopen();
        REQUIRE_DONE(cli->setAllotted(nextUp, 5 * 60'000));
        REQUIRE_DONE(cli->add(draftFor(name("Peru"))));
    }

    console->refresh(); // the watch timer's next look
    CHECK_FALSE(console->saveFailed());
    CHECK(console->unsavedActs() == 0);
    // On screen: the command line's inscription and limit, and the call.
    CHECK(console->list().entries().value(nextUp).allottedMs == 5 * 60'000);
    CHECK(delegationsInOrder(*console).contains(name("Peru")));
    CHECK(console->list().waitingIds().size() == waitingBefore - 1 + 1);

    // In the file: the same, and the call journaled once.
    auto file = tm.reopen();
    CHECK(file->list().entries().value(nextUp).allottedMs == 5 * 60'000);
    CHECK(currentDelegation(*file) == currentDelegation(*console));
    CHECK(delegationsInOrder(*file) == delegationsInOrder(*console));
    CHECK(journalCount(*file, name("next")) == 1);
    CHECK(journalCount(*file, name("set-limit")) == 1);
}

TEST_CASE("While the disk is full, another writer's acts are shown under the kept ones",
          "[keptacts]")
{
    TempMeeting tm;
    auto console = tm.createDemo();
    console->setKeepWorkingWhenSaveFails(true);
    REQUIRE_DONE(console->start());
    limitPages(tm.path(), true); // the console's own connection only
    EntryDraft big = draftFor(name("Latvia"), name("Speaker ").repeated(25));
    big.notes = name("Statement to be circulated in all six languages. ").repeated(40);
    REQUIRE_DONE(console->add(big)); // needs new pages
    CHECK(console->unsavedActs() == 1);
    CHECK_FALSE(console->waitingForAnotherProgram());

    // Another console changes a limit in place: no new page, so it fits on the full disk.
    auto other = tm.reopen();
    const qint64 nextUp = firstWaiting(*other);
    REQUIRE_DONE(other->setAllotted(nextUp, 4 * 60'000));
    other.reset(); // so that the limit is lifted on the console's own connection below
    console->refresh();
    CHECK(console->unsavedActs() == 1); // still not saved
    CHECK(console->list().entries().value(nextUp).allottedMs == 4 * 60'000);
    CHECK(delegationsInOrder(*console).contains(name("Latvia")));

    limitPages(tm.path(), false);
    console->refresh();
    CHECK(console->unsavedActs() == 0);
    other = tm.reopen();
    CHECK(delegationsInOrder(*other) == delegationsInOrder(*console));
    CHECK(other->list().entries().value(nextUp).allottedMs == 4 * 60'000);
}

TEST_CASE("A kept act that no longer applies is dropped, and named", "[keptacts]")
{
    TempMeeting tm;
    auto console = tm.createDemo();
    console->setKeepWorkingWhenSaveFails(true);
    QStringList dropped;
    QObject::connect(console.get(), &MeetingSession::keptActDropped,
                     [&](const QString &message) { dropped.append(message); });
    const qint64 latvia = inscribe(*console, name("Latvia"));

    auto lock = std::make_unique<LockHolder>(tm.path());
    REQUIRE_DONE(console->move(latvia, 1));
    CHECK(console->unsavedActs() == 1);
    lock->release();
    {
        auto cli = tm.reopen();
        REQUIRE_DONE(cli->remove(latvia));
    }
    console->refresh();
    CHECK(console->unsavedActs() == 0);
    CHECK_FALSE(console->saveFailed());
    REQUIRE(dropped.size() == 1);
    CHECK(dropped.first().startsWith(name("“")));
    CHECK(dropped.first().contains(name("was not saved")));
    CHECK(dropped.first().contains(name("Latvia")));
    CHECK_FALSE(delegationsInOrder(*console).contains(name("Latvia")));
}

TEST_CASE("A kept inscription whose id another writer took keeps its later acts with it",
          "[keptacts]")
{
    TempMeeting tm;
    auto console = tm.createDemo();
    console->setKeepWorkingWhenSaveFails(true);

    auto lock = std::make_unique<LockHolder>(tm.path());
    const auto peru = console->add(draftFor(name("Peru")));
    REQUIRE(peru.ok);
    REQUIRE_DONE(console->move(peru.entryId, 1)); // names the id shown in memory
    lock->release();
    {
        auto cli = tm.reopen();
        const auto chile = cli->add(draftFor(name("Tonga")));
        REQUIRE(chile.ok);
        CHECK(chile.entryId == peru.entryId); // the file handed out the same id
    }
    console->refresh();
    CHECK(console->unsavedActs() == 0);
    auto file = tm.reopen();
    CHECK(delegationsInOrder(*file).first() == name("Peru"));
    CHECK(delegationsInOrder(*file).indexOf(name("Tonga")) > 0);
    CHECK(delegationsInOrder(*file) == delegationsInOrder(*console));
}

TEST_CASE("The meeting file alone holds every act a moment after the last, and at close",
          "[keptacts]")
{
    TempMeeting tm;
    auto console = tm.createDemo();
    auto reader = tm.reopen(); // keeps SQLite from tidying up the -wal when the console closes
    for (int i = 0; i < 5; ++i)
        REQUIRE_DONE(console->next());
    const QStringList shown = delegationsInOrder(*console);

    // A copy of the one file users see, as a user makes it: only what the main file holds.
    auto copyOfMainFile = [&](const QString &name) {
        const QString copy = tm.path(name);
        REQUIRE(QFile::copy(tm.path(), copy));
        QString error;
        auto opened = MeetingSession::openForReading(copy, tm.clock, &error);
        REQUIRE(opened);
        return opened;
    };
    CHECK(copyOfMainFile(QStringLiteral("at-once.rostrum"))->journal(1'000).size() <
          console->journal(1'000).size());

    QEventLoop wait;
    QTimer::singleShot(1'500, &wait, &QEventLoop::quit);
    wait.exec();
    auto afterASecond = copyOfMainFile(QStringLiteral("after-a-second.rostrum"));
    CHECK(afterASecond->journal(1'000).size() == console->journal(1'000).size());
    CHECK(delegationsInOrder(*afterASecond) == shown);

    REQUIRE_DONE(console->next());
    const int rows = int(console->journal(1'000).size());
    console.reset(); // closing, with another connection still open
    CHECK(copyOfMainFile(QStringLiteral("after-close.rostrum"))->journal(1'000).size() == rows);
}
