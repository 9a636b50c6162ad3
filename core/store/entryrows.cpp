#include "store/entryrows.h"

#include "meeting/entrycolumns.h"
#include "store/compactjson.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace rostrum::EntryRows {

namespace {
// A text column's declared default ("DEFAULT 'other'"), or empty text when it has none.
QString defaultText(const EntryColumn &c)
{
    static const QRegularExpression quoted(QStringLiteral("DEFAULT '([^']*)'"));
    const QRegularExpressionMatch m = quoted.match(QLatin1String(c.declaration));
    return m.hasMatch() ? m.captured(1) : QStringLiteral("");
}
} // namespace

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

QString insertSql()
{
    QStringList marks;
    for (qsizetype i = 0; i < columns().size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO entry (%1) VALUES (%2)")
        .arg(columns().join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

QString updateSql()
{
    QStringList sets;
    for (const QString &c : columns())
        sets.append(c + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE entry SET %1 WHERE id = ?").arg(sets.join(QLatin1Char(',')));
}

void bind(QSqlQuery &statement, const Entry &e)
{
    for (const EntryColumn &c : EntryColumns::all())
        statement.addBindValue(c.get(e));
}

QString jsonRows(const QVector<Entry> &entries)
{
    QString out;
    out.reserve(700 * entries.size() + 2);
    out.append(u'[');
    for (qsizetype i = 0; i < entries.size(); ++i) {
        out.append(i == 0 ? u"{" : u",{");
        bool first = true;
        for (const EntryColumn &c : EntryColumns::all()) {
            if (!first)
                out.append(u',');
            first = false;
            out.append(u'"');
            out.append(QLatin1String(c.name)); // a column's name needs no escaping
            out.append(u"\":");
            const QVariant value = c.get(entries[i]);
            if (!c.isText())
                CompactJson::appendString(out, QString::number(value.toLongLong()));
            else
                CompactJson::appendString(out, value.toString().isNull() ? defaultText(c)
                                                                         : value.toString());
        }
        out.append(u'}');
    }
    out.append(u']');
    return out;
}

void bindNonNull(QSqlQuery &statement, const Entry &e)
{
    for (const EntryColumn &c : EntryColumns::all()) {
        QVariant value = c.get(e);
        if (c.isText() && value.toString().isNull())
            value = defaultText(c);
        statement.addBindValue(value);
    }
}

} // namespace rostrum::EntryRows
