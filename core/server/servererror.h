#pragma once

#include <QString>

class QSqlError;

namespace rostrum {

// A message for people from a PostgreSQL error, by its SQLSTATE: says plainly when the role may
// not do this, another console holds the meeting, or the server is gone. The server's own text
// follows, on the same line.
QString describeServerError(const QString &sqlState, const QString &text);
// Whether the error means the connection itself is lost (the server stopped, the connection
// was ended by an administrator, the network went): the act may be tried again on a new one.
bool isConnectionLost(const QSqlError &error);
// libpq's text for a failed connection, on one line, with a word for the usual causes.
QString describeConnectFailure(const QString &text);

} // namespace rostrum
