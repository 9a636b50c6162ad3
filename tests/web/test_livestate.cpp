// The live state of the pages (GET /ws): the state on connect and after every act, whoever made
// it, never a tick; the server's time for the pages' clocks; and a wrong key closed with 4001.

#include "webfixture.h"

#include <QJsonArray>
#include <QWebSocket>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;
using rostrum::web::WebRole;

namespace {
// A page's connection, recording what it receives.
struct Page
{
    QWebSocket socket;
    QList<QJsonObject> received;
    int closeCode = 0;
    bool closed = false;

    Page(const WebFixture &f, const QString &token)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] {
            closed = true;
            closeCode = socket.closeCode();
        });
        QString url = QStringLiteral("ws://127.0.0.1:%1/ws").arg(f.port());
        if (!token.isEmpty())
            url += QStringLiteral("?t=") + token;
        socket.open(QUrl(url));
    }
    QList<QJsonObject> states() const
    {
        QList<QJsonObject> all;
        for (const QJsonObject &m : received) {
            if (m.value(QStringLiteral("type")) == QStringLiteral("state"))
                all.append(m);
        }
        return all;
    }
};
} // namespace

TEST_CASE("A page gets the state on connect and after every act, and nothing in between",
          "[web][live]")
{
    WebFixture f;
    Page page(f, f.token(WebRole::Viewer));
    REQUIRE(waitUntil([&] { return page.states().size() == 1; }));
    const QJsonObject first = page.states().first();
    CHECK(first.value(QStringLiteral("role")) == QStringLiteral("viewer"));
    CHECK(first.value(QStringLiteral("acts")).toArray().isEmpty());
    CHECK(first.value(QStringLiteral("server_ms")).toInteger() == f.session->now());
    CHECK(first.value(QStringLiteral("status")).toObject().value(QStringLiteral("current")) ==
          QJsonValue::Null);
    CHECK(first.value(QStringLiteral("list")).toArray().size() ==
          f.session->list().entries().size());

    REQUIRE(f.post(QStringLiteral("start"), f.token(WebRole::Timekeeper)).status == 200);
    REQUIRE(waitUntil([&] { return page.states().size() == 2; }));
    const QJsonObject called = page.states().last();
    const QJsonObject clock = called.value(QStringLiteral("clock")).toObject();
    CHECK(called.value(QStringLiteral("status"))
              .toObject()
              .value(QStringLiteral("current"))
              .toObject()
              .value(QStringLiteral("delegation")) == QStringLiteral("Albania"));
    CHECK(clock.value(QStringLiteral("running")) == true);
    CHECK(clock.value(QStringLiteral("remaining_ms")).toInteger() ==
          clock.value(QStringLiteral("limit_ms")).toInteger());

    // Time passes on the server's clock; no message is sent for it.
    f.tm.clock.advance(5'000);
    waitUntil([] { return false; }, 300);
    CHECK(page.states().size() == 2);

    // The console's own act (the same session) reaches the page too.
    REQUIRE(f.session->pause().ok);
    REQUIRE(waitUntil([&] { return page.states().size() == 3; }));
    const QJsonObject paused = page.states().last().value(QStringLiteral("clock")).toObject();
    CHECK(paused.value(QStringLiteral("running")) == false);
    CHECK(paused.value(QStringLiteral("elapsed_ms")).toInteger() == 5'000);
}

TEST_CASE("Another console's act on the file reaches the pages", "[web][live][second-party]")
{
    WebFixture f;
    f.session->watchFile(20);
    Page page(f, f.token(WebRole::Viewer));
    REQUIRE(waitUntil([&] { return page.states().size() == 1; }));
    auto other = f.tm.reopen();
    REQUIRE(other);
    REQUIRE(inscribe(*other, QStringLiteral("Fiji")) > 0);
    REQUIRE(waitUntil([&] { return page.states().size() >= 2; }));
    const QJsonArray list = page.states().last().value(QStringLiteral("list")).toArray();
    CHECK(std::any_of(list.cbegin(), list.cend(), [](const QJsonValue &row) {
        return row.toObject().value(QStringLiteral("delegation")) == QStringLiteral("Fiji");
    }));
    CHECK(list.size() == f.session->list().entries().size());
}

TEST_CASE("A ping is answered with the server's time, to the millisecond", "[web][live]")
{
    WebFixture f;
    Page page(f, f.token(WebRole::Timekeeper));
    REQUIRE(waitUntil([&] { return page.states().size() == 1; }));
    CHECK(page.states()
              .first()
              .value(QStringLiteral("acts"))
              .toArray()
              .contains(QStringLiteral("start")));
    f.tm.clock.advance(1234);
    page.socket.sendTextMessage(QStringLiteral(R"({"type":"ping","id":7,"client_sent":99})"));
    REQUIRE(waitUntil([&] { return page.received.size() == 2; }));
    const QJsonObject pong = page.received.last();
    CHECK(pong.value(QStringLiteral("type")) == QStringLiteral("pong"));
    CHECK(pong.value(QStringLiteral("id")).toInt() == 7);
    CHECK(pong.value(QStringLiteral("client_sent")).toInt() == 99);
    CHECK(pong.value(QStringLiteral("server_ms")).toInteger() == f.session->now());
}

TEST_CASE("A page with a wrong key, or none, is closed with 4001, a renewal closes them all",
          "[web][live]")
{
    WebFixture f;
    Page wrong(f, QStringLiteral("nope"));
    Page none(f, {});
    REQUIRE(waitUntil([&] { return wrong.closed && none.closed; }));
    CHECK(wrong.closeCode == 4001);
    CHECK(none.closeCode == 4001);
    CHECK(wrong.states().isEmpty());

    Page good(f, f.token(WebRole::Chair));
    REQUIRE(waitUntil([&] { return good.states().size() == 1; }));
    CHECK(f.server->connectedPages(WebRole::Chair) == 1);
    f.server->useTokens(*web::AccessTokens::forMeeting(*f.session, true, nullptr));
    REQUIRE(waitUntil([&] { return good.closed; }));
    CHECK(good.closeCode == 4001);
    REQUIRE(waitUntil([&] { return f.server->connectedPages(WebRole::Chair) == 0; }));
}

TEST_CASE("A page that floods the server, or sends oversize frames, is closed, others go on",
          "[web][live][limits]")
{
    WebFixture f;
    Page flood(f, f.token(WebRole::Viewer));
    Page calm(f, f.token(WebRole::Viewer));
    REQUIRE(waitUntil([&] { return flood.states().size() == 1 && calm.states().size() == 1; }));
    for (int i = 0; i < 100; ++i)
        flood.socket.sendTextMessage(QStringLiteral(R"({"type":"ping","id":1})"));
    REQUIRE(waitUntil([&] { return flood.closed; }));
    CHECK(flood.closeCode == QWebSocketProtocol::CloseCodePolicyViolated);

    Page big(f, f.token(WebRole::Viewer));
    REQUIRE(waitUntil([&] { return big.states().size() == 1; }));
    big.socket.sendTextMessage(QString(100'000, QLatin1Char('x')));
    REQUIRE(waitUntil([&] { return big.closed; }));

    REQUIRE(f.post(QStringLiteral("start"), f.token(WebRole::Chair)).status == 200);
    REQUIRE(waitUntil([&] { return calm.states().size() == 2; }));
    CHECK_FALSE(calm.closed);
}
