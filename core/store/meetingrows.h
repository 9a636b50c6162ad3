#pragma once

#include "meeting/meeting.h"

#include <QStringList>

class QSqlQuery;

namespace rostrum {

// The meeting table's one row as the store reads and writes it: its columns in the one order
// the statements bind and select them. Column names cannot be bound, so the statements are
// built from this fixed list; every value is bound.
namespace MeetingRows {

const QStringList &columns();
QString selectSql();
QString insertSql();
QString updateSql();
// Binds the meeting's values in columns() order to a prepared statement.
void bind(QSqlQuery &statement, const Meeting &meeting);
// The row a selectSql() query is on.
Meeting fromRow(const QSqlQuery &row);

} // namespace MeetingRows
} // namespace rostrum
