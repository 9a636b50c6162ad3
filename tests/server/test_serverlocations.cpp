// A server location that is wrong in any way is refused with one line that says what is wrong,
// before anything is written anywhere.
#include "backend.h"
#include "corehelpers.h"
#include "server/serverconnection.h"
#include "server/serverlocation.h"
#include "store/meetingstore.h"

#include <QSqlQuery>
#include <QTcpServer>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString refusalOf(const QString &url)
{
    QString error;
    CHECK_FALSE(MeetingStore::open(url, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
    return error;
}
} // namespace

TEST_CASE("A malformed server location says what is wrong with it", "[server]")
{
    CHECK(refusalOf(QStringLiteral("postgresql://me:secret@db.example/un?meeting=a"))
              .contains(QStringLiteral("must not hold a password")));
    CHECK(refusalOf(QStringLiteral("postgresql://db.example/un"))
              .contains(QStringLiteral("names no meeting")));
    CHECK(refusalOf(QStringLiteral("postgresql://db.example/?meeting=a"))
              .contains(QStringLiteral("names no database")));
    CHECK(refusalOf(QStringLiteral("postgresql:///un?meeting=a"))
              .contains(QStringLiteral("names no server")));
    CHECK(refusalOf(QStringLiteral("postgresql://db.example/un?meeting=Bad-Name"))
              .contains(QStringLiteral("cannot name a meeting")));
    CHECK(refusalOf(QStringLiteral("postgresql://db.example/un?meeting=a&colour=red"))
              .contains(QStringLiteral("colour is not an option")));
    CHECK(refusalOf(QStringLiteral("postgresql://db.example/un?meeting=a&sslmode=maybe"))
              .contains(QStringLiteral("sslmode=maybe")));
    // The URL shown again never carries a password.
    QString error;
    const auto where = ServerLocation::parse(
        QStringLiteral("postgresql://clerk@db.example:5433/un?meeting=arria&sslmode=require"),
        &error);
    REQUIRE(where);
    CHECK(where->toString() ==
          QStringLiteral("postgresql://clerk@db.example:5433/un?meeting=arria&sslmode=require"));
    CHECK(where->schema() == QStringLiteral("rostrum_arria"));
}

TEST_CASE("A server that is not there, a missing meeting and a newer format are refused plainly",
          "[server]")
{
    // A port nothing listens on: taken and let go at once.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    CHECK(refusalOf(QStringLiteral("postgresql://127.0.0.1:%1/rostrum?meeting=a").arg(port))
              .contains(QStringLiteral("cannot be reached")));

    const QString missing = newServerMeeting();
    CHECK(refusalOf(missing).contains(QStringLiteral("has no meeting named")));

    // A meeting whose register says a newer Rostrum made it is not touched.
    Backend b(Backend::Kind::Server);
    b.createEmpty();
    {
        QString error;
        auto admin = ServerConnection::open(*ServerLocation::parse(b.location(), &error), &error);
        REQUIRE(admin);
        QSqlQuery q(admin->db());
        q.prepare(QStringLiteral("UPDATE rostrum.meetings SET format = 99 WHERE name = ?"));
        q.addBindValue(ServerLocation::parse(b.location(), &error)->meeting);
        REQUIRE(q.exec());
    }
    CHECK(refusalOf(b.location()).contains(QStringLiteral("newer Rostrum")));
}
