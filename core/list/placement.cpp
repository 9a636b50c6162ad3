#include "list/placement.h"

#include "meeting/categories.h"

#include <algorithm>

namespace rostrum {

namespace {
constexpr qint64 kKeyStep = qint64(1) << 20;

template <typename KeyAt, typename IdAt>
Placement placeWith(int size, int index, KeyAt keyAt, IdAt idAt)
{
    Placement p;
    index = std::clamp(index, 0, size);
    if (size == 0) {
        p.key = kKeyStep;
    } else if (index == 0) {
        p.key = keyAt(0) - kKeyStep;
    } else if (index == size) {
        p.key = keyAt(size - 1) + kKeyStep;
    } else {
        const qint64 a = keyAt(index - 1), b = keyAt(index);
        if (b - a >= 2) {
            p.key = a + (b - a) / 2;
        } else {
            // The gap is used up: space the whole list out again. Rare, and one act still.
            for (int i = 0; i <= size; ++i) {
                const qint64 key = (i + 1) * kKeyStep;
                if (i == index)
                    p.key = key;
                const int source = i < index ? i : i - 1;
                if (i != index && keyAt(source) != key)
                    p.renumbered.insert(idAt(source), key);
            }
            if (index == size)
                p.key = (index + 1) * kKeyStep;
        }
    }
    return p;
}
} // namespace

bool waitingOrder(const Entry &a, const Entry &b)
{
    return a.orderKey != b.orderKey ? a.orderKey < b.orderKey : a.id < b.id;
}

int tierIndexOf(const Meeting &meeting, const Entry &e)
{
    // Rule 9: replies are heard after every statement, in a tier of their own.
    if (e.kind == EntryKind::Reply)
        return int(meeting.tierOrder.size());
    return meeting.tierIndex(tierOf(e.category, e.groupSize));
}

bool autoBefore(const Meeting &meeting, const Entry &a, const Entry &b)
{
    const int ta = tierIndexOf(meeting, a), tb = tierIndexOf(meeting, b);
    if (ta != tb)
        return ta < tb;
    if (a.late != b.late)
        return !a.late;
    if (a.inscribedAtMs != b.inscribedAtMs)
        return a.inscribedAtMs < b.inscribedAtMs;
    return a.id < b.id;
}

namespace {
// Before the first unpinned entry that should follow it. Pinned entries in front of that point
// stay in front: a manual move is never undone by an automatic placement. The entry's own tier
// is worked out once, not once per entry it is compared with (an import compares every row
// with the whole list).
template <typename EntryAt>
int automaticIndexWith(const Meeting &meeting, const Entry &e, int size, EntryAt entryAt)
{
    const int tier = tierIndexOf(meeting, e);
    for (int i = 0; i < size; ++i) {
        const Entry &other = entryAt(i);
        if (other.pinned)
            continue;
        const int otherTier = tierIndexOf(meeting, other);
        const bool before = tier != otherTier      ? tier < otherTier
                            : e.late != other.late ? !e.late
                            : e.inscribedAtMs != other.inscribedAtMs
                                ? e.inscribedAtMs < other.inscribedAtMs
                                : e.id < other.id;
        if (before)
            return i;
    }
    return size;
}
} // namespace

int automaticIndex(const Meeting &meeting, const Entry &e, const QVector<Entry> &order)
{
    return automaticIndexWith(meeting, e, int(order.size()),
                              [&](int i) -> const Entry & { return order[i]; });
}

int automaticIndexAmong(const Meeting &meeting, const Entry &e, const QHash<qint64, Entry> &entries,
                        const QVector<qint64> &ids)
{
    return automaticIndexWith(meeting, e, int(ids.size()), [&](int i) -> const Entry & {
        return entries.constFind(ids[i]).value();
    });
}

int endOfTierIndex(const Meeting &meeting, const Entry &e, const QVector<Entry> &order)
{
    const int tier = tierIndexOf(meeting, e);
    int index = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (tierIndexOf(meeting, order[i]) <= tier)
            index = i + 1;
    }
    return index;
}

Placement placeAt(const QVector<Entry> &order, int index)
{
    return placeWith(
        int(order.size()), index, [&](int i) { return order[i].orderKey; },
        [&](int i) { return order[i].id; });
}

Placement placeAmong(const QHash<qint64, Entry> &entries, const QVector<qint64> &ids, int index)
{
    // Keys are looked up only where needed: next to the place, or all of them when the list
    // is spaced out again.
    return placeWith(
        int(ids.size()), index, [&](int i) { return entries.constFind(ids[i])->orderKey; },
        [&](int i) { return ids[i]; });
}

QVector<Entry> withoutEntry(QVector<Entry> order, qint64 id)
{
    order.erase(
        std::remove_if(order.begin(), order.end(), [id](const Entry &x) { return x.id == id; }),
        order.end());
    return order;
}

} // namespace rostrum
