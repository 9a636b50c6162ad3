#pragma once

#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QStringList>
#include <QVector>
#include <optional>

namespace rostrum {

// The columns of an inscriptions file, found by their header names, and how one row's text
// becomes an EntryDraft. Knows nothing of the list: whether a row may be inscribed is the
// SpeakersList's call.
class InscriptionColumns final
{
public:
    enum class Column
    {
        Delegation,
        Speaker,
        Title,
        Category,
        OnBehalfOf,
        GroupSize,
        Language,
        Level,
        InscribedAt,
        Limit,
        Notes
    };

    // Reads the header row. Names are matched ignoring case, and spaces or hyphens count as
    // underscores ("On behalf of"). Fails, saying why, when the delegation column is missing,
    // a name is repeated, or a name is unknown: a misspelt column would otherwise drop a
    // whole column of data without a word.
    static std::optional<InscriptionColumns> fromHeader(const QStringList &header, QString *error);
    // The names a header may use, in the documented order.
    static QStringList names();

    int count() const { return int(m_columns.size()); }
    // The row as a draft. Every value that cannot be read is named in errors, one sentence
    // each, so a person can fix the whole row at once. Fields must number count().
    EntryDraft draft(const QStringList &fields, const Meeting &meeting, QStringList *errors) const;

private:
    // nullopt: a column with no name in the header, which may only hold blanks.
    QVector<std::optional<Column>> m_columns;
};

// "2023-05-23 16:00", "2023-05-23T16:00:00", or ISO 8601 with an offset or Z. Without an
// offset the time is in the meeting's time zone. Returns UTC ms, or nullopt if unreadable; a
// time that is readable but cannot be meant (skipped or repeated by the clocks without an
// offset, outside 2000-2100) also gives nullopt, with the reason in *why.
std::optional<qint64> parseInscriptionTime(const QString &text, const Meeting &meeting,
                                           QString *why = nullptr);

} // namespace rostrum
