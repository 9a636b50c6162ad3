#include "requestgate.h"

#include "wrongtokens.h"

#include <QTcpSocket>
#include <algorithm>

namespace rostrum::web {

namespace {
// The value of a header in a head, or null; names compare without case, as HTTP says.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
// Where the head ends (just after its empty line), or -1 while it has not: Qt's parser takes a
// bare LF for a line's end as well as CRLF, so both are looked for, and the first empty line
// ends the head, as it does for Qt.
qsizetype headEnd(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype lf = bytes.indexOf('\n', from); lf >= 0; lf = bytes.indexOf('\n', lf + 1)) {
        if (lf + 1 < bytes.size() && bytes.at(lf + 1) == '\n')
            return lf + 2;
        if (lf + 2 < bytes.size() && bytes.at(lf + 1) == '\r' && bytes.at(lf + 2) == '\n')
            return lf + 3;
    }
    return -1;
}
} // namespace

void refuseConnection(QTcpSocket *socket, int status, const QByteArray &reason)
{
    const QByteArray body = reason + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Never handed to Qt's server, so nobody else deletes it; a peer that reads nothing does
    // not keep it open either.
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5'000, socket, [socket] { socket->abort(); });
    socket->disconnectFromHost();
}

RequestGate::RequestGate(QTcpSocket *socket, const WebLimits &limits,
                         const WrongTokens &wrongTokens)
    : QObject(socket), m_socket(socket), m_limits(limits), m_wrongTokens(wrongTokens)
{
    // Nothing more is buffered than one whole request may take.
    socket->setReadBufferSize(limits.maxHeadBytes + limits.maxBodyBytes + 1);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGate::look);
    // A client gone before its request was whole: nobody else would ever delete the socket, and
    // it would count against its address until the timeout.
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_done)
            m_socket->deleteLater();
        m_done = true;
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { refuse(408, "Request Timeout"); });
    m_timeout.start(limits.headTimeoutMs);
    m_slowDown.setSingleShot(true);
    connect(&m_slowDown, &QTimer::timeout, this, &RequestGate::pass);
    look();
}

void RequestGate::look()
{
    if (m_done || m_slowDown.isActive())
        return;
    const QByteArray seen = m_socket->peek(m_limits.maxHeadBytes + m_limits.maxBodyBytes + 1);
    // Empty lines before the request line are skipped, as Qt's parser skips them: the head
    // that is checked must be the one Qt will read. They still count towards the head's size.
    qsizetype start = 0;
    while (start < seen.size() && (seen.at(start) == '\r' || seen.at(start) == '\n'))
        ++start;
    const qsizetype headBytes = start < seen.size() ? headEnd(seen, start) : -1;
    if (headBytes < 0) {
        if (seen.size() > m_limits.maxHeadBytes)
            refuse(431, "Request Header Fields Too Large");
        return; // not all there yet
    }
    if (headBytes > m_limits.maxHeadBytes)
        return refuse(431, "Request Header Fields Too Large");
    const QByteArray head = seen.mid(start, headBytes - start);
    if (!headerValue(head, "transfer-encoding").isNull())
        return refuse(411, "Length Required");
    const QByteArray length = headerValue(head, "content-length");
    qint64 bodyBytes = 0;
    if (!length.isNull()) {
        bool ok = false;
        bodyBytes = length.toLongLong(&ok);
        const bool digits = std::all_of(length.cbegin(), length.cend(),
                                        [](char c) { return c >= '0' && c <= '9'; });
        if (!ok || !digits || bodyBytes < 0)
            return refuse(400, "Bad Request");
        if (bodyBytes > m_limits.maxBodyBytes)
            return refuse(413, "Content Too Large");
    }
    if (seen.size() < headBytes + bodyBytes)
        return; // the body is still on its way
    m_timeout.stop();
    const int delay = m_wrongTokens.delayMsFor(m_socket->peerAddress());
    if (delay > 0)
        m_slowDown.start(delay);
    else
        pass();
}

void RequestGate::refuse(int status, const QByteArray &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    refuseConnection(m_socket, status, reason);
}

void RequestGate::pass()
{
    if (m_done)
        return;
    m_done = true;
    disconnect(m_socket, nullptr, this, nullptr);
    emit passed(m_socket);
    deleteLater();
}

} // namespace rostrum::web
