// The line to the server goes with an act's commit on it: the COMMIT of the long way, or the one
// statement of an act written at once. The server may have made it or not, and the console,
// which keeps the act in memory, must not guess: writing it again after a commit that was made
// would do it twice (a second "next" calls one speaker too many), and dropping it after one that
// was not would lose it. It asks the server once it answers again.
#include "backend.h"
#include "corehelpers.h"
#include "linecutter.h"
#include "server/serverconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

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
    const bool atOnce = GENERATE(true, false);
    const bool made = GENERATE(true, false);
    INFO((atOnce ? "an act written at once" : "an act the long way"));
    INFO((made ? "the server made the commit" : "the commit never reached the server"));
    if (!atOnce) {
        // A meeting made before acts were written at once has no act_at_once(): its acts take
        // the long way, BEGIN ... COMMIT.
        b.open()->journal(1); // the session's connection is gone once this returns
        QString error;
        auto admin = ServerConnection::open(locationOf(b.location()), &error);
        REQUIRE(admin);
        QSqlQuery q(admin->db());
        REQUIRE(q.exec(QStringLiteral("DROP FUNCTION rostrum_%1.act_at_once")
                           .arg(locationOf(b.location()).meeting)));
    }
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

    // The act's statement at once carries its journal row, the change of a next among them.
    cutter.cutNextMessageWith(atOnce ? QByteArray("\"act\":\"next\"") : LineCutter::commitMessage(),
                              made ? LineCutter::Cut::After : LineCutter::Cut::Before);
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

    // And the line works as before: the next act goes straight to the server, at once where the
    // meeting can (no COMMIT of its own), the long way where not.
    const int commits = cutter.commitsSent();
    REQUIRE_DONE(chair->next());
    CHECK(cutter.commitsSent() - commits == (atOnce ? 0 : 1));
    CHECK_FALSE(chair->saveFailed());
    CHECK(journalRowsOf(*b.open(), QStringLiteral("next")) == 2);
}
