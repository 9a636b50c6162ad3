#pragma once

#include "meeting/categories.h"
#include "meeting/entrykind.h"

#include <QString>
#include <QVariantMap>
#include <optional>

namespace rostrum {

// One inscription on the speakers list, with its speech once it is called. A plain value.
struct Entry
{
    qint64 id = 0;
    QString delegation; // a directory name, or free text for briefers and non-State speakers
    QString speaker;
    QString title;
    Level level = Level::Other;
    Category category = Category::Member;
    QString onBehalfOf; // empty: a national statement
    int groupSize = 0;
    QString language = QStringLiteral("en");
    qint64 inscribedAtMs = 0; // UTC
    bool late = false;
    qint64 allottedMs = 180'000;
    qint64 extraMs = 0; // added or removed by the chair during the speech
    bool pinned = false;
    Status status = Status::Waiting;
    qint64 orderKey = 0; // the place among waiting entries; gaps let a move touch one row
    int absences = 0;
    QString notes;
    EntryKind kind = EntryKind::Statement;
    int replyNumber = 0; // a reply: the delegation's first (1) or second (2); else 0

    // The speech, as recorded instants. All UTC ms; 0 means "not yet".
    qint64 startedAtMs = 0;
    qint64 pausedTotalMs = 0;
    qint64 pausedSinceMs = 0;
    qint64 endedAtMs = 0;

    // The entry as the columns of its row (meeting/entrycolumns.h), as journaled for undo.
    QVariantMap toColumns() const;
    static Entry fromColumns(const QVariantMap &columns);

    bool operator==(const Entry &other) const = default;
};

// What staff type in for an inscription or an edit. Category may be left to inference.
struct EntryDraft
{
    QString delegation;
    QString speaker;
    QString title;
    Level level = Level::Other;
    std::optional<Category> category;
    QString onBehalfOf;
    int groupSize = 0;
    QString language = QStringLiteral("en");
    qint64 inscribedAtMs = 0; // 0: now
    qint64 allottedMs = 0;    // 0: the category's limit
    QString notes;

    static EntryDraft fromEntry(const Entry &e);
};

} // namespace rostrum
