#pragma once

#include "weblimits.h"

#include <QHash>
#include <QTcpServer>

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

    int openConnections() const { return m_open; }

signals:
    // A line for the log, in the program's language.
    void notice(const QString &line);

protected:
    void incomingConnection(qintptr handle) override;

private:
    const WebLimits &m_limits;
    const WrongTokens &m_wrongTokens;
    QHash<QString, int> m_perAddress;
    int m_open = 0;
    bool m_toldFull = false;
};

} // namespace rostrum::web
