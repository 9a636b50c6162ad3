#include "server/servererror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rostrum {

namespace {
class ServerErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ServerError)

public:
    static QString forState(const QString &state, const QString &text)
    {
        if (state == QLatin1String("42501"))
            return tr("your role on this meeting may not do this (%1)").arg(text);
        if (state == QLatin1String("55P03") || state == QLatin1String("40P01"))
            return tr("another console is holding the meeting locked (%1)").arg(text);
        if (state == QLatin1String("25006"))
            return tr("the meeting was opened for reading only (%1)").arg(text);
        if (state == QLatin1String("53100"))
            return tr("the server's disk is full (%1)").arg(text);
        if (state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
            state == QLatin1String("57P03") || state.startsWith(QLatin1String("08")))
            return tr("the connection to the server was lost (%1)").arg(text);
        if (state == QLatin1String("28P01") || state == QLatin1String("28000"))
            return tr("the server refused the user name or password (%1)").arg(text);
        return text;
    }
    static QString lost(const QString &text)
    {
        return tr("the connection to the server was lost (%1)").arg(text);
    }
    static QString noPassword()
    {
        return tr("the server asks for a password: give it in PGPASSWORD or ~/.pgpass");
    }
    static QString refused(const QString &text)
    {
        return tr("the server refused the connection (%1)").arg(text);
    }
    static QString cannotConnect(const QString &text)
    {
        return tr("the server cannot be reached (%1)").arg(text);
    }
};

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}
} // namespace

QString describeServerError(const QString &sqlState, const QString &text)
{
    const QString line = firstLine(text);
    // libpq reports a dead connection without a state.
    if (sqlState.isEmpty() && (line.contains(QLatin1String("server closed the connection")) ||
                               line.contains(QLatin1String("no connection to the server"))))
        return ServerErrorText::lost(line);
    return ServerErrorText::forState(sqlState, line);
}

bool isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection"));
}

QString describeConnectFailure(const QString &text)
{
    const QString line = firstLine(text);
    if (line.contains(QLatin1String("no password supplied")))
        return ServerErrorText::noPassword();
    if (line.contains(QLatin1String("password authentication failed")))
        return ServerErrorText::forState(QStringLiteral("28P01"), line);
    // The server answered, and said no: an unknown user or database, pg_hba.conf, too many
    // connections.
    if (line.contains(QLatin1String("FATAL:")))
        return ServerErrorText::refused(
            line.mid(line.indexOf(QLatin1String("FATAL:")) + 6).trimmed());
    return ServerErrorText::cannotConnect(line);
}

} // namespace rostrum
