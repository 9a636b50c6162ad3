#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QTcpSocket;

namespace rostrum::web {

// One answer of the web server, written with the headers every answer carries (no caching, no
// referrer, no framing, the Content-Security-Policy of the pages) and then the connection closed:
// each connection carries one request, so every request passes the RequestGate's limits.
struct WebReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // {"ok": false, "error": "…"}: every refusal of the API says why in one line.
    static WebReply error(int status, const QString &message);
    static WebReply json(const QJsonObject &object, int status = 200);
    static WebReply json(const QJsonArray &array);

    void writeTo(QTcpSocket *socket) const;
};

// The policy every page is served with: its own scripts and styles only, nothing inline, no
// frame, no form sent elsewhere; the WebSocket and the API on the same host.
QByteArray contentSecurityPolicy();

} // namespace rostrum::web
