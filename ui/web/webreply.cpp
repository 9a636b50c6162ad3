#include "webreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace rostrum::web {

QByteArray contentSecurityPolicy()
{
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

WebReply WebReply::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}},
                status);
}

WebReply WebReply::json(const QJsonObject &object, int status)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

WebReply WebReply::json(const QJsonArray &array)
{
    return {200, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}
} // namespace

void WebReply::writeTo(QTcpSocket *socket) const
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: " + contentType +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nCache-Control: no-store"
                      "\r\nReferrer-Policy: no-referrer"
                      "\r\nX-Content-Type-Options: nosniff"
                      "\r\nX-Frame-Options: DENY"
                      "\r\nContent-Security-Policy: " +
                      contentSecurityPolicy() + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace rostrum::web
