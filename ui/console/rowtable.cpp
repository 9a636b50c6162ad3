#include "rowtable.h"

#include "columnsamples.h"

#include <QEvent>

namespace rostrum {

QModelIndex RowTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveHome || cursorAction == MoveEnd) {
        const int rows = model() ? model()->rowCount(rootIndex()) : 0;
        if (rows == 0)
            return {};
        const int column = currentIndex().isValid() ? currentIndex().column() : 0;
        return model()->index(cursorAction == MoveHome ? 0 : rows - 1, column, rootIndex());
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void RowTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        sizeColumnsFromSamples(this);
}

} // namespace rostrum
