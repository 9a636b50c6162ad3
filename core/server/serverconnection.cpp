#include "server/serverconnection.h"

#include "server/servererror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <libpq-fe.h>

namespace rostrum {

namespace {
const QString kDriver = QStringLiteral("QPSQL");
} // namespace

bool ServerConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(kDriver);
}

ServerConnection::ServerConnection(ServerLocation where, const QString &password)
    : m_where(std::move(where)),
      m_connectionName(QStringLiteral("rostrum-server-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_db(QSqlDatabase::addDatabase(kDriver, m_connectionName))
{
    m_db.setHostName(m_where.host);
    m_db.setPort(m_where.port);
    m_db.setDatabaseName(m_where.database);
    m_db.setUserName(m_where.user);
    m_db.setPassword(password);
    // A console must hear within seconds that the server is unreachable, not after the
    // system's TCP timeout; the server's own views name the program.
    // TCP keepalives find a server that vanished from the network (no goodbye) in seconds.
    QString options = QStringLiteral("connect_timeout=5;application_name=rostrum;keepalives=1;"
                                     "keepalives_idle=5;keepalives_interval=2;keepalives_count=2");
    if (!m_where.sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + m_where.sslMode;
    m_db.setConnectOptions(options);
}

ServerConnection::~ServerConnection()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<ServerConnection> ServerConnection::open(const ServerLocation &where,
                                                         QString *error, const QString &password)
{
    if (!driverAvailable()) {
        if (error)
            *error = tr("this computer has no PostgreSQL driver for Qt: install libqt6sql6-psql");
        return nullptr;
    }
    std::unique_ptr<ServerConnection> c(new ServerConnection(where, password));
    if (!c->connect(error))
        return nullptr;
    return c;
}

bool ServerConnection::connect(QString *error)
{
    if (!m_db.open()) {
        if (error)
            *error = tr("%1: %2").arg(m_where.toString(),
                                      describeConnectFailure(m_db.lastError().databaseText()));
        return false;
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
        m_user = q.value(0).toString();
    return true;
}

bool ServerConnection::reconnect(QString *error)
{
    if (m_db.isOpen())
        m_db.close();
    return connect(error);
}

bool ServerConnection::isAlive() const
{
    if (!m_db.isOpen())
        return false;
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0) // the driver names the struct
        return false;
    const auto *connection = *static_cast<PGconn *const *>(handle.data());
    return connection && PQstatus(connection) == CONNECTION_OK;
}

bool ServerConnection::answers(const ServerLocation &where)
{
    // Values quoted as libpq's conninfo wants them: in single quotes, with \ and \' escaped.
    auto quoted = [](const QString &value) {
        QString v = value;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + v + QLatin1Char('\'');
    };
    QString info = QStringLiteral("host=%1 port=%2 dbname=%3 connect_timeout=2")
                       .arg(quoted(where.host))
                       .arg(where.port)
                       .arg(quoted(where.database));
    if (!where.user.isEmpty())
        info += QStringLiteral(" user=") + quoted(where.user);
    return PQping(info.toUtf8().constData()) == PQPING_OK;
}

} // namespace rostrum
