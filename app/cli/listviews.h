#pragma once

#include "records/listjson.h"

#include <QString>
#include <QVector>

namespace rostrum::cli {

// RFC 4180: a header row, CRLF line ends, fields quoted when they need it.
QString listCsv(const QVector<ListRow> &rows, const Meeting &meeting);
// An aligned table for people.
QString listTable(const QVector<ListRow> &rows, const Meeting &meeting, bool withStatus);

} // namespace rostrum::cli
