#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rostrum {

// The one CSV writer: every CSV that Rostrum writes (the exports, the report, the command line's
// list) goes through these, so every one quotes alike and defuses formulas alike.

// A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
QString csvQuoted(const QString &text);
// A name that a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM(...)", "+1 ...")
// gets an apostrophe in front, so that it shows as the text it is: CSV files are opened in
// spreadsheets by people who did not type the names. Numbers are left alone.
QString notAFormula(const QString &text);
// One record: each cell defused and quoted, joined by commas, ended by CRLF.
QString csvLine(const QStringList &cells);
// UTF-8 with a byte order mark, so that spreadsheets read accents and every script.
QByteArray csvWithByteOrderMark(const QString &text);

} // namespace rostrum
