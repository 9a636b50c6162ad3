#include "meeting/entrycolumns.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace rostrum {

namespace {

using Kind = EntryColumn::Kind;
using Role = EntryColumn::Role;

// A text column's value as a journal image holds it (a string) or as the store selects it from
// a UTF-8 file (bytes: SQLite's own conversion to UTF-16 was a fifth of opening a long meeting).
QString text(const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray());
    return v.toString();
}

// SQLite hands every integer to QtSql as a qlonglong, and toLongLong() on it is a plain read.
qint64 integer(const QVariant &v)
{
    return v.toLongLong();
}

const std::array<EntryColumn, 24> kColumns = {{
    {"id", Kind::Integer, Role::Standing, "INTEGER PRIMARY KEY AUTOINCREMENT", 1,
     [](const Entry &e) { return QVariant(e.id); },
     [](Entry &e, const QVariant &v) { e.id = integer(v); }},
    {"delegation", Kind::Text, Role::Inscription, "TEXT NOT NULL", 1,
     [](const Entry &e) { return QVariant(e.delegation); },
     [](Entry &e, const QVariant &v) { e.delegation = text(v); }},
    {"speaker", Kind::Text, Role::Inscription, "TEXT NOT NULL DEFAULT ''", 1,
     [](const Entry &e) { return QVariant(e.speaker); },
     [](Entry &e, const QVariant &v) { e.speaker = text(v); }},
    {"title", Kind::Text, Role::Inscription, "TEXT NOT NULL DEFAULT ''", 1,
     [](const Entry &e) { return QVariant(e.title); },
     [](Entry &e, const QVariant &v) { e.title = text(v); }},
    {"level", Kind::Text, Role::Inscription, "TEXT NOT NULL DEFAULT 'other'", 1,
     [](const Entry &e) { return QVariant(levelKey(e.level)); },
     [](Entry &e, const QVariant &v) { e.level = levelFromKey(text(v)).value_or(Level::Other); }},
    {"category", Kind::Text, Role::Inscription, "TEXT NOT NULL", 1,
     [](const Entry &e) { return QVariant(categoryKey(e.category)); },
     [](Entry &e, const QVariant &v) {
         e.category = categoryFromKey(text(v)).value_or(Category::Other);
     }},
    {"on_behalf_of", Kind::Text, Role::Inscription, "TEXT NOT NULL DEFAULT ''", 1,
     [](const Entry &e) { return QVariant(e.onBehalfOf); },
     [](Entry &e, const QVariant &v) { e.onBehalfOf = text(v); }},
    {"group_size", Kind::Integer, Role::Inscription, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.groupSize); },
     [](Entry &e, const QVariant &v) { e.groupSize = int(integer(v)); }},
    {"language", Kind::Text, Role::Inscription, "TEXT NOT NULL DEFAULT 'en'", 1,
     [](const Entry &e) { return QVariant(e.language); },
     [](Entry &e, const QVariant &v) { e.language = text(v); }},
    // Changed by an edit only when the draft names another time: see SpeakersList::edit.
    {"inscribed_at", Kind::Integer, Role::Standing, "INTEGER NOT NULL", 1,
     [](const Entry &e) { return QVariant(e.inscribedAtMs); },
     [](Entry &e, const QVariant &v) { e.inscribedAtMs = integer(v); }},
    {"late", Kind::Integer, Role::Standing, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.late ? 1 : 0); },
     [](Entry &e, const QVariant &v) { e.late = integer(v) != 0; }},
    {"allotted_ms", Kind::Integer, Role::Standing, "INTEGER NOT NULL", 1,
     [](const Entry &e) { return QVariant(e.allottedMs); },
     [](Entry &e, const QVariant &v) { e.allottedMs = integer(v); }},
    {"extra_ms", Kind::Integer, Role::Speech, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.extraMs); },
     [](Entry &e, const QVariant &v) { e.extraMs = integer(v); }},
    {"pinned", Kind::Integer, Role::Standing, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.pinned ? 1 : 0); },
     [](Entry &e, const QVariant &v) { e.pinned = integer(v) != 0; }},
    {"status", Kind::Text, Role::Standing, "TEXT NOT NULL", 1,
     [](const Entry &e) { return QVariant(statusKey(e.status)); },
     [](Entry &e, const QVariant &v) {
         e.status = statusFromKey(text(v)).value_or(Status::Waiting);
     }},
    {"order_key", Kind::Integer, Role::Standing, "INTEGER NOT NULL", 1,
     [](const Entry &e) { return QVariant(e.orderKey); },
     [](Entry &e, const QVariant &v) { e.orderKey = integer(v); }},
    {"absences", Kind::Integer, Role::Standing, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.absences); },
     [](Entry &e, const QVariant &v) { e.absences = int(integer(v)); }},
    {"notes", Kind::Text, Role::Inscription, "TEXT NOT NULL DEFAULT ''", 1,
     [](const Entry &e) { return QVariant(e.notes); },
     [](Entry &e, const QVariant &v) { e.notes = text(v); }},
    {"started_at", Kind::Integer, Role::Speech, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.startedAtMs); },
     [](Entry &e, const QVariant &v) { e.startedAtMs = integer(v); }},
    {"paused_total_ms", Kind::Integer, Role::Speech, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.pausedTotalMs); },
     [](Entry &e, const QVariant &v) { e.pausedTotalMs = integer(v); }},
    {"paused_since", Kind::Integer, Role::Speech, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.pausedSinceMs); },
     [](Entry &e, const QVariant &v) { e.pausedSinceMs = integer(v); }},
    {"ended_at", Kind::Integer, Role::Speech, "INTEGER NOT NULL DEFAULT 0", 1,
     [](const Entry &e) { return QVariant(e.endedAtMs); },
     [](Entry &e, const QVariant &v) { e.endedAtMs = integer(v); }},
    // Version 5: points of order and rights of reply are entries too. A journal image from an
    // older file has neither key and reads as the statement it was.
    {"kind", Kind::Text, Role::Standing, "TEXT NOT NULL DEFAULT 'statement'", 5,
     [](const Entry &e) { return QVariant(entryKindKey(e.kind)); },
     [](Entry &e, const QVariant &v) {
         e.kind = entryKindFromKey(text(v)).value_or(EntryKind::Statement);
     }},
    {"reply_number", Kind::Integer, Role::Standing, "INTEGER NOT NULL DEFAULT 0", 5,
     [](const Entry &e) { return QVariant(e.replyNumber); },
     [](Entry &e, const QVariant &v) { e.replyNumber = int(integer(v)); }},
}};

} // namespace

namespace EntryColumns {

std::span<const EntryColumn> all()
{
    return kColumns;
}

const QStringList &names()
{
    static const QStringList list = [] {
        QStringList out;
        for (const EntryColumn &c : kColumns)
            out.append(c.key());
        return out;
    }();
    return list;
}

const QStringList &speechNames()
{
    static const QStringList list = [] {
        QStringList out;
        for (const EntryColumn &c : kColumns) {
            if (c.role == Role::Speech)
                out.append(c.key());
        }
        return out;
    }();
    return list;
}

void copyInscription(const Entry &from, Entry &to)
{
    for (const EntryColumn &c : kColumns) {
        if (c.role == Role::Inscription)
            c.set(to, c.get(from));
    }
}

} // namespace EntryColumns

QVariantMap Entry::toColumns() const
{
    // The columns in the map's own order, each put at its end: a map of 25 names built by
    // search was a sixth of an act's instructions (each act takes two images of each entry).
    static const std::vector<size_t> byName = [] {
        std::vector<size_t> order(kColumns.size());
        std::iota(order.begin(), order.end(), size_t(0));
        const QStringList &names = EntryColumns::names();
        std::sort(order.begin(), order.end(), [&names](size_t a, size_t b) {
            return names[qsizetype(a)] < names[qsizetype(b)];
        });
        return order;
    }();
    QVariantMap out;
    const QStringList &keys = EntryColumns::names(); // made once: no string built per act
    for (const size_t i : byName)
        out.insert(out.cend(), keys[qsizetype(i)], kColumns[i].get(*this));
    return out;
}

Entry Entry::fromColumns(const QVariantMap &columns)
{
    Entry e;
    const QStringList &keys = EntryColumns::names();
    for (size_t i = 0; i < kColumns.size(); ++i)
        kColumns[i].set(e, columns.value(keys[qsizetype(i)]));
    return e;
}

} // namespace rostrum
