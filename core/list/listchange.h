#pragma once

#include <QSet>
#include <QString>
#include <QVector>
#include <algorithm>

namespace rostrum {

// Two running orders, compared element by element. Not with QVector's ==: in Qt 6.4 it hands
// memcmp the null data of an empty list, which is undefined behaviour; UBSan stops the console
// on it when another program's act empties or fills the waiting list.
inline bool sameOrder(const QVector<qint64> &a, const QVector<qint64> &b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin());
}

// The one notification the engine emits after an act (or after another process changed the
// file): enough for an item model to announce precise row inserts, removals and moves.
struct ListChange
{
    QString act;                 // "add", "move", "undo", "reload", ...
    QVector<qint64> orderBefore; // waiting ids, running order, before the act
    QVector<qint64> orderAfter;  // and after it
    QSet<qint64> updated;        // entries whose fields changed
    bool currentChanged = false; // a different speaker is at the rostrum
    bool clockChanged = false;   // the current speaker's clock was started, paused or changed
    bool meetingChanged = false; // the settings changed
    bool spokenChanged = false;  // the record of who has spoken changed
};

} // namespace rostrum
