// A meeting copied between a file and a server, whole: the list, the journal with its undo
// history, the web links and the ids handed out.
#include "backend.h"
#include "corehelpers.h"
#include "server/serverconnection.h"
#include "server/servercopy.h"
#include "server/serverschema.h"

#include <QFile>

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("A file pushed to a server and pulled back keeps its list, journal, undo and ids",
          "[server]")
{
    Backend file(Backend::Kind::File);
    auto s = file.createDemo();
    REQUIRE_DONE(s->start());
    file.clock().advance(40'000);
    REQUIRE_DONE(s->next());
    // The entry with the highest id goes: no new entry may take its id again.
    const Entry *highest =
        &*std::max_element(s->list().entries().cbegin(), s->list().entries().cend(),
                           [](const Entry &a, const Entry &b) { return a.id < b.id; });
    const QString removedName = highest->delegation;
    const qint64 removed = highest->id;
    REQUIRE_DONE(s->remove(removed));
    const QStringList order = delegationsInOrder(*s);
    const int journalRows = s->journal(1000).size();
    const QString undo = s->undoText();
    QString error;
    const QHash<QString, QByteArray> links{{QStringLiteral("chair"), QByteArray(32, 'c')}};
    REQUIRE(s->replaceWebLinkHashes(links, &error));
    const QString fileIdentity = s->identity();
    s.reset();

    const QString url = newServerMeeting();
    REQUIRE(ServerCopy::push(file.location(), locationOf(url), &error));
    // The name is taken now: a second push is refused and changes nothing there.
    CHECK_FALSE(ServerCopy::push(file.location(), locationOf(url), &error));
    CHECK(error.contains(QStringLiteral("already exists")));

    auto onServer = MeetingSession::open(url, file.clock(), QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(onServer);
    CHECK(delegationsInOrder(*onServer) == order);
    CHECK(onServer->journal(1000).size() == journalRows);
    CHECK(onServer->journal(1).first().actor == QStringLiteral("test")); // the file's actors
    CHECK(onServer->undoText() == undo);
    CHECK(onServer->webLinkHashes() == links);
    CHECK(onServer->identity() != fileIdentity);
    CHECK(inscribe(*onServer, name("Tuvalu")) == removed + 1);
    REQUIRE_DONE(onServer->undo()); // Tuvalu
    REQUIRE_DONE(onServer->undo()); // the removal, made in the file
    CHECK(idOf(*onServer, removedName) == removed);
    REQUIRE_DONE(onServer->redo());

    // Back into a new file, and the file carries on where the server was.
    const QString back = file.temp().path(QStringLiteral("back.rostrum"));
    REQUIRE(onServer->backupTo(back, &error));
    CHECK_FALSE(onServer->backupTo(back, &error)); // never over an existing file
    auto pulled = MeetingSession::open(back, file.clock(), QStringLiteral("test"), &error);
    REQUIRE(pulled);
    CHECK(delegationsInOrder(*pulled) == delegationsInOrder(*onServer));
    CHECK(pulled->journal(1000).size() == onServer->journal(1000).size());
    CHECK(pulled->undoText() == onServer->undoText());
    CHECK(pulled->redoText() == onServer->redoText());
    CHECK(pulled->webLinkHashes() == links);
    CHECK(inscribe(*pulled, name("Fiji")) == removed + 2); // Tuvalu's id is not handed out again
}

TEST_CASE("The meetings of a database are listed with their titles", "[server]")
{
    Backend b(Backend::Kind::Server);
    auto s = b.createEmpty();
    QString error;
    auto admin = ServerConnection::open(locationOf(b.location()), &error);
    REQUIRE(admin);
    QVector<ServerSchema::Listed> meetings;
    REQUIRE(ServerSchema::listMeetings(admin->db(), &meetings, &error));
    const QString name = locationOf(b.location()).meeting;
    const auto it = std::find_if(meetings.cbegin(), meetings.cend(),
                                 [&](const ServerSchema::Listed &m) { return m.name == name; });
    REQUIRE(it != meetings.cend());
    CHECK(it->title == s->meeting().title);
    CHECK(it->format == ServerSchema::currentFormat());
}
