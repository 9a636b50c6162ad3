#include "linecutter.h"

#include <QHostAddress>
#include <QSemaphore>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <utility>

namespace rostrum::testing {

QByteArray LineCutter::commitMessage()
{
    // 'Q', the length (4 + 7) in network order, the text and its terminating zero.
    return QByteArray("Q\0\0\0\x0b"
                      "COMMIT\0",
                      12);
}

void LineCutter::cutNextMessageWith(const QByteArray &marker, Cut how)
{
    QMutexLocker locked(&m_armed);
    m_marker = marker;
    m_cut = how;
}

class LineCutter::Relay final : public QObject
{
public:
    Relay(LineCutter &owner, QHostAddress host, quint16 port)
        : m_owner(owner), m_host(std::move(host)), m_port(port)
    {
    }
    // The sockets are children, closed by QObject's destructor once this one has run: their
    // last signals must not reach a relay that is no longer one.
    ~Relay() override
    {
        for (QTcpSocket *s : findChildren<QTcpSocket *>())
            s->disconnect();
    }

    quint16 listen()
    {
        m_listener = new QTcpServer(this);
        if (!m_listener->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *console = m_listener->nextPendingConnection())
                relay(console);
        });
        return m_listener->serverPort();
    }

private:
    void relay(QTcpSocket *console)
    {
        auto *server = new QTcpSocket(this);
        console->setParent(this);
        server->connectToHost(m_host, m_port);
        // What the console says before the server's socket is up waits in the console's buffer.
        connect(server, &QTcpSocket::connected, console,
                [this, console, server] { forward(console, server); });
        connect(console, &QTcpSocket::readyRead, server, [this, console, server] {
            if (server->state() == QAbstractSocket::ConnectedState)
                forward(console, server);
        });
        connect(server, &QTcpSocket::readyRead, console, [this, console, server] {
            if (m_awaitingAnswer.contains(server)) {
                // The server has answered: it ran the message. The console never hears it.
                m_awaitingAnswer.remove(server);
                server->readAll();
                hangUp(console, server);
                return;
            }
            console->write(server->readAll());
        });
        auto closeBoth = [this, console, server] { hangUp(console, server); };
        connect(console, &QTcpSocket::disconnected, server, closeBoth);
        connect(server, &QTcpSocket::disconnected, console, closeBoth);
        connect(server, &QTcpSocket::errorOccurred, console, closeBoth);
    }

    void forward(QTcpSocket *console, QTcpSocket *server)
    {
        const QByteArray bytes = console->readAll();
        m_owner.m_commits += int(bytes.count(commitMessage()));
        Cut cut = Cut::Never;
        {
            QMutexLocker locked(&m_owner.m_armed);
            if (m_owner.m_cut != Cut::Never && bytes.contains(m_owner.m_marker))
                cut = std::exchange(m_owner.m_cut, Cut::Never);
        }
        if (cut == Cut::Before) {
            ++m_owner.m_cuts;
            hangUp(console, server);
            return;
        }
        server->write(bytes);
        if (cut == Cut::After) {
            ++m_owner.m_cuts;
            m_awaitingAnswer.insert(server);
        }
    }

    void hangUp(QTcpSocket *console, QTcpSocket *server)
    {
        for (QTcpSocket *s : {console, server}) {
            s->disconnect(); // its own signals: the abort below must not hang up again
            s->abort();
            s->deleteLater();
        }
        m_awaitingAnswer.remove(server);
    }

    LineCutter &m_owner;
    QHostAddress m_host;
    quint16 m_port;
    QTcpServer *m_listener = nullptr;
    QSet<QTcpSocket *> m_awaitingAnswer;
};

LineCutter::LineCutter(const QUrl &url)
{
    m_thread.start();
    QHostAddress host(url.host());
    if (host.isNull())
        host = QHostAddress::LocalHost;
    m_relay = new Relay(*this, host, quint16(url.port(5432)));
    m_relay->moveToThread(&m_thread);
    QSemaphore listening;
    QMetaObject::invokeMethod(m_relay, [this, &listening] {
        m_port = m_relay->listen();
        listening.release();
    });
    listening.acquire();
}

LineCutter::~LineCutter()
{
    QMetaObject::invokeMethod(m_relay, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

QUrl LineCutter::through(const QUrl &url) const
{
    QUrl relayed = url;
    relayed.setHost(QStringLiteral("127.0.0.1"));
    relayed.setPort(m_port);
    return relayed;
}

} // namespace rostrum::testing
