// The report window and the exports of the File menu, offscreen with a real QApplication.
#include "clock/clock.h"
#include "exportactions.h"
#include "meeting/categories.h"
#include "reportdialog.h"
#include "tempmeeting.h"
#include "timelinewidget.h"
#include "translated.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QStringList rowTexts(const QTableWidget *table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out.append(table->item(row, c) ? table->item(row, c)->text() : QString());
    return out;
}

// The share of the widget that is not white: the picture was painted, not left blank.
double inkOf(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 235 ? 1 : 0;
    }
    return double(ink) / double(std::max(1, image.width() * image.height()));
}
} // namespace

TEST_CASE("The report window shows the summary and totals and timeline and follows the meeting")
{
    TempMeeting t;
    auto s = t.createDemo();
    t.clock.advance(7 * 60'000); // 15:02
    REQUIRE(s->start().ok);
    t.clock.advance(200'000);
    REQUIRE(s->next().ok);

    ReportDialog dialog(s.get());
    dialog.show();
    auto *summary = dialog.findChild<QTableWidget *>();
    REQUIRE(summary);
    CHECK(rowTexts(summary, 0) ==
          QStringList({translated("ReportText", "Start"), QStringLiteral("15:00"),
                       QStringLiteral("15:02"), translated("TimeText", "+%1 min").arg(2)}));
    const auto tables = dialog.findChildren<QTableWidget *>();
    REQUIRE(tables.size() == 2);
    const QTableWidget *tiers = tables.at(1);
    CHECK(rowTexts(tiers, 0).mid(0, 3) ==
          QStringList({tierName(Tier::Opening), QStringLiteral("2"), QStringLiteral("1")}));
    CHECK(tiers->item(tiers->rowCount() - 1, 0)->text() ==
          translated("ReportText", "All speakers"));

    auto *timeline = dialog.findChild<TimelineWidget *>();
    REQUIRE(timeline);
    CHECK(timeline->sizeHint().height() > 45 * 10);
    CHECK(inkOf(timeline) > 0.02);

    // The next act shows at once.
    t.clock.advance(10'000);
    REQUIRE(s->start().ok);
    t.clock.advance(100'000);
    REQUIRE(s->next().ok);
    CHECK(dialog.report().spokeCount == 2);
    CHECK(rowTexts(tiers, 0).at(2) == QStringLiteral("2"));

    const QString pdf = t.path(QStringLiteral("report.pdf"));
    CHECK(dialog.exportTo(pdf, DocumentFormat::Pdf));
    CHECK(QFile::exists(pdf));
    CHECK(dialog.messageText() ==
          translated("ReportDialog", "Report written to %1.").arg(QDir::toNativeSeparators(pdf)));
    const QString bad = t.path(QStringLiteral("missing/report.csv"));
    CHECK_FALSE(dialog.exportTo(bad, DocumentFormat::Csv));
    CHECK(dialog.messageText().contains(
        translated("SaveFile", "the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(t.path(QStringLiteral("missing"))))));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("The list of speakers is exported in the format its file name asks for")
{
    CHECK(formatOfPath(QStringLiteral("/x/list.PDF")) == DocumentFormat::Pdf);
    CHECK(formatOfPath(QStringLiteral("list.csv")) == DocumentFormat::Csv);
    CHECK(formatOfPath(QStringLiteral("list.htm")) == DocumentFormat::Html);
    CHECK_FALSE(formatOfPath(QStringLiteral("list")).has_value());

    TempMeeting t;
    auto s = t.createDemo();
    QString error;
    for (const auto &[name, format, magic] :
         {std::tuple{QStringLiteral("l.pdf"), DocumentFormat::Pdf, QByteArrayLiteral("%PDF-")},
          std::tuple{QStringLiteral("l.csv"), DocumentFormat::Csv,
                     QByteArrayLiteral("\xEF\xBB\xBFposition,")},
          std::tuple{QStringLiteral("l.html"), DocumentFormat::Html,
                     QByteArrayLiteral("<!DOCTYPE html>")}}) {
        const QString path = t.path(name);
        INFO(name.toStdString() << ": " << error.toStdString());
        REQUIRE(writeListOfSpeakers(*s, path, format, &error));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll().startsWith(magic));
    }
    CHECK_FALSE(writeReport(*s, t.path(QStringLiteral("r.html")), DocumentFormat::Html, &error));
}
