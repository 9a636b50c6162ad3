#include "meeting/entrykind.h"

#include <QCoreApplication>

namespace rostrum {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::EntryKind)
};
} // namespace

QString entryKindKey(EntryKind k)
{
    switch (k) {
    case EntryKind::Statement:
        return QStringLiteral("statement");
    case EntryKind::PointOfOrder:
        return QStringLiteral("point_of_order");
    case EntryKind::Reply:
        return QStringLiteral("reply");
    }
    return {};
}

std::optional<EntryKind> entryKindFromKey(const QString &key)
{
    for (const EntryKind k : {EntryKind::Statement, EntryKind::PointOfOrder, EntryKind::Reply}) {
        if (entryKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString entryKindName(EntryKind k)
{
    switch (k) {
    case EntryKind::Statement:
        return Tr::tr("Statement");
    case EntryKind::PointOfOrder:
        return Tr::tr("Point of order");
    case EntryKind::Reply:
        return Tr::tr("Right of reply");
    }
    return {};
}

} // namespace rostrum
