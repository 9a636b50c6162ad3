// The line to the server goes with a COMMIT on it. The server may have made the commit or not,
// and the console, which keeps the act in memory, must not guess: writing it again after a
// commit that was made would do it twice (a second "next" calls one speaker too many), and
// dropping it after one that was not would lose it. It asks the server once it answers again.
#include "backend.h"
#include "corehelpers.h"
#include "linecutter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
template <typename Done> void runUntil(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

int journalRowsOf(MeetingSession &s, const QString &act)
{
    int count = 0;
    for (const JournalRecord &r : s.journal(200))
        count += r.act == act ? 1 : 0;
    return count;
}
} // namespace

TEST_CASE("A commit whose answer is lost with the line is asked after, and its act is done once",
          "[server]")
{
    Backend b(Backend::Kind::Server);
    b.createDemo();
    LineCutter cutter(QUrl(b.location()));
    QString error;
    auto chair = MeetingSession::open(cutter.through(QUrl(b.location())).toString(), b.clock(),
                                      QStringLiteral("chair"), &error);
    INFO(error.toStdString());
    REQUIRE(chair);
    chair->setKeepWorkingWhenSaveFails(true);
    chair->watchFile();
    // A second console, on a line of its own, follows the meeting throughout.
    auto timekeeper = b.open(QStringLiteral("timekeeper"));
    timekeeper->watchFile();
    const QStringList order = delegationsInOrder(*chair);
    REQUIRE(order.size() > 2);

    const bool made = GENERATE(true, false);
    INFO((made ? "the server made the commit" : "the COMMIT never reached the server"));
    cutter.cutNextCommit(made ? LineCutter::Cut::AfterCommit : LineCutter::Cut::BeforeCommit);
    const auto next = chair->next();
    CHECK(next.ok); // on screen at once, as every act is
    CHECK(cutter.cuts() == 1);
    CHECK(chair->saveFailed());
    CHECK(chair->unsavedActs() == 1);
    CHECK(currentDelegation(*chair) == order[0]);
    // Undone in memory only, an act the server may have made would stay done there.
    CHECK_FALSE(chair->undo().ok);
    CHECK(currentDelegation(*chair) == order[0]);

    runUntil([&] { return !chair->saveFailed() && chair->unsavedActs() == 0; }, 10'000);
    CHECK_FALSE(chair->saveFailed());
    CHECK(chair->unsavedActs() == 0);
    runUntil([&] { return currentDelegation(*timekeeper) == order[0]; }, 5'000);
    auto fresh = b.open();
    for (MeetingSession *s : {chair.get(), timekeeper.get(), fresh.get()}) {
        CHECK(currentDelegation(*s) == order[0]);
        CHECK(delegationsInOrder(*s) == order.mid(1));
    }
    CHECK(journalRowsOf(*fresh, QStringLiteral("next")) == 1);

    // And the line works as before: the next act goes straight to the server.
    REQUIRE_DONE(chair->next());
    CHECK_FALSE(chair->saveFailed());
    CHECK(journalRowsOf(*b.open(), QStringLiteral("next")) == 2);
}
