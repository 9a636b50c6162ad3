#include "guardedtcpserver.h"

#include "requestgate.h"

#include <QTcpSocket>

namespace rostrum::web {

GuardedTcpServer::GuardedTcpServer(const WebLimits &limits, const WrongTokens &wrongTokens,
                                   QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_wrongTokens(wrongTokens)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    // Counted until the socket is gone, whoever ends up owning it (Qt's HTTP server, or a
    // WebSocket after an upgrade).
    ++m_open;
    ++m_perAddress[address];
    connect(socket, &QObject::destroyed, this, [this, address] {
        --m_open;
        if (--m_perAddress[address] <= 0)
            m_perAddress.remove(address);
    });
    if (m_perAddress.value(address) > m_limits.maxConnectionsPerAddress ||
        m_open > m_limits.maxConnections) {
        if (!m_toldFull)
            emit notice(tr("Web views: too many connections from %1; the ones over %2 are "
                           "turned away.")
                            .arg(address)
                            .arg(m_limits.maxConnectionsPerAddress));
        m_toldFull = true;
        refuseConnection(socket, 503, "Service Unavailable");
        return;
    }
    m_toldFull = false;
    auto *gate = new RequestGate(socket, m_limits, m_wrongTokens);
    connect(gate, &RequestGate::passed, this, [this](QTcpSocket *passed) {
        addPendingConnection(passed);
        // Its request is buffered already, so no readyRead would come for Qt's server to read.
        QMetaObject::invokeMethod(passed, &QTcpSocket::readyRead, Qt::QueuedConnection);
    });
}

} // namespace rostrum::web
