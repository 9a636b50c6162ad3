#pragma once

#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QHash>
#include <QVector>

namespace rostrum {

// The running order is kept as order keys: an entry is placed by giving it a key between its
// neighbours', so an act rewrites one row, not every row after the place.

// The order of waiting entries: by key, and by id where two keys are equal.
bool waitingOrder(const Entry &a, const Entry &b);

// Rule 1: the index of the tier an entry is heard in, under the meeting's tier order.
int tierIndexOf(const Meeting &meeting, const Entry &e);

// Rules 1 and 2: whether `a` speaks before `b` when neither is placed by hand.
bool autoBefore(const Meeting &meeting, const Entry &a, const Entry &b);

// Rules 1-3: where a new or edited unpinned entry goes without displacing a pinned one.
int automaticIndex(const Meeting &meeting, const Entry &e, const QVector<Entry> &orderWithoutIt);
// The same over waiting ids in running order (not holding the entry), their entries looked up
// in `entries`: no copy of the list for a new inscription.
int automaticIndexAmong(const Meeting &meeting, const Entry &e, const QHash<qint64, Entry> &entries,
                        const QVector<qint64> &ids);
// Rule 4: the place after the last entry of the entry's tier (or of a tier heard before it).
int endOfTierIndex(const Meeting &meeting, const Entry &e, const QVector<Entry> &orderWithoutIt);

// The key for a place in the running order.
struct Placement
{
    qint64 key = 0;
    QHash<qint64, qint64> renumbered; // other waiting entries whose key had to change
};
// The key that puts an entry at index `index` of `order` (which must not contain it).
Placement placeAt(const QVector<Entry> &order, int index);
// The same over waiting ids in running order, their keys looked up in `entries`.
Placement placeAmong(const QHash<qint64, Entry> &entries, const QVector<qint64> &ids, int index);

// `order` without the entry `id`: the order an entry is placed back into.
QVector<Entry> withoutEntry(QVector<Entry> order, qint64 id);

} // namespace rostrum
