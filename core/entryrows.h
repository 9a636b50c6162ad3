#pragma once

#include "entry.h"

#include <QStringList>

class QSqlQuery;

namespace rostrum {

// The entry table as the store reads and writes it: its columns in the one order the upsert
// binds them and the load selects them, and the fast read of a selected row by position.
// Opening a meeting reads every entry, so this is the one loop whose cost grows with the list.
namespace EntryRows {

const QStringList &columns();

// The SELECT of every entry, for fromRow(). When the file stores text as UTF-8 (every file
// Rostrum makes), text columns come back as their UTF-8 bytes: SQLite's own conversion to
// UTF-16 for QtSql, with an allocation per value, was a fifth of the time to open a long
// meeting (docs/BENCHMARKS.md).
QString selectAllSql(bool textIsUtf8);

// One row of that SELECT, read by column position rather than through a map of names.
Entry fromRow(const QSqlQuery &row);

} // namespace EntryRows
} // namespace rostrum
