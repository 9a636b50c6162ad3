// Every error is one line of rostrum-cli's own, and files that are not files are refused before
// they are read: no Qt diagnostic, no hang on a pipe, no memory filled from /dev/zero.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace rostrum::systemtest;

namespace {
void requireOneLine(const CliRun &run, const QString &expected)
{
    INFO(run.describe().toStdString());
    CHECK(run.exitCode == 1);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.startsWith(QStringLiteral("rostrum-cli: ")));
    CHECK(run.err.contains(expected));
    CHECK_FALSE(run.err.contains(QStringLiteral("QFSFileEngine")));
}
} // namespace

TEST_CASE("an empty file name is refused in one line of rostrum-cli's own", "[cli][badinput]")
{
    requireOneLine(
        runCli({QStringLiteral("new"), QString(), QStringLiteral("--title"), QStringLiteral("T"),
                QStringLiteral("--date"), QStringLiteral("2027-05-25"), QStringLiteral("--start"),
                QStringLiteral("15:00"), QStringLiteral("--end"), QStringLiteral("18:00"),
                QStringLiteral("--time-zone"), QStringLiteral("America/New_York")}),
        QStringLiteral("needs a name"));
    requireOneLine(runCli({QStringLiteral("status"), QString()}),
                   QStringLiteral("No meeting file was named"));
    requireOneLine(runCli({QStringLiteral("add"), QString(), QStringLiteral("--delegation"),
                           QStringLiteral("Peru")}),
                   QStringLiteral("No meeting file was named"));
}

TEST_CASE("import refuses a device, a pipe and an oversized file before reading them",
          "[cli][badinput][import]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    const QByteArray before = fileBytes(file);

    requireOneLine(runCli({QStringLiteral("import"), file, QStringLiteral("/dev/zero")}, 20'000),
                   QStringLiteral("is not a regular file"));
    const QString fifo = temp.path(QStringLiteral("inscriptions.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    requireOneLine(runCli({QStringLiteral("import"), file, fifo}, 20'000),
                   QStringLiteral("is not a regular file"));
    const QString huge = temp.path(QStringLiteral("huge.csv"));
    QFile big(huge);
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(qint64(25) * 1024 * 1024));
    big.close();
    requireOneLine(runCli({QStringLiteral("import"), file, huge}), QStringLiteral("at most 20 MB"));
    CHECK(fileBytes(file) == before);
}
