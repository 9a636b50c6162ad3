#pragma once

#include "weblimits.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace rostrum::web {

class WrongTokens;

// Holds a new connection until its first request has arrived whole and within the limits, and
// only then lets Qt's HTTP server read it. It only peeks at the bytes, so the server reads them
// as the client sent them. Refused: a head over the limit (431), a body over the limit (413), a
// body without a length (411), a malformed head (400), or a request that trickles in (408).
class RequestGate final : public QObject
{
    Q_OBJECT

public:
    RequestGate(QTcpSocket *socket, const WebLimits &limits, const WrongTokens &wrongTokens);

signals:
    void passed(QTcpSocket *socket);

private:
    void look();
    void refuse(int status, const QByteArray &reason);
    void pass();

    QTcpSocket *m_socket;
    const WebLimits &m_limits;
    const WrongTokens &m_wrongTokens;
    QTimer m_timeout;
    QTimer m_slowDown;
    bool m_done = false;
};

// A minimal answer written straight to a socket that Qt's server never saw, then closed.
void refuseConnection(QTcpSocket *socket, int status, const QByteArray &reason);

} // namespace rostrum::web
