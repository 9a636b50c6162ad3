#pragma once

#include <QString>
#include <optional>

namespace rostrum {

// What an entry on the list is heard for. A statement is the ordinary inscription; a point of
// order interrupts whoever has the floor; a right of reply is heard after every statement.
enum class EntryKind
{
    Statement,
    PointOfOrder,
    Reply
};

// Stable keys, used in the file and the CLI's JSON. Never translated.
QString entryKindKey(EntryKind k);
std::optional<EntryKind> entryKindFromKey(const QString &key);
// The name for people, translated: "Point of order", "Right of reply".
QString entryKindName(EntryKind k);

} // namespace rostrum
