#include "importdialog.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using rostrum::testing::TempMeeting;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString writeFile(const TempMeeting &tm, const QString &text)
{
    const QString path = tm.path(QStringLiteral("inscriptions.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    return path;
}

QString cellText(const ImportDialog &d, int row, int column)
{
    const QTableWidgetItem *item = d.table()->item(row, column);
    REQUIRE(item);
    return item->text();
}
} // namespace

TEST_CASE("The import dialog previews every row and writes nothing before Import", "[ui][import]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    const QString path = writeFile(tm, u("delegation,speaker,inscribed_at\n"
                                         "Ecuador,José Andrade,2023-05-22 10:00\n"
                                         "Atlantis,Nobody,\n"
                                         "Latvia,Ilze Bērziņa,\n"));
    ImportDialog dialog(session.get(), path);
    dialog.show();

    REQUIRE(dialog.table()->rowCount() == 3);
    CHECK(cellText(dialog, 0, ImportDialog::LineColumn) == u("2"));
    CHECK(cellText(dialog, 0, ImportDialog::CategoryColumn) == categoryName(Category::Council));
    CHECK(cellText(dialog, 0, ImportDialog::LateColumn).isEmpty());
    CHECK(cellText(dialog, 2, ImportDialog::LateColumn) == u("late"));
    const QTableWidgetItem *refused = dialog.table()->item(1, ImportDialog::ProblemColumn);
    CHECK(refused->text().startsWith(u("Refused: “Atlantis” is not in the directory")));
    CHECK(refused->foreground().color().red() > 100);
    CHECK(refused->foreground().color().green() < 50);
    CHECK(cellText(dialog, 0, ImportDialog::ProblemColumn).isEmpty());

    // One refused row: nothing can be imported until the chair chooses to skip it.
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryText().startsWith(u("1 row(s) refused.")));
    dialog.skipRefusedBox()->setChecked(true);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryText() ==
          u("2 row(s) will be imported, 1 of them late; 1 refused row(s) will be skipped."));
    CHECK(session->list().entries().isEmpty());
    CHECK(tm.reopen()->list().entries().isEmpty());

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.imported());
    CHECK(session->list().entries().size() == 2);
    // One act: one undo takes both rows away.
    REQUIRE(session->undo().ok);
    CHECK(session->list().entries().isEmpty());
}

TEST_CASE("The import dialog follows the list and refuses a file it cannot read", "[ui][import]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    ImportDialog dialog(session.get(), writeFile(tm, u("delegation\nLatvia\n")));
    CHECK(dialog.importButton()->isEnabled());
    // Staff inscribe Latvia by hand while the dialog is open: the preview says so at once.
    rostrum::testing::inscribe(*session, u("Latvia"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(cellText(dialog, 0, ImportDialog::ProblemColumn).contains(u("already inscribed")));

    ImportDialog broken(session.get(), writeFile(tm, u("delegation,langauge\nPeru,es\n")));
    CHECK_FALSE(broken.importButton()->isEnabled());
    CHECK(broken.errorText().contains(u("“langauge”")));
    CHECK(broken.summaryText() == u("This file cannot be imported."));
}
