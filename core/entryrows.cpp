#include "entryrows.h"

#include <QSqlQuery>

namespace rostrum::EntryRows {

namespace {

// Positions in columns(); fromRow() reads by these, so the two lists change together.
enum Column
{
    Id,
    Delegation,
    Speaker,
    Title,
    LevelKey,
    CategoryKey,
    OnBehalfOf,
    GroupSize,
    Language,
    InscribedAt,
    Late,
    AllottedMs,
    ExtraMs,
    Pinned,
    StatusKey,
    OrderKey,
    Absences,
    Notes,
    StartedAt,
    PausedTotalMs,
    PausedSince,
    EndedAt,
    ColumnCount
};

// A text column as selectAllSql() returned it: UTF-8 bytes, or a string when the file stores
// UTF-16 and the column was selected plainly.
QString text(const QSqlQuery &row, int column)
{
    const QVariant v = row.value(column);
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray());
    return v.toString();
}

// An integer column. SQLite hands every integer to QtSql as a qlonglong; toInt() on that goes
// through QMetaType's general conversion, toLongLong() does not.
qint64 integer(const QSqlQuery &row, int column)
{
    return row.value(column).toLongLong();
}

} // namespace

const QStringList &columns()
{
    static const QStringList names = {
        QStringLiteral("id"),           QStringLiteral("delegation"),
        QStringLiteral("speaker"),      QStringLiteral("title"),
        QStringLiteral("level"),        QStringLiteral("category"),
        QStringLiteral("on_behalf_of"), QStringLiteral("group_size"),
        QStringLiteral("language"),     QStringLiteral("inscribed_at"),
        QStringLiteral("late"),         QStringLiteral("allotted_ms"),
        QStringLiteral("extra_ms"),     QStringLiteral("pinned"),
        QStringLiteral("status"),       QStringLiteral("order_key"),
        QStringLiteral("absences"),     QStringLiteral("notes"),
        QStringLiteral("started_at"),   QStringLiteral("paused_total_ms"),
        QStringLiteral("paused_since"), QStringLiteral("ended_at")};
    Q_ASSERT(names.size() == ColumnCount);
    return names;
}

bool isText(int column)
{
    switch (column) {
    case Delegation:
    case Speaker:
    case Title:
    case LevelKey:
    case CategoryKey:
    case OnBehalfOf:
    case Language:
    case StatusKey:
    case Notes:
        return true;
    default:
        return false;
    }
}

Entry fromRow(const QSqlQuery &row)
{
    Entry e;
    e.id = integer(row, Id);
    e.delegation = text(row, Delegation);
    e.speaker = text(row, Speaker);
    e.title = text(row, Title);
    e.level = levelFromKey(text(row, LevelKey)).value_or(Level::Other);
    e.category = categoryFromKey(text(row, CategoryKey)).value_or(Category::Other);
    e.onBehalfOf = text(row, OnBehalfOf);
    e.groupSize = int(integer(row, GroupSize));
    e.language = text(row, Language);
    e.inscribedAtMs = integer(row, InscribedAt);
    e.late = int(integer(row, Late)) != 0;
    e.allottedMs = int(integer(row, AllottedMs));
    e.extraMs = int(integer(row, ExtraMs));
    e.pinned = int(integer(row, Pinned)) != 0;
    e.status = statusFromKey(text(row, StatusKey)).value_or(Status::Waiting);
    e.orderKey = integer(row, OrderKey);
    e.absences = int(integer(row, Absences));
    e.notes = text(row, Notes);
    e.startedAtMs = integer(row, StartedAt);
    e.pausedTotalMs = integer(row, PausedTotalMs);
    e.pausedSinceMs = integer(row, PausedSince);
    e.endedAtMs = integer(row, EndedAt);
    return e;
}

} // namespace rostrum::EntryRows
