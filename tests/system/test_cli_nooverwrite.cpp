// A document never replaces a meeting: `export m.rostrum --csv m.rostrum` printed "Wrote
// m.rostrum" and the meeting was gone. Every document write refuses a meeting file, any other
// SQLite database, and a meeting's -wal and -shm.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

TEST_CASE("export and report refuse to write over a meeting or a database", "[cli][documents]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    runCliOk(
        {QStringLiteral("add"), file, QStringLiteral("--delegation"), QStringLiteral("Ghana")});
    const QString other = temp.path(QStringLiteral("other.rostrum"));
    newMeeting(other);
    const QString database = temp.path(QStringLiteral("accounts.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(database);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    const QString link = temp.path(QStringLiteral("link.csv"));
    REQUIRE(QFile::link(file, link));

    const QList<QString> targets = {file, other, database, link, file + QStringLiteral("-wal")};
    QFile(file + QStringLiteral("-wal")).open(QIODevice::WriteOnly); // as a console leaves it
    for (const QString &target : targets) {
        const QByteArray before = fileBytes(target);
        const QByteArray meetingBefore = fileBytes(file);
        for (const QStringList &command :
             {QStringList{QStringLiteral("export"), file, QStringLiteral("--csv"), target},
              QStringList{QStringLiteral("export"), file, QStringLiteral("--pdf"), target},
              QStringList{QStringLiteral("report"), file, QStringLiteral("--csv"), target}}) {
            const CliRun run = runCli(command);
            INFO(run.describe().toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.errLines().size() == 1);
            CHECK(run.err.contains(QStringLiteral("never replaces")));
            CHECK_FALSE(run.out.contains(QStringLiteral("Wrote")));
        }
        CHECK(fileBytes(target) == before);
        CHECK(fileBytes(file) == meetingBefore);
    }
    // The meeting is still there, and a document beside it is written as before.
    CHECK(runCliOk({QStringLiteral("list"), file}).out.contains(QStringLiteral("Ghana")));
    const QString csv = temp.path(QStringLiteral("list.csv"));
    runCliOk({QStringLiteral("export"), file, QStringLiteral("--csv"), csv});
    CHECK(QFile::exists(csv));
}
