// The running order's short columns: wide enough for every value they show, and still while the
// list changes under the chair's eyes.
#include "runningordermodel.h"
#include "windowfixture.h"

#include <QHeaderView>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

QVector<int> columnWidths(const QTableView *view)
{
    QVector<int> widths;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        widths.append(view->columnWidth(c));
    return widths;
}

// Whether the cell's text is drawn whole: its advance in the font it is drawn in, plus the
// item view's margins, within the column.
bool fitsUnclipped(const QTableView *view, const QModelIndex &index)
{
    QFont font = view->font();
    if (const QVariant f = index.data(Qt::FontRole); f.canConvert<QFont>())
        font = f.value<QFont>();
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    return QFontMetrics(font).horizontalAdvance(index.data().toString()) + margins <=
           view->columnWidth(index.column());
}

} // namespace

TEST_CASE_METHOD(WindowFixture,
                 "The short columns show a late, pinned, absent speaker's status whole, and keep "
                 "their widths while the list changes",
                 "[ui][chair]")
{
    const QVector<int> before = columnWidths(table());

    // An inscription after the deadline, moved to the top by hand, called, and absent: every
    // status flag at once.
    const auto added = session->add([] {
        EntryDraft d;
        d.delegation = QStringLiteral("Latvia");
        return d;
    }());
    REQUIRE(added.ok);
    REQUIRE(session->move(added.entryId, 1).ok);
    REQUIRE(session->next().ok); // called, and not in the room
    REQUIRE(session->absent().ok);
    const Entry &e = session->list().entries().value(added.entryId);
    REQUIRE(e.late);
    REQUIRE(e.pinned);
    REQUIRE(e.absences == 1);
    REQUIRE(e.status == Status::Waiting);

    CHECK(columnWidths(table()) == before);
    const int row = model()->rowOf(added.entryId);
    for (int column : {RunningOrderModel::PositionColumn, RunningOrderModel::CategoryColumn,
                       RunningOrderModel::LanguageColumn, RunningOrderModel::LimitColumn,
                       RunningOrderModel::ProjectedStartColumn, RunningOrderModel::FlagsColumn}) {
        INFO("column " << column << ": "
                       << model()->index(row, column).data().toString().toStdString());
        CHECK(fitsUnclipped(table(), model()->index(row, column)));
    }
    for (int r = 0; r < model()->rowCount(); ++r) {
        for (int column : {RunningOrderModel::CategoryColumn, RunningOrderModel::LanguageColumn}) {
            INFO("row " << r << " column " << column);
            CHECK(fitsUnclipped(table(), model()->index(r, column)));
        }
    }
}
