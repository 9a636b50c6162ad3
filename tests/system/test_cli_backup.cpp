// rostrum-cli backup: one consistent copy with the whole journal, so undo works in the copy; a
// copy of the .rostrum file alone lacked the acts still in the -wal.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

TEST_CASE("backup writes the whole meeting with its journal, and never over a file",
          "[cli][backup]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    for (const char *d : {"France", "Ghana", "Japan"})
        runCliOk(
            {QStringLiteral("add"), file, QStringLiteral("--delegation"), QString::fromUtf8(d)});
    runCliOk({QStringLiteral("start"), file});
    runCliOk({QStringLiteral("next"), file});
    const QByteArray before = fileBytes(file);

    const QString copy = temp.path(QStringLiteral("backup.rostrum"));
    const CliRun backup = runCliOk({QStringLiteral("backup"), file, copy});
    CHECK(backup.out.startsWith(QStringLiteral("Backed up ")));
    CHECK(fileBytes(file) == before); // only read
    // It holds personal names: readable and writable by its owner, by nobody else.
    const QFile::Permissions mode = QFile(copy).permissions();
    CHECK(mode.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    CHECK_FALSE(mode &
                (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    CHECK(journalJson(copy).size() == journalJson(file).size());
    CHECK(listState(copy) == listState(file));
    // Undo in the copy brings France back to the rostrum there, and only there.
    runCliOk({QStringLiteral("undo"), copy});
    CHECK(statusJson(copy)[QStringLiteral("current")][QStringLiteral("delegation")].toString() ==
          QStringLiteral("France"));
    CHECK(statusJson(file)[QStringLiteral("current")][QStringLiteral("delegation")].toString() ==
          QStringLiteral("Ghana"));

    for (const QString &target : {copy, file, QString()}) {
        const QByteArray was = target.isEmpty() ? QByteArray() : fileBytes(target);
        const CliRun refused = runCli({QStringLiteral("backup"), file, target});
        INFO(refused.describe().toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.errLines().size() == 1);
        if (!target.isEmpty())
            CHECK(fileBytes(target) == was);
    }
}
