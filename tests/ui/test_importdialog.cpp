#include "import/inscriptioncolumns.h"
#include "importdialog.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using rostrum::testing::fitsMessage;
using rostrum::testing::TempMeeting;
using rostrum::testing::translated;

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
    CHECK(cellText(dialog, 2, ImportDialog::LateColumn) == translated("ImportDialog", "late"));
    const QTableWidgetItem *refused = dialog.table()->item(1, ImportDialog::ProblemColumn);
    // The core's refusal, which goes on with what a near name or a briefer would need.
    CHECK(fitsMessage(
        refused->text(),
        translated("ImportDialog", "Refused: %1")
            .arg(translated("InscriptionRules", "“%1” is not in the directory of delegations.")
                     .arg(u("Atlantis")) +
                 rostrum::testing::anything())));
    CHECK(refused->foreground().color().red() > 100);
    CHECK(refused->foreground().color().green() < 50);
    CHECK(cellText(dialog, 0, ImportDialog::ProblemColumn).isEmpty());

    // One refused row: nothing can be imported until the chair chooses to skip it.
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryText() ==
          translated("ImportDialog",
                     "%n row(s) refused. Nothing is imported while a row is refused: fix the "
                     "file, or skip the refused rows to import the other %1.",
                     1)
              .arg(2));
    dialog.skipRefusedBox()->setChecked(true);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryText() == translated("ImportDialog",
                                             "%n row(s) will be imported, %1 of them late; %2 "
                                             "refused row(s) will be skipped.",
                                             2)
                                      .arg(1)
                                      .arg(1));
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
    const qint64 latvia = rostrum::testing::inscribe(*session, u("Latvia"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(cellText(dialog, 0, ImportDialog::ProblemColumn) ==
          translated("ImportDialog", "Refused: %1")
              .arg(translated("InscriptionRules",
                              "%1 is already inscribed in its national capacity (entry #%2, %3). "
                              "A delegation may speak once nationally and once on behalf of a "
                              "group.")
                       .arg(u("Latvia"))
                       .arg(latvia)
                       .arg(translated("InscriptionRules", "no. %1 on the list").arg(1))));

    ImportDialog broken(session.get(), writeFile(tm, u("delegation,langauge\nPeru,es\n")));
    CHECK_FALSE(broken.importButton()->isEnabled());
    const QString comma = translated("InscriptionColumns", ", ");
    CHECK(broken.errorText().contains(
        translated("InscriptionColumns",
                   "The header names columns that Rostrum does not import: %1. Rename or delete "
                   "them; the columns are %2.")
            .arg(translated("InscriptionColumns", "“%1”").arg(u("langauge")),
                 InscriptionColumns::names().join(comma))));
    CHECK(broken.summaryText() == translated("ImportDialog", "This file cannot be imported."));
}
