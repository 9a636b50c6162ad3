// Every CSV the command line writes goes through the one writer: `list --format csv` defuses a
// name a spreadsheet would run as a formula exactly as `export --csv` does.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

TEST_CASE("list --format csv defuses formulas as export --csv does", "[cli][csv]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    const QString formula = QStringLiteral("=HYPERLINK(\"http://example.org\",\"Open\")");
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), formula,
              QStringLiteral("--category"), QStringLiteral("other"), QStringLiteral("--speaker"),
              QStringLiteral("@SUM(A1:A9)")});
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), QStringLiteral("Latvia"),
              QStringLiteral("--speaker"), QStringLiteral("+371 Kalniņš")});

    const CliRun listed =
        runCliOk({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    const QString exported = temp.path(QStringLiteral("list.csv"));
    runCliOk({QStringLiteral("export"), file, QStringLiteral("--csv"), exported});
    const QString exportText = QString::fromUtf8(fileBytes(exported));

    // The same cell, as RFC 4180 quotes it, after the apostrophe that makes it text.
    const QString defused =
        QStringLiteral("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Open\"\")\"");
    for (const QString &text : {listed.out, exportText}) {
        INFO(text.toStdString());
        CHECK(text.contains(defused));
        CHECK(text.contains(QStringLiteral("'@SUM(A1:A9)")));
        CHECK(text.contains(QStringLiteral("'+371 Kalniņš")));
        CHECK_FALSE(text.contains(QStringLiteral(",=HYPERLINK")));
        CHECK_FALSE(text.contains(QStringLiteral(",\"=HYPERLINK")));
        CHECK(text.contains(QStringLiteral("\r\n")));
    }
}
