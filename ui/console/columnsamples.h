#pragma once

#include <Qt>

class QTableView;

namespace rostrum {

// The headerData() role through which a list model names, for a column of short values of a
// fixed form (a time, a category, a status), the texts that column can show: a QStringList.
// Columns of free text (delegations, speakers) give none and are sized by the view's layout.
constexpr int ColumnSamplesRole = Qt::UserRole + 100;

// Sets each sampled column, once, to the width of its widest sample or its header, whichever
// is wider. No row is measured: Qt's ResizeToContents measured rows on every layout pass, and
// shaping their names in every script was a quarter of the console's cold start
// (docs/BENCHMARKS.md). The widths also hold still while rows come and go during a meeting.
// The columns stay resizable by hand. Call again when the view's font changes.
void sizeColumnsFromSamples(QTableView *view);

} // namespace rostrum
