// The store's and the session's behaviour, the same on a meeting file and on a PostgreSQL
// server: every case runs once on each.
#include "backend.h"
#include "corehelpers.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
Backend::Kind eachBackend()
{
    return GENERATE(Backend::Kind::File, Backend::Kind::Server);
}
} // namespace

TEST_CASE("A meeting acted on and reopened is the same on a file and on a server", "[server]")
{
    Backend b(eachBackend());
    INFO(b.name());
    auto chair = b.createDemo();
    const QStringList before = delegationsInOrder(*chair);
    REQUIRE(before.size() > 3);
    REQUIRE_DONE(chair->start());
    b.clock().advance(95'000);
    REQUIRE_DONE(chair->addTime(30'000));
    REQUIRE_DONE(chair->next());
    const QStringList beforeMove = delegationsInOrder(*chair);
    REQUIRE_DONE(chair->move(idOf(*chair, before.last()), 1));
    const QStringList afterMove = delegationsInOrder(*chair);
    REQUIRE(afterMove != beforeMove);
    REQUIRE_DONE(chair->setMessage(name("Please conclude")));

    auto again = b.open();
    CHECK(again->isOnServer() == (b.kind() == Backend::Kind::Server));
    CHECK(delegationsInOrder(*again) == delegationsInOrder(*chair));
    CHECK(currentDelegation(*again) == before[1]);
    CHECK(again->meeting().message == name("Please conclude"));
    const Entry *first = entryOf(again->list(), before[0]);
    REQUIRE(first);
    CHECK(first->status == Status::Spoke);
    CHECK(first->extraMs == 30'000);
    CHECK(again->identity() == chair->identity());
    CHECK_FALSE(again->identity().isEmpty());

    // The journal: one row an act, newest first, with what each did.
    const QVector<JournalRecord> journal = again->journal(5);
    REQUIRE(journal.size() == 5);
    CHECK(journal[0].act == QStringLiteral("message"));
    CHECK(journal[1].act == QStringLiteral("move"));
    CHECK(journal[0].id > journal[1].id);
    // The server names who acted as it knows them: its user.
    CHECK(journal[0].actor ==
          (b.kind() == Backend::Kind::Server ? QStringLiteral("rostrum") : QStringLiteral("test")));

    // Undo and redo, from the other console, of an act it did not make (the message belongs to
    // its moment and is not undone: the move is).
    REQUIRE_DONE(again->undo());
    CHECK(delegationsInOrder(*again) == beforeMove);
    CHECK(again->meeting().message == name("Please conclude"));
    CHECK_FALSE(again->redoText().isEmpty());
    REQUIRE_DONE(again->redo());
    CHECK(delegationsInOrder(*again) == afterMove);
    REQUIRE_DONE(again->undo());
    auto third = b.open();
    CHECK(delegationsInOrder(*third) == beforeMove);
    CHECK(third->redoText() == again->redoText());
    CHECK(third->undoText() == again->undoText());
}

TEST_CASE("Two consoles on one meeting each act on the newest state and see the other's acts",
          "[server]")
{
    Backend b(eachBackend());
    INFO(b.name());
    auto chair = b.createEmpty();
    auto staff = b.open();
    chair->watchFile(); // the console's watch: a file is looked at, a server announces
    staff->watchFile();
    inscribe(*chair, name("Japan"));
    // The staff console has not caught up; its inscription still lands after Japan's, with the
    // next id, because each act is planned under the meeting's lock on the newest state.
    const qint64 latvia = inscribe(*staff, name("Latvia"));
    CHECK(latvia == idOf(*staff, name("Japan")) + 1);
    CHECK(delegationsInOrder(*staff) == names({"Japan", "Latvia"}));

    CHECK(Backend::catchUp(*chair));
    CHECK(delegationsInOrder(*chair) == names({"Japan", "Latvia"}));

    // A duplicate is caught though the other console has not caught up.
    inscribe(*chair, name("Peru"));
    const auto dup = staff->add(draftFor(name("Peru")));
    CHECK_FALSE(dup.ok);
    CHECK(dup.error.contains(name("Peru is already inscribed")));

    // An entry removed on one console cannot be moved on the other.
    const qint64 peru = idOf(*chair, name("Peru"));
    REQUIRE_DONE(chair->remove(peru));
    CHECK(staff->move(peru, 1).error == name("There is no entry #%1.").arg(peru));

    // A new entry never takes a removed one's id, and undoing the removal brings it back.
    const qint64 kenya = inscribe(*staff, name("Kenya"));
    CHECK(kenya == peru + 1);
    REQUIRE(Backend::catchUp(*chair));
    REQUIRE_DONE(chair->undo()); // Kenya's inscription
    REQUIRE_DONE(chair->undo()); // Peru's removal
    CHECK(idOf(*chair, name("Peru")) == peru);
    REQUIRE(Backend::catchUp(*staff));
    CHECK(delegationsInOrder(*staff) == names({"Japan", "Latvia", "Peru"}));
    CHECK(inscribe(*staff, name("Chile")) == kenya + 1);
}

TEST_CASE("The web links and the consoles' seats are kept with the meeting on both backends",
          "[server]")
{
    Backend b(eachBackend());
    INFO(b.name());
    auto chair = b.createEmpty();
    const QHash<QString, QByteArray> links{{QStringLiteral("viewer"), QByteArray(32, 'v')},
                                           {QStringLiteral("chair"), QByteArray(32, 'c')}};
    QString error;
    REQUIRE(chair->replaceWebLinkHashes(links, &error));
    CHECK(b.open()->webLinkHashes() == links);

    CHECK(chair->takeSeat().isEmpty()); // nobody else yet
    auto other = b.open(QStringLiteral("bob"));
    // Both consoles run in this one process: a seat is told by its process, so the second one
    // sees none; what matters here is that taking and reading seats works on the backend.
    CHECK(other->takeSeat().isEmpty());
}
