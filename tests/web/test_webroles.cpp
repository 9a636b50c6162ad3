// Every act of the API with every role, and with no key or a wrong one: only the roles that may
// act get past the door, and nothing is done by anyone else.

#include "webfixture.h"

#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;
using rostrum::web::WebRole;

namespace {
// A body each act would take, so that a refusal can only come from the door, not the body.
QByteArray bodyFor(const QString &act)
{
    if (act == QLatin1String("add-time"))
        return R"({"seconds": 30})";
    if (act == QLatin1String("message"))
        return R"({"text": "Please conclude"})";
    if (act == QLatin1String("inscribe") || act == QLatin1String("reply") ||
        act == QLatin1String("point-of-order"))
        return R"({"delegation": "Fiji"})";
    if (act == QLatin1String("move"))
        return R"({"id": 5, "position": 1})";
    return "{}";
}

qint64 journalLength(MeetingSession &s)
{
    return s.journal(100000).size();
}
} // namespace

TEST_CASE("No act is done without the key of a role that may do it", "[web][roles]")
{
    web::WebServer::Options options;
    options.limits.wrongTokensBeforeSlowing = 1000; // not what this test is about
    WebFixture f(options);
    const qint64 before = journalLength(*f.session);
    int refused = 0;
    for (const QString &act : web::allWebActs()) {
        INFO("act " << act.toStdString());
        const HttpAnswer none = f.post(act, {}, bodyFor(act));
        CHECK(none.status == 401);
        CHECK(none.json().value(QStringLiteral("ok")) == false);
        const HttpAnswer wrong = f.post(act, QStringLiteral("not-a-key"), bodyFor(act));
        CHECK(wrong.status == 401);
        CHECK(wrong.error().contains(QStringLiteral("not valid")));
        refused += 2;
        for (const WebRole role : web::allWebRoles()) {
            if (web::webRoleMay(role, act))
                continue;
            INFO("role " << web::webRoleKey(role).toStdString());
            const HttpAnswer answer = f.post(act, f.token(role), bodyFor(act));
            CHECK(answer.status == 403);
            CHECK(answer.error().contains(act));
            ++refused;
        }
    }
    CHECK(refused > 40);
    CHECK(journalLength(*f.session) == before);
    CHECK(f.session->list().current() == nullptr);
}

TEST_CASE("Each role's acts get through, journaled as web:ROLE@ADDRESS", "[web][roles]")
{
    WebFixture f;
    const HttpAnswer start = f.post(QStringLiteral("start"), f.token(WebRole::Timekeeper));
    REQUIRE(start.status == 200);
    CHECK(start.json().value(QStringLiteral("summary")).toString() ==
          QStringLiteral("Albania (Arben Leka) called"));
    CHECK(start.json().value(QStringLiteral("saved")) == true);
    REQUIRE(f.session->list().current());
    CHECK(f.session->list().current()->delegation == QStringLiteral("Albania"));
    CHECK(f.session->journal(1).first().actor == QStringLiteral("web:timekeeper@127.0.0.1"));

    const HttpAnswer fiji = f.post(QStringLiteral("inscribe"), f.token(WebRole::Staff),
                                   R"({"delegation": "Fiji", "speaker": "Ana Tuilagi"})");
    REQUIRE(fiji.status == 200);
    const qint64 id = fiji.json().value(QStringLiteral("id")).toInteger();
    CHECK(f.session->journal(1).first().actor == QStringLiteral("web:staff@127.0.0.1"));
    const HttpAnswer move = f.post(QStringLiteral("move"), f.token(WebRole::Staff),
                                   QStringLiteral(R"({"id": %1, "position": 1})").arg(id).toUtf8());
    REQUIRE(move.status == 200);
    CHECK(f.session->list().positionOf(id) == 1);

    const HttpAnswer undo = f.post(QStringLiteral("undo"), f.token(WebRole::Chair));
    REQUIRE(undo.status == 200);
    CHECK(f.session->list().positionOf(id) > 1);
    CHECK(f.session->journal(1).first().actor == QStringLiteral("web:chair@127.0.0.1"));
    // The console's own acts are still its own.
    CHECK(f.session->actor() == QStringLiteral("test"));
}

TEST_CASE("The rules refuse with the core's own message, and bad bodies are named", "[web][acts]")
{
    WebFixture f;
    const QString tk = f.token(WebRole::Timekeeper);
    REQUIRE(f.post(QStringLiteral("start"), tk).status == 200);
    const HttpAnswer again = f.post(QStringLiteral("start"), tk);
    CHECK(again.status == 409);
    CHECK(again.error() == QStringLiteral("The clock is already running."));

    struct Case
    {
        const char *act;
        QByteArray body;
        const char *says;
    };
    const Case cases[] = {
        {"add-time", "{\"seconds\": 30", "not JSON"},
        {"add-time", "[30]", "JSON object"},
        {"add-time", "{\"seconds\": \"30\"}", "whole number"},
        {"add-time", "{\"seconds\": 2.5}", "whole number"},
        {"add-time", "{\"seconds\": 0}", "cannot be 0"},
        {"add-time", "{\"seconds\": 30, \"minutes\": 1}", "Unknown field “minutes”"},
        {"message", "{}", "either"},
        {"message", "{\"text\": \"x\", \"clear\": true}", "either"},
        {"message", "{\"text\": \"   \"}", "cannot be empty"},
        {"start", "{\"now\": true}", "Unknown field “now”"},
    };
    const qint64 before = f.session->journal(100000).size();
    for (const Case &c : cases) {
        INFO(c.act << " " << c.body.toStdString());
        const HttpAnswer answer = f.post(QLatin1String(c.act), tk, c.body);
        CHECK(answer.status == 400);
        CHECK(answer.error().contains(QString::fromUtf8(c.says)));
    }
    const QString staff = f.token(WebRole::Staff);
    const HttpAnswer far = f.post(QStringLiteral("move"), staff, R"({"id": 99999, "position": 1})");
    CHECK(far.status == 409);
    CHECK_FALSE(far.error().isEmpty());
    CHECK(f.post(QStringLiteral("inscribe"), staff, R"({"delegation": ""})").status == 400);
    CHECK(f.post(QStringLiteral("inscribe"), staff, R"({"delegation": "Fiji", "language": "xx"})")
              .status == 400);
    CHECK(f.session->journal(100000).size() == before);
    CHECK(f.post(QStringLiteral("dance"), staff).status == 404);
}

TEST_CASE("A page of another site may not act, even with a key", "[web][roles]")
{
    WebFixture f;
    const HttpAnswer answer = f.post(QStringLiteral("start"), f.token(WebRole::Chair), "{}",
                                     {{"Origin", "http://evil.example"}});
    CHECK(answer.status == 403);
    CHECK(f.session->list().current() == nullptr);
    const QByteArray own = "http://127.0.0.1:" + QByteArray::number(f.port());
    CHECK(
        f.post(QStringLiteral("start"), f.token(WebRole::Chair), "{}", {{"Origin", own}}).status ==
        200);
}

TEST_CASE("The views need the viewer's key unless they are public, and the acts always need one",
          "[web][roles]")
{
    {
        WebFixture f;
        CHECK(f.get(QStringLiteral("/api/status")).status == 401);
        CHECK(f.get(QStringLiteral("/timer")).status == 401);
        const HttpAnswer status = f.get(QStringLiteral("/api/status"), f.token(WebRole::Viewer));
        REQUIRE(status.status == 200);
        CHECK(status.json()
                  .value(QStringLiteral("next"))
                  .toObject()
                  .value(QStringLiteral("delegation")) == QStringLiteral("Albania"));
        const HttpAnswer query = f.get(QStringLiteral("/api/list?t=") + f.token(WebRole::Viewer));
        REQUIRE(query.status == 200);
        CHECK(QJsonDocument::fromJson(query.body).array().size() ==
              f.session->list().waiting().size());
        // The pages' files and words are not the meeting's: they need no key.
        CHECK(f.get(QStringLiteral("/assets/common.js")).status == 200);
        CHECK(f.get(QStringLiteral("/api/strings?lang=fr")).status == 200);
        CHECK(f.get(QStringLiteral("/assets/../meeting.rostrum")).status == 404);
    }
    web::WebServer::Options open;
    open.publicViews = true;
    WebFixture f(open);
    CHECK(f.get(QStringLiteral("/api/status")).status == 200);
    const HttpAnswer page = f.get(QStringLiteral("/room"));
    CHECK(page.status == 200);
    CHECK(page.head.contains("Content-Security-Policy: default-src 'none'"));
    CHECK(f.post(QStringLiteral("start"), {}).status == 401);
    CHECK(f.get(QStringLiteral("/api/whoami")).json().value(QStringLiteral("role")) ==
          QStringLiteral("viewer"));
}
