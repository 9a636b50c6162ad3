#pragma once

#include <QTableView>

namespace rostrum {

// A table of whole rows (the running order, the spoken list). Home and End go to the first and
// last speaker: with whole rows selected, the stock meaning (first or last column of the row)
// does nothing a user can see, and Ctrl+Home and Ctrl+End are the console's "move to the top"
// and "move to the bottom".
class RowTable final : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    // A new font re-sizes the columns of short values (ui/console/columnsamples.h).
    void changeEvent(QEvent *event) override;
};

} // namespace rostrum
