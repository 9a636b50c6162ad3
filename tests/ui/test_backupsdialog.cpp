// "File > Open a backup…": the backups in the folder, newest first, with the meeting, the time
// written (local, 24-hour) and the size.
#include "backupsdialog.h"
#include "language/datetext.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QFile>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
void writeBytes(const QString &path, qint64 size)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(QByteArray(int(size), 'x')) == size);
}

QString localText(int hour, int minute)
{
    // As the console writes a date with its time in its language (language/datetext.h).
    return DateText::dateWithSeconds(
        QDateTime(QDate(2023, 5, 25), QTime(hour, minute), QTimeZone::utc()).toLocalTime());
}

// "52 KB" in the language of the run; figures are Western digits in every language.
QString kilobytes(int count)
{
    return translated("BackupsDialog", "%1 KB").arg(count);
}
} // namespace

TEST_CASE("The backups dialog lists the backups newest first with their sizes", "[ui][backup]")
{
    TempMeeting temp;
    const BackupFolder folder(temp.path(QStringLiteral("backups")));
    REQUIRE(folder.ensureExists(nullptr));
    writeBytes(folder.path() + QStringLiteral("/council-20230525-185500.rostrum"), 48 * 1024);
    writeBytes(folder.path() + QStringLiteral("/council-20230525-200500.rostrum"), 52 * 1024);

    BackupsDialog dialog(folder);
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("council"));
    CHECK(table->item(0, 1)->text() == localText(20, 5));
    CHECK(table->item(0, 2)->text() == kilobytes(52));
    CHECK(table->item(1, 1)->text() == localText(18, 55));
    CHECK(table->item(1, 2)->text() == kilobytes(48));
    CHECK(dialog.emptyText().isEmpty());

    CHECK(table->currentRow() == 0); // the newest, to begin with
    table->setCurrentCell(1, 0);     // as a click on the older one
    dialog.accept();
    CHECK(dialog.chosen().path ==
          folder.path() + QStringLiteral("/council-20230525-185500.rostrum"));
}

TEST_CASE("An empty backups folder says when backups are written", "[ui][backup]")
{
    TempMeeting temp;
    BackupsDialog dialog(BackupFolder(temp.path(QStringLiteral("no backups here"))));
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(dialog.emptyText() == translated("BackupsDialog",
                                           "No backups yet: Rostrum writes one every 5 "
                                           "minutes while a meeting is being run."));
    dialog.accept();
    CHECK(dialog.chosen().path.isEmpty());
}
