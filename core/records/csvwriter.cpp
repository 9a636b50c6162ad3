#include "records/csvwriter.h"

#include <algorithm>

namespace rostrum {

QString csvQuoted(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); }))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString notAFormula(const QString &text)
{
    // What spreadsheets take for the start of a formula. A number, even a negative one, is
    // left as it is: the report's columns of seconds must stay numbers.
    static const QString starts = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !starts.contains(text.front()))
        return text;
    bool number = false;
    text.toDouble(&number);
    return number ? text : QLatin1Char('\'') + text;
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted.append(csvQuoted(notAFormula(c)));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray csvWithByteOrderMark(const QString &text)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace rostrum
