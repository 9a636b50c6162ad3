#pragma once

#include <QSet>
#include <QString>
#include <QVector>

namespace rostrum {

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
