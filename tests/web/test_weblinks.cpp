// The links of the web views: a key per role from the system's random source, kept hashed in the
// meeting file, the same after a restart, and dead once renewed.

#include "webfixture.h"

#include <QFile>
#include <QSet>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;
using rostrum::web::AccessTokens;
using rostrum::web::WebRole;

TEST_CASE("Each role has its own key of 256 random bits, and the file holds only their hashes",
          "[web][links]")
{
    WebFixture f;
    QSet<QString> seen;
    for (const WebRole role : web::allWebRoles()) {
        const QString token = f.token(role);
        CHECK(token.size() == 43); // 32 bytes in URL-safe base64, unpadded
        CHECK(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size() == 32);
        seen.insert(token);
    }
    CHECK(seen.size() == 4);
    CHECK(f.session->webLinkHashes().size() == 4);

    f.server.reset();
    f.session.reset();
    QFile file(f.tm.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QFile wal(f.tm.path() + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    for (const QString &token : seen)
        CHECK_FALSE(bytes.contains(token.toLatin1()));
    const QString kept = AccessTokens::keptTokensPath(
        MeetingSession::open(f.tm.path(), f.tm.clock, QStringLiteral("t"), nullptr)->identity());
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    CHECK(QFile::permissions(kept).testFlag(QFile::ReadOwner));
    CHECK((QFile::permissions(kept) & others) == QFile::Permissions());
}

TEST_CASE("The links survive a restart, and renewed the old ones stop working at once",
          "[web][links]")
{
    WebFixture f;
    const QString oldChair = f.token(WebRole::Chair);
    const QString oldViewer = f.token(WebRole::Viewer);
    {
        auto again = AccessTokens::forMeeting(*f.session, false, nullptr);
        REQUIRE(again);
        CHECK(again->tokenOf(WebRole::Chair) == oldChair);
    }
    // Another console of the same user, on the file reopened: the same links.
    auto reopened = f.tm.reopen();
    REQUIRE(reopened);
    CHECK(AccessTokens::forMeeting(*reopened, false, nullptr)->tokenOf(WebRole::Viewer) ==
          oldViewer);
    reopened.reset();

    auto renewed = AccessTokens::forMeeting(*f.session, true, nullptr);
    REQUIRE(renewed);
    CHECK(renewed->tokenOf(WebRole::Chair) != oldChair);
    f.server->useTokens(*renewed);
    CHECK(f.get(QStringLiteral("/api/status"), oldViewer).status == 401);
    CHECK(f.post(QStringLiteral("start"), oldChair).status == 401);
    CHECK(f.post(QStringLiteral("start"), renewed->tokenOf(WebRole::Chair)).status == 200);
}

TEST_CASE("A key is told apart whole: a key of another meeting, or one cut short, is wrong",
          "[web][links]")
{
    WebFixture f;
    const QString chair = f.token(WebRole::Chair);
    CHECK_FALSE(f.server->tokens().roleOf(chair.left(42).toLatin1()));
    CHECK_FALSE(f.server->tokens().roleOf((chair + QLatin1Char('A')).toLatin1()));
    CHECK_FALSE(f.server->tokens().roleOf(QByteArray()));
    CHECK(f.server->tokens().roleOf(chair.toLatin1()) == WebRole::Chair);
}

TEST_CASE("A meeting opened for reading cannot make links, and says why", "[web][links]")
{
    WebFixture f;
    f.server.reset();
    f.session.reset();
    QFile::remove(AccessTokens::keptTokensPath(
        MeetingSession::open(f.tm.path(), f.tm.clock, QStringLiteral("t"), nullptr)->identity()));
    QString error;
    auto reading = MeetingSession::openForReading(f.tm.path(), f.tm.clock, &error);
    REQUIRE(reading);
    CHECK_FALSE(AccessTokens::forMeeting(*reading, false, &error));
    CHECK_FALSE(error.isEmpty());
}
