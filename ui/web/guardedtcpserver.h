#pragma once

#include "weblimits.h"

#include <QHash>
#include <QTcpServer>
#include <memory>

namespace rostrum::web {

class WrongTokens;

// The listening socket of the web server. It counts the connections of each address and turns
// away those over the limits (503) before any byte is read, and passes each new connection
// through a RequestGate before Qt's HTTP server may read its request.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const WebLimits &limits, const WrongTokens &wrongTokens,
                     QObject *parent = nullptr);

    int openConnections() const { return m_counts->open; }

signals:
    // A line for the log, in the program's language.
    void notice(const QString &line);

protected:
    void incomingConnection(qintptr handle) override;

private:
    // Shared with each connection's ticket (guardedtcpserver.cpp), which gives its place back
    // when the socket goes, even after the server itself is gone.
    struct Counts
    {
        QHash<QString, int> perAddress;
        int open = 0;
    };
    const WebLimits &m_limits;
    const WrongTokens &m_wrongTokens;
    std::shared_ptr<Counts> m_counts = std::make_shared<Counts>();
    bool m_toldFull = false;
};

} // namespace rostrum::web
