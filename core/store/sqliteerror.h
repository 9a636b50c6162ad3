#pragma once

#include <QString>

class QSqlError;
class QSqlQuery;

namespace rostrum {

// A message for people from an SQLite error: says plainly when the disk is full, the file is
// read-only or gone, or another program holds the lock. A PostgreSQL error (a five-character
// SQLSTATE) is handed to describeServerError (server/servererror.h).
QString describeSqlError(const QString &nativeCode, const QString &text);
// The same for an error as QtSql reports it: SQLite's own text where there is one.
QString describeSqlError(const QSqlError &error);
// Puts describeSqlError(e) into *error, when the caller asked for the reason.
void reportSqlError(QString *error, const QSqlError &e);
// Runs a prepared statement with the values bound to it; false, with the reason in *error, when
// SQLite refuses it.
bool runBound(QSqlQuery &q, QString *error);

} // namespace rostrum
