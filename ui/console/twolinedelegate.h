#pragma once

#include <QStyledItemDelegate>

namespace rostrum {

// Paints a cell whose text has two lines ("Denmark" / "on behalf of the Nordic countries") with
// the second line smaller and quieter, each elided on its own, so a row stays two lines high
// however long a title is.
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of a two-line row in the view's font.
    static int rowHeight(const QFont &font);
};

} // namespace rostrum
