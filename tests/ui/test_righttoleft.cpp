// The console right to left (issue 13), as an Arabic reader sees it: the running order's columns
// start at the right, durations and times stay left-to-right runs ("+0:30", never "0:30+"), the
// countdown reads "1:35" in Western digits, and an elided line keeps the start of its text.
// Also the language of each statement, for the interpreters' booths.
#include "bidi.h"
#include "chairactions.h"
#include "clock/timetext.h"
#include "countdownreadout.h"
#include "elidedlabel.h"
#include "runningordermodel.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"
#include "timekeeperdisplay.h"
#include "windowfixture.h"

#include <QAction>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// The whole application right to left while it lives, as `--language ar` makes it.
struct RightToLeft
{
    RightToLeft() { QGuiApplication::setLayoutDirection(Qt::RightToLeft); }
    ~RightToLeft() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }
};

const QChar kLeftToRightIsolate(0x2066);
const QChar kFirstStrongIsolate(0x2068);
const QChar kPopIsolate(0x2069);

int rowOfDelegation(const RunningOrderModel *model, const QString &delegation)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, RunningOrderModel::DelegationColumn).data().toString() == delegation)
            return r;
    }
    return -1;
}
} // namespace

TEST_CASE("Right to left, the running order's first column is at the right", "[ui][rtl]")
{
    const RightToLeft rtl;
    WindowFixture f;
    QTableView *table = f.table();
    REQUIRE(table->layoutDirection() == Qt::RightToLeft);
    const QHeaderView *header = table->horizontalHeader();
    int firstShown = -1;
    int lastShown = -1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        if (firstShown < 0)
            firstShown = logical;
        lastShown = logical;
    }
    REQUIRE(firstShown != lastShown);
    const QRect first = table->visualRect(f.model()->index(0, firstShown));
    const QRect last = table->visualRect(f.model()->index(0, lastShown));
    // The first column (the position) starts the row at its right edge, as Arabic is read.
    CHECK(first.left() > last.right());
    CHECK(first.right() >= table->viewport()->width() - 2);
}

TEST_CASE("Right to left, the clock buttons keep \"+30 s\" and the keys left to right", "[ui][rtl]")
{
    const RightToLeft rtl;
    WindowFixture f;
    QToolButton *add = nullptr;
    for (QToolButton *b : f.window->findChildren<QToolButton *>()) {
        if (b->defaultAction() == f.window->chairActions()->addTime)
            add = b;
    }
    REQUIRE(add);
    // Every line of the button (one, on a compact console) is isolated in the direction of its
    // own first letter: the duration and the key read as written, whatever the direction of
    // the console.
    const QStringList lines = add->text().split(QLatin1Char('\n'));
    const QStringList written =
        f.window->chairActions()->addTime->iconText().split(QLatin1Char('\n'));
    REQUIRE(lines.size() <= written.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        CHECK(lines[i] == kFirstStrongIsolate + written[i] + kPopIsolate);
}

TEST_CASE("Right to left, the countdown is a left-to-right run of Western digits", "[ui][rtl]")
{
    const RightToLeft rtl;
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    display.resize(960, 540);
    const CountdownReadout &readout = *display.readout();
    REQUIRE(readout.layoutDirection() == Qt::RightToLeft);
    REQUIRE(session->start().ok);
    tm.clock.advance(85'000);
    display.refresh();
    // 3:00 less 1:25: "1:35", the minutes at the left as in every language of the UN.
    CHECK(readout.text() == QStringLiteral("1:35"));
    CHECK(readout.accessibleDescription().contains(kLeftToRightIsolate + QStringLiteral("1:35") +
                                                   kPopIsolate));
    // The figures are centred in the readout in either direction.
    const QRectF figures = readout.figuresTextRect();
    CHECK(std::abs(figures.center().x() - readout.width() / 2.0) < readout.width() * 0.05);

    // The projection keeps its "+18 min" whole: its duration is a left-to-right run.
    CHECK(display.shown().projection.contains(
        kLeftToRightIsolate + formatOverUnder(session->projection().overUnderMs) + kPopIsolate));
}

TEST_CASE("Right to left, an elided label keeps the start of its text", "[ui][rtl]")
{
    const RightToLeft rtl;
    ElidedLabel label;
    const QString title = QStringLiteral("The responsibility and responsiveness of States to "
                                         "cyberattacks on critical infrastructure");
    label.setFullText(title);
    label.resize(label.fontMetrics().horizontalAdvance(title) / 3, 30);
    label.show();
    REQUIRE(label.layoutDirection() == Qt::RightToLeft);
    const QString shown = label.text();
    REQUIRE(shown.size() < title.size());
    CHECK(shown.endsWith(QChar(0x2026)));
    CHECK(title.startsWith(shown.chopped(1)));
    CHECK(label.toolTip() == title);
}

TEST_CASE("The language of each statement is in the running order and on the display",
          "[ui][language]")
{
    WindowFixture f;
    const int ecuador = rowOfDelegation(f.model(), QStringLiteral("Ecuador"));
    REQUIRE(ecuador >= 0);
    const QModelIndex language = f.model()->index(ecuador, RunningOrderModel::LanguageColumn);
    const QString inSpanish =
        QCoreApplication::translate("rostrum::StatementLanguage", "Statement in Spanish");
    CHECK(language.data().toString() == QStringLiteral("es"));
    CHECK(language.data(Qt::ToolTipRole).toString() == inSpanish);
    CHECK(language.data(Qt::AccessibleTextRole).toString() == inSpanish);
    CHECK_FALSE(f.table()->isColumnHidden(RunningOrderModel::LanguageColumn));

    // English statements are shown too: the booths need to know.
    TimekeeperDisplay display(f.session);
    REQUIRE(f.session->start().ok);
    display.refresh();
    REQUIRE(f.session->list().current()->language == QStringLiteral("en"));
    CHECK(display.shown().language ==
          QCoreApplication::translate("rostrum::StatementLanguage", "Statement in English"));
}
