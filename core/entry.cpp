#include "entry.h"

namespace rostrum {

const QStringList &Entry::speechColumns()
{
    static const QStringList columns = {
        QStringLiteral("started_at"), QStringLiteral("paused_total_ms"),
        QStringLiteral("paused_since"), QStringLiteral("ended_at"), QStringLiteral("extra_ms")};
    return columns;
}

QVariantMap Entry::toColumns() const
{
    QVariantMap c;
    c[QStringLiteral("id")] = id;
    c[QStringLiteral("delegation")] = delegation;
    c[QStringLiteral("speaker")] = speaker;
    c[QStringLiteral("title")] = title;
    c[QStringLiteral("level")] = levelKey(level);
    c[QStringLiteral("category")] = categoryKey(category);
    c[QStringLiteral("on_behalf_of")] = onBehalfOf;
    c[QStringLiteral("group_size")] = groupSize;
    c[QStringLiteral("language")] = language;
    c[QStringLiteral("inscribed_at")] = inscribedAtMs;
    c[QStringLiteral("late")] = late ? 1 : 0;
    c[QStringLiteral("allotted_ms")] = allottedMs;
    c[QStringLiteral("extra_ms")] = extraMs;
    c[QStringLiteral("pinned")] = pinned ? 1 : 0;
    c[QStringLiteral("status")] = statusKey(status);
    c[QStringLiteral("order_key")] = orderKey;
    c[QStringLiteral("absences")] = absences;
    c[QStringLiteral("notes")] = notes;
    c[QStringLiteral("started_at")] = startedAtMs;
    c[QStringLiteral("paused_total_ms")] = pausedTotalMs;
    c[QStringLiteral("paused_since")] = pausedSinceMs;
    c[QStringLiteral("ended_at")] = endedAtMs;
    return c;
}

Entry Entry::fromColumns(const QVariantMap &c)
{
    Entry e;
    e.id = c.value(QStringLiteral("id")).toLongLong();
    e.delegation = c.value(QStringLiteral("delegation")).toString();
    e.speaker = c.value(QStringLiteral("speaker")).toString();
    e.title = c.value(QStringLiteral("title")).toString();
    e.level = levelFromKey(c.value(QStringLiteral("level")).toString()).value_or(Level::Other);
    e.category =
        categoryFromKey(c.value(QStringLiteral("category")).toString()).value_or(Category::Other);
    e.onBehalfOf = c.value(QStringLiteral("on_behalf_of")).toString();
    e.groupSize = c.value(QStringLiteral("group_size")).toInt();
    e.language = c.value(QStringLiteral("language")).toString();
    e.inscribedAtMs = c.value(QStringLiteral("inscribed_at")).toLongLong();
    e.late = c.value(QStringLiteral("late")).toInt() != 0;
    e.allottedMs = c.value(QStringLiteral("allotted_ms")).toInt();
    e.extraMs = c.value(QStringLiteral("extra_ms")).toInt();
    e.pinned = c.value(QStringLiteral("pinned")).toInt() != 0;
    e.status =
        statusFromKey(c.value(QStringLiteral("status")).toString()).value_or(Status::Waiting);
    e.orderKey = c.value(QStringLiteral("order_key")).toLongLong();
    e.absences = c.value(QStringLiteral("absences")).toInt();
    e.notes = c.value(QStringLiteral("notes")).toString();
    e.startedAtMs = c.value(QStringLiteral("started_at")).toLongLong();
    e.pausedTotalMs = c.value(QStringLiteral("paused_total_ms")).toLongLong();
    e.pausedSinceMs = c.value(QStringLiteral("paused_since")).toLongLong();
    e.endedAtMs = c.value(QStringLiteral("ended_at")).toLongLong();
    return e;
}

EntryDraft EntryDraft::fromEntry(const Entry &e)
{
    EntryDraft d;
    d.delegation = e.delegation;
    d.speaker = e.speaker;
    d.title = e.title;
    d.level = e.level;
    d.category = e.category;
    d.onBehalfOf = e.onBehalfOf;
    d.groupSize = e.groupSize;
    d.language = e.language;
    d.inscribedAtMs = e.inscribedAtMs;
    d.allottedMs = e.allottedMs;
    d.notes = e.notes;
    return d;
}

} // namespace rostrum
