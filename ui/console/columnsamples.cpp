#include "columnsamples.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace rostrum {

void sizeColumnsFromSamples(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = view->horizontalHeader();
    // Bold: some columns are drawn bold (the position), and a little room to spare is better
    // than a clipped time.
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics cellMetrics(bold);
    const QFontMetrics headerMetrics(header->font());
    // The item view's text margins on both sides plus the delegate's padding.
    const int cellPadding =
        2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 12;
    const int headerPadding =
        2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QStringList samples =
            model->headerData(column, Qt::Horizontal, ColumnSamplesRole).toStringList();
        if (samples.isEmpty())
            continue;
        int width =
            headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) +
            headerPadding;
        for (const QString &text : samples)
            width = std::max(width, cellMetrics.horizontalAdvance(text) + cellPadding);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
}

} // namespace rostrum
