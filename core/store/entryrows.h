#pragma once

#include "meeting/entry.h"

#include <QStringList>
#include <QVector>

class QSqlQuery;

namespace rostrum {

// The entry table as the store reads and writes it, from the one column table
// (meeting/entrycolumns.h): its columns in the one order the upsert binds them and the load
// selects them, and the fast read of a selected row by position. Opening a meeting reads every
// entry, so this is the one loop whose cost grows with the list.
namespace EntryRows {

const QStringList &columns();

// Whether columns()[column] holds text. The store selects those as CAST(... AS BLOB) when the
// file stores text as UTF-8 (every file Rostrum makes): SQLite's own conversion to UTF-16 for
// QtSql, with an allocation per value, was a fifth of the time to open a long meeting
// (docs/BENCHMARKS.md). fromRow() takes either form.
bool isText(int column);

// One row of a SELECT of columns() in their order, read by column position rather than through a
// map of names.
Entry fromRow(const QSqlQuery &row);
// Every entry, in columns() order, for fromRow(); text as UTF-8 bytes or, for a file that stores
// UTF-16, as text.
QString selectSql(bool textAsUtf8Bytes);
// INSERT OR REPLACE of one entry, its values bound in columns() order by bind().
QString upsertSql();
// The same as a plain INSERT, and as an UPDATE whose last value is the id: a server's roles
// may change an entry without the right to add one, which an upsert would need.
QString insertSql();
QString updateSql();
// Binds the entry's values in columns() order to a prepared statement.
void bind(QSqlQuery &statement, const Entry &e);
// The same, with a text that is null (never set) bound as the column's default, as SQLite's
// INSERT OR REPLACE stores it: PostgreSQL refuses NULL in a NOT NULL column outright.
void bindNonNull(QSqlQuery &statement, const Entry &e);
// The entries as a JSON array of rows keyed by column, with the values bindNonNull() binds,
// each as a string: PostgreSQL reads a string into a BIGINT exactly, where a JSON number is a
// double.
QString jsonRows(const QVector<Entry> &entries);

} // namespace EntryRows
} // namespace rostrum
