#include "list/orderdiff.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace rostrum {

namespace {
// The rows that can stay where they are: a longest increasing run of their target positions.
// Everything else moves once, so a single move or an exchange gives one or two steps.
QSet<qint64> rowsThatStay(const QVector<qint64> &list, const QHash<qint64, int> &target)
{
    QVector<int> tailValue; // smallest target position ending a run of each length
    QVector<int> tailIndex; // where that run ends in list
    QVector<int> previous(list.size(), -1);
    for (int i = 0; i < list.size(); ++i) {
        const int value = target.value(list[i]);
        const auto it = std::lower_bound(tailValue.begin(), tailValue.end(), value);
        const int length = int(it - tailValue.begin());
        previous[i] = length > 0 ? tailIndex[length - 1] : -1;
        if (it == tailValue.end()) {
            tailValue.append(value);
            tailIndex.append(i);
        } else {
            *it = value;
            tailIndex[length] = i;
        }
    }
    QSet<qint64> stay;
    for (int i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = previous[i])
        stay.insert(list[i]);
    return stay;
}
} // namespace

QVector<OrderEdit> orderEdits(const QVector<qint64> &before, const QVector<qint64> &after)
{
    QVector<OrderEdit> edits;
    QHash<qint64, int> target;
    for (int i = 0; i < after.size(); ++i)
        target.insert(after[i], i);

    QVector<qint64> list = before;
    // Removals first, from the bottom so earlier rows keep their indexes.
    for (int i = int(list.size()) - 1; i >= 0; --i) {
        if (!target.contains(list[i])) {
            edits.append({OrderEdit::Kind::Remove, i, -1, list[i]});
            list.remove(i);
        }
    }

    QSet<qint64> settled = rowsThatStay(list, target);
    const QSet<qint64> present(list.cbegin(), list.cend());
    for (const qint64 id : after) {
        if (!present.contains(id) || settled.contains(id))
            continue;
        const int from = int(list.indexOf(id));
        list.remove(from);
        // Put it right after the nearest settled row that precedes it in the target order.
        int to = 0;
        for (int t = target.value(id) - 1; t >= 0; --t) {
            if (settled.contains(after[t])) {
                to = int(list.indexOf(after[t])) + 1;
                break;
            }
        }
        list.insert(to, id);
        settled.insert(id);
        if (from != to)
            edits.append({OrderEdit::Kind::Move, from, to, id});
    }

    for (int t = 0; t < after.size(); ++t) {
        if (!present.contains(after[t])) {
            list.insert(t, after[t]);
            edits.append({OrderEdit::Kind::Insert, -1, t, after[t]});
        }
    }
    return edits;
}

} // namespace rostrum
