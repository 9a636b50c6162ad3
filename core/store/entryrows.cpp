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

void bind(QSqlQuery &statement, const Entry &e)
{
    for (const EntryColumn &c : EntryColumns::all())
        statement.addBindValue(c.get(e));
}

} // namespace rostrum::EntryRows
