#include "guardedtcpserver.h"

#include "requestgate.h"

#include <QTcpSocket>

namespace rostrum::web {

namespace {
// A child of the socket, so it goes when the socket goes, whoever owns the socket by then. It
// is not a connection to the socket's destroyed(): Qt's HTTP server drops every connection of a
// socket it hands to its WebSocket server, and the place would never be given back.
template <typename Counts> class ConnectionTicket final : public QObject
{
public:
    ConnectionTicket(QObject *socket, std::shared_ptr<Counts> counts, QString address)
        : QObject(socket), m_counts(std::move(counts)), m_address(std::move(address))
    {
        ++m_counts->open;
        ++m_counts->perAddress[m_address];
    }
    ~ConnectionTicket() override
    {
        --m_counts->open;
        if (--m_counts->perAddress[m_address] <= 0)
            m_counts->perAddress.remove(m_address);
    }

private:
    std::shared_ptr<Counts> m_counts;
    QString m_address;
};
} // namespace

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
    new ConnectionTicket<Counts>(socket, m_counts, address);
    if (m_counts->perAddress.value(address) > m_limits.maxConnectionsPerAddress ||
        m_counts->open > m_limits.maxConnections) {
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
