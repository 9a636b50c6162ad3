// What a request, a connection and an address may cost the server: refused before Qt's server
// reads a byte of it, with the status that says why, and the server still answers after.

#include "webfixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QWebSocket>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;
using rostrum::web::WebRole;

namespace {
QByteArray head(quint16 port)
{
    return "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
}
} // namespace

TEST_CASE("Oversize heads and bodies, and bodies of unknown length, are refused", "[web][limits]")
{
    WebFixture f;
    const QByteArray host = head(f.port());
    const QByteArray bigHeader = "X-Padding: " + QByteArray(9000, 'a') + "\r\n";
    CHECK(f.send("GET /api/status HTTP/1.1\r\n" + host + bigHeader + "\r\n").status == 431);
    CHECK(f.send("GET /api/status HTTP/1.1\r\n" + host + QByteArray(9000, 'b')).status == 431);
    // The length is enough: the body is refused before it is sent.
    CHECK(f.send("POST /api/acts/start HTTP/1.1\r\n" + host + "Content-Length: 70000\r\n\r\n")
              .status == 413);
    CHECK(f.send("POST /api/acts/start HTTP/1.1\r\n" + host +
                 "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
              .status == 411);
    CHECK(
        f.send("POST /api/acts/start HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n").status ==
        400);
    CHECK(
        f.send("POST /api/acts/start HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n").status ==
        400);
    CHECK(f.get(QStringLiteral("/api/status"), f.token(WebRole::Viewer)).status == 200);
    CHECK(f.session->list().current() == nullptr);
}

TEST_CASE("A request that trickles in is dropped", "[web][limits]")
{
    web::WebServer::Options options;
    options.limits.headTimeoutMs = 300;
    WebFixture f(options);
    const HttpAnswer slow = f.send("GET /api/status HTTP/1.1\r\n", 3000);
    CHECK(slow.status == 408);
}

TEST_CASE("Connections over the limit of an address are turned away, and the rest served",
          "[web][limits]")
{
    web::WebServer::Options options;
    options.limits.maxConnectionsPerAddress = 20;
    WebFixture f(options);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 20; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, f.port());
    }
    REQUIRE(waitUntil([&] {
        return std::all_of(idle.cbegin(), idle.cend(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState;
        });
    }));
    // The server must have counted them before the 21st arrives.
    waitUntil([] { return false; }, 200);
    CHECK(f.get(QStringLiteral("/api/status"), f.token(WebRole::Viewer)).status == 503);
    idle.clear();
    REQUIRE(waitUntil([&] {
        return f.get(QStringLiteral("/api/status"), f.token(WebRole::Viewer)).status == 200;
    }));
}

TEST_CASE("Wrong keys from one address slow that address down, and are logged", "[web][limits]")
{
    web::WebServer::Options options;
    options.limits.slowingStepMs = 400;
    WebFixture f(options);
    QStringList log;
    QObject::connect(f.server.get(), &web::WebServer::notice,
                     [&](const QString &line) { log.append(line); });
    for (int i = 0; i < 9; ++i)
        CHECK(f.get(QStringLiteral("/api/status"), QStringLiteral("guess%1").arg(i)).status == 401);
    CHECK(log.isEmpty());
    CHECK(f.get(QStringLiteral("/api/status"), QStringLiteral("guess9")).status == 401);
    REQUIRE(log.size() == 1);
    CHECK(log.first().contains(QStringLiteral("10 wrong keys from 127.0.0.1")));
    QElapsedTimer timer;
    timer.start();
    CHECK(f.get(QStringLiteral("/api/status"), f.token(WebRole::Viewer)).status == 200);
    CHECK(timer.elapsed() >= 350); // waited before it was read, right key or not
}

TEST_CASE("Empty lines before a request do not take it past the gate unchecked", "[web][limits]")
{
    web::WebServer::Options options;
    options.limits.headTimeoutMs = 300;
    WebFixture f(options);
    const QByteArray host = head(f.port());
    const QByteArray bigHeader = "X-Padding: " + QByteArray(60 * 1024, 'a') + "\r\n";
    CHECK(f.send("\r\n\r\nGET /api/status HTTP/1.1\r\n" + host + bigHeader + "\r\n").status == 431);
    CHECK(f.send("\r\n\r\n", 3000).status == 408);
    CHECK(f.send("\r\nPOST /api/acts/start HTTP/1.1\r\n" + host +
                 "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
              .status == 411);
    CHECK(f.send("\n\nPOST /api/acts/start HTTP/1.1\n" + host + "Content-Length: 10485760\n\n")
              .status == 413);
    // Bare line feeds end a head for Qt's parser, so they do for the gate too.
    const QByteArray bare = "GET /api/status?t=" + f.token(WebRole::Viewer).toLatin1() +
                            " HTTP/1.1\nHost: 127.0.0.1\n\n";
    CHECK(f.send(bare).status == 200);
    CHECK(f.session->list().current() == nullptr);
}

TEST_CASE("A page that comes and goes does not use up its address's connections",
          "[web][limits][live]")
{
    web::WebServer::Options options;
    options.limits.maxConnectionsPerAddress = 5;
    WebFixture f(options);
    QUrl url(
        QStringLiteral("ws://127.0.0.1:%1/ws?t=%2").arg(f.port()).arg(f.token(WebRole::Viewer)));
    for (int i = 0; i < 12; ++i) {
        QWebSocket page;
        bool got = false;
        QObject::connect(&page, &QWebSocket::textMessageReceived, [&] { got = true; });
        page.open(url);
        INFO("page " << i);
        REQUIRE(waitUntil([&] { return got; }));
        page.close();
        REQUIRE(waitUntil([&] { return page.state() == QAbstractSocket::UnconnectedState; }));
    }
    REQUIRE(waitUntil([&] {
        return f.get(QStringLiteral("/api/status"), f.token(WebRole::Viewer)).status == 200;
    }));
}
