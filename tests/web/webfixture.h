#pragma once

#include "tempmeeting.h"
#include "webserver.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <memory>

namespace rostrum::testing {

// An answer as a client sees it.
struct HttpAnswer
{
    int status = 0; // 0: no answer (the connection was closed without one)
    QByteArray head;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

// The demo meeting on a manual clock, served on 127.0.0.1 at a free port by a real WebServer,
// with its links kept in a folder of the test's own (XDG_DATA_HOME).
class WebFixture final
{
public:
    explicit WebFixture(web::WebServer::Options options = {});
    ~WebFixture();

    TempMeeting tm;
    std::unique_ptr<MeetingSession> session;
    std::unique_ptr<web::WebServer> server;

    QString token(web::WebRole role) const { return server->tokens().tokenOf(role); }
    quint16 port() const;

    // Raw HTTP over a socket of its own, so the test controls every byte; waits for the answer
    // and the close (up to timeoutMs), running the event loop meanwhile.
    HttpAnswer send(const QByteArray &request, int timeoutMs = 5000);
    HttpAnswer get(const QString &target, const QString &token = {});
    HttpAnswer post(const QString &act, const QString &token, const QByteArray &body = "{}",
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

private:
    QTemporaryDir m_data;
    QByteArray m_oldDataHome;
};

// Runs the event loop until `done` is true or the time is up; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);

} // namespace rostrum::testing
