#pragma once

#include <QVector>

namespace rostrum {

// One step that turns a displayed list into the next one. Applying the steps in order to the
// "before" sequence gives the "after" sequence, so an item model can announce each step as a
// precise row insert, removal or move.
struct OrderEdit
{
    enum class Kind
    {
        Insert,
        Remove,
        Move
    };
    Kind kind;
    int from = -1; // Remove, Move: the row before the step
    int to = -1;   // Insert, Move: the row after the step (Move: index in the list after removal)
    qint64 id = 0;
};

QVector<OrderEdit> orderEdits(const QVector<qint64> &before, const QVector<qint64> &after);

} // namespace rostrum
