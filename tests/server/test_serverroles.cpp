// The roles of a meeting on a server, enforced by PostgreSQL itself: through Rostrum and
// through raw SQL alike, a role does exactly what it may.
#include "backend.h"
#include "corehelpers.h"
#include "server/serverconnection.h"
#include "server/serverroles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString newUser(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

void grant(const QString &url, const QString &user, const QString &role)
{
    QString error;
    auto admin = ServerConnection::open(locationOf(url), &error);
    INFO(error.toStdString());
    REQUIRE(admin);
    REQUIRE(ServerRoles::grant(admin->db(), locationOf(url).meeting, user, role, &error));
}

// A raw statement sent by the user, as psql would: the SQLSTATE the server answers, or "" when
// it did it.
QString rawStatement(const QString &url, const QString &user, const QString &sql)
{
    QString error;
    auto c = ServerConnection::open(locationOf(asUser(url, user)), &error);
    INFO(error.toStdString());
    REQUIRE(c);
    QSqlQuery q(c->db());
    REQUIRE(q.exec(QStringLiteral("SET search_path = ") + locationOf(url).schema()));
    return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
}

struct RoledMeeting
{
    Backend b{Backend::Kind::Server};
    std::unique_ptr<MeetingSession> chair = b.createDemo();
    QString viewer = newUser("v");
    QString timekeeper = newUser("t");
    QString staff = newUser("s");
    RoledMeeting()
    {
        grant(b.location(), viewer, QStringLiteral("viewer"));
        grant(b.location(), timekeeper, QStringLiteral("timekeeper"));
        grant(b.location(), staff, QStringLiteral("staff"));
    }
    std::unique_ptr<MeetingSession> as(const QString &user)
    {
        QString error;
        auto s = MeetingSession::open(asUser(b.location(), user), b.clock(),
                                      QStringLiteral("console"), &error);
        INFO(error.toStdString());
        REQUIRE(s);
        return s;
    }
};
} // namespace

TEST_CASE("A viewer reads the meeting and the server refuses any change it sends", "[server]")
{
    RoledMeeting m;
    auto viewer = m.as(m.viewer);
    CHECK(delegationsInOrder(*viewer) == delegationsInOrder(*m.chair));
    CHECK(viewer->isReadOnly());
    CHECK(viewer->readOnlyReason().contains(m.viewer));
    const auto refused = viewer->start();
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("viewer")));
    // 42501: insufficient_privilege, from PostgreSQL, whatever program sends it.
    CHECK(rawStatement(m.b.location(), m.viewer,
                       QStringLiteral("UPDATE entry SET delegation = 'X'")) ==
          QStringLiteral("42501"));
    CHECK(rawStatement(m.b.location(), m.viewer, QStringLiteral("DELETE FROM journal")) ==
          QStringLiteral("42501"));
    CHECK(rawStatement(m.b.location(), m.viewer,
                       QStringLiteral("SELECT id FROM meeting FOR UPDATE")) ==
          QStringLiteral("42501"));
    CHECK(rawStatement(m.b.location(), m.viewer, QStringLiteral("SELECT count(*) FROM entry"))
              .isEmpty());
}

TEST_CASE("A timekeeper runs the clock and the message, and may not touch the list", "[server]")
{
    RoledMeeting m;
    auto tk = m.as(m.timekeeper);
    CHECK_FALSE(tk->isReadOnly());
    REQUIRE_DONE(tk->start());
    m.b.clock().advance(60'000);
    REQUIRE_DONE(tk->addTime(30'000));
    REQUIRE_DONE(tk->setMessage(name("Please conclude")));
    REQUIRE_DONE(tk->next());
    // The journal names the PostgreSQL user, not what the program claimed.
    CHECK(tk->journal(1).first().actor == m.timekeeper.toLower());

    const auto add = tk->add(draftFor(name("Tuvalu")));
    CHECK_FALSE(add.ok);
    CHECK(add.error.contains(QStringLiteral("may not")));
    CHECK(tk->list().find(add.entryId) == nullptr);
    // Nothing of the refused act stayed, on the timekeeper's screen or on the server.
    auto fresh = m.as(m.timekeeper);
    CHECK(delegationsInOrder(*fresh) == delegationsInOrder(*tk));
    CHECK(rawStatement(m.b.location(), m.timekeeper,
                       QStringLiteral("UPDATE entry SET notes = 'edited'")) ==
          QStringLiteral("42501"));
    CHECK(rawStatement(m.b.location(), m.timekeeper,
                       QStringLiteral("UPDATE meeting SET title = 'Renamed'")) ==
          QStringLiteral("42501"));
    CHECK(rawStatement(m.b.location(), m.timekeeper,
                       QStringLiteral("UPDATE meeting SET message = 'Thank you'"))
              .isEmpty());
}

TEST_CASE("Staff shape the list and may not run the clock", "[server]")
{
    RoledMeeting m;
    auto staff = m.as(m.staff);
    const qint64 chile = inscribe(*staff, name("Tuvalu"));
    REQUIRE_DONE(staff->move(chile, 1));
    CHECK(delegationsInOrder(*staff).first() == name("Tuvalu"));
    const auto start = staff->start();
    CHECK_FALSE(start.ok);
    CHECK(start.error.contains(QStringLiteral("may not run the clock")));
    CHECK(staff->list().current() == nullptr);
    CHECK(
        rawStatement(m.b.location(), m.staff, QStringLiteral("UPDATE entry SET started_at = 1")) ==
        QStringLiteral("42501"));
    CHECK(rawStatement(m.b.location(), m.staff,
                       QStringLiteral("UPDATE journal SET actor = 'someone else'")) ==
          QStringLiteral("42501"));
    CHECK(rawStatement(m.b.location(), m.staff, QStringLiteral("DELETE FROM web_link")) ==
          QStringLiteral("42501"));
}

TEST_CASE("A new grant replaces the role a user had, and a stranger is refused at open", "[server]")
{
    RoledMeeting m;
    grant(m.b.location(), m.viewer, QStringLiteral("staff"));
    auto promoted = m.as(m.viewer);
    CHECK_FALSE(promoted->isReadOnly());
    inscribe(*promoted, name("Tuvalu"));
    grant(m.b.location(), m.viewer, QStringLiteral("viewer"));
    CHECK(m.as(m.viewer)->isReadOnly());

    const QString stranger = newUser("x");
    grant(m.b.location(), stranger, QStringLiteral("viewer")); // exists now, on this meeting only
    Backend other(Backend::Kind::Server);
    auto otherChair = other.createEmpty();
    QString error;
    CHECK_FALSE(MeetingSession::open(asUser(other.location(), stranger), other.clock(),
                                     QStringLiteral("console"), &error));
    CHECK(error.contains(QStringLiteral("has no role in this meeting")));
}

TEST_CASE("In a console, an act the server refuses for the role is refused, not kept to retry",
          "[server]")
{
    RoledMeeting m;
    auto tk = m.as(m.timekeeper);
    tk->setKeepWorkingWhenSaveFails(true); // as the console runs it
    const auto add = tk->add(draftFor(name("Tuvalu")));
    CHECK_FALSE(add.ok);
    CHECK(add.error.startsWith(QStringLiteral("Not done:")));
    CHECK(add.error.contains(QStringLiteral("may not")));
    CHECK(tk->unsavedActs() == 0);
    CHECK_FALSE(tk->saveFailed());
    // And the acts that are the timekeeper's still go through at once.
    REQUIRE_DONE(tk->start());
    CHECK(tk->unsavedActs() == 0);
}
