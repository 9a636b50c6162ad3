#pragma once

// What must hold for any bytes given to the CSV reader. Shared by the libFuzzer target and by
// the Catch2 test that replays every regression input, so both judge a parse the same way.

#include "import/csvreader.h"

#include <QString>
#include <string>

namespace rostrum::fuzzing {

// The text a well-behaved writer would produce for these records: every field quoted, quotes
// doubled, CRLF between records.
inline QString writeCsv(const QVector<CsvRecord> &records, QChar delimiter)
{
    QString text;
    for (const CsvRecord &r : records) {
        for (int i = 0; i < r.fields.size(); ++i) {
            if (i > 0)
                text += delimiter;
            QString field = r.fields[i];
            field.replace(QLatin1Char('"'), QLatin1String("\"\""));
            text += QLatin1Char('"') + field + QLatin1Char('"');
        }
        text += QLatin1String("\r\n");
    }
    return text;
}

// Empty when the parse of `bytes` is consistent; otherwise what is wrong.
inline std::string csvInvariantViolation(const QByteArray &bytes)
{
    const CsvReader::Result r = CsvReader::parseBytes(bytes);
    const QChar d = r.delimiter;
    if (d != QLatin1Char(',') && d != QLatin1Char(';') && d != QLatin1Char('\t'))
        return "the delimiter is not a comma, a semicolon or a tab";
    if (r.fatalLine < 0 || (r.fatal.isEmpty() && r.fatalLine != 0))
        return "a fatal line without a fatal message";
    int previousLine = 0;
    for (const CsvRecord &rec : r.records) {
        if (rec.line <= previousLine)
            return "record lines do not increase";
        previousLine = rec.line;
        if (rec.fields.isEmpty())
            return "a record without fields";
        bool blank = true;
        for (const QString &f : rec.fields)
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            return "a blank record was not skipped";
        for (const QString &f : rec.fields) {
            if (f.contains(QLatin1Char('\r')))
                return "a field kept a carriage return";
        }
    }
    if (r.fatalLine > 0 && previousLine > r.fatalLine)
        return "a record after the line of the fatal problem";
    const CsvReader::Result again = CsvReader::parseBytes(bytes);
    if (again.fatal != r.fatal || again.records.size() != r.records.size())
        return "two parses of the same bytes differ";
    // What was read, written back properly, reads the same.
    const CsvReader::Result round = CsvReader::parse(writeCsv(r.records, d), d);
    if (!round.ok())
        return "well-formed output did not parse: " + round.fatal.toStdString();
    if (round.records.size() != r.records.size())
        return "the round trip changed the number of records";
    for (int i = 0; i < r.records.size(); ++i) {
        if (round.records[i].fields != r.records[i].fields)
            return "the round trip changed the fields of a record";
        if (!round.records[i].problem.isEmpty())
            return "well-formed output was reported as malformed";
    }
    return {};
}

} // namespace rostrum::fuzzing
