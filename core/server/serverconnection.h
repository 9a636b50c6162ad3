#pragma once

#include "server/serverlocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace rostrum {

// One connection to a PostgreSQL server through Qt's QPSQL driver, named uniquely so that any
// number live side by side (a console's store, a listing, a copy). The password is libpq's to
// find (PGPASSWORD, ~/.pgpass) or the one given; it is never kept anywhere else.
class ServerConnection final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ServerConnection)

public:
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    // Null, with a one-line reason, when the server cannot be reached or refuses us.
    static std::unique_ptr<ServerConnection> open(const ServerLocation &where, QString *error,
                                                  const QString &password = {});
    // Whether Qt's PostgreSQL driver is installed (Debian's libqt6sql6-psql).
    static bool driverAvailable();

    QSqlDatabase &db() { return m_db; }
    const ServerLocation &location() const { return m_where; }
    // The user the server knows us as (the journal's actor).
    QString user() const { return m_user; }
    // Connects again after the connection was lost; false, with why, while the server is away.
    bool reconnect(QString *error);
    // Whether the connection is still up, as libpq last saw it: no round trip. The driver reads
    // the socket whenever the server sends something (an announcement, or the notice that it is
    // shutting down), so a server that went away is seen here within moments.
    bool isAlive() const;
    // Whether the server answers at all now (libpq's PQping: no login, no query). Blocking, for
    // up to the connect timeout: meant for a thread of its own.
    static bool answers(const ServerLocation &where);

private:
    explicit ServerConnection(ServerLocation where, const QString &password);
    bool connect(QString *error);

    ServerLocation m_where;
    QString m_connectionName;
    QString m_user;
    QSqlDatabase m_db;
};

} // namespace rostrum
