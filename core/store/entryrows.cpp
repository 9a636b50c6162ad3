#include "store/entryrows.h"

#include "meeting/entrycolumns.h"

#include <QSqlQuery>

namespace rostrum::EntryRows {

const QStringList &columns()
{
    return EntryColumns::names();
}

bool isText(int column)
{
    return EntryColumns::all()[size_t(column)].isText();
}

Entry fromRow(const QSqlQuery &row)
{
    Entry e;
    const auto all = EntryColumns::all();
    for (size_t i = 0; i < all.size(); ++i)
        all[i].set(e, row.value(int(i)));
    return e;
}

// The statements are built from the fixed column table; every value is bound.
QString selectSql(bool textAsUtf8Bytes)
{
    QStringList selected;
    for (const EntryColumn &c : EntryColumns::all()) {
        selected.append(textAsUtf8Bytes && c.isText()
                            ? QStringLiteral("CAST(%1 AS BLOB)").arg(c.key())
                            : c.key());
    }
    return QStringLiteral("SELECT %1 FROM entry").arg(selected.join(QLatin1Char(',')));
}

QString upsertSql()
{
    QStringList marks;
    for (qsizetype i = 0; i < columns().size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT OR REPLACE INTO entry (%1) VALUES (%2)")
        .arg(columns().join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

void bind(QSqlQuery &statement, const Entry &e)
{
    for (const EntryColumn &c : EntryColumns::all())
        statement.addBindValue(c.get(e));
}

} // namespace rostrum::EntryRows
