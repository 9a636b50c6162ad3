// Files that are not meetings, and meetings that must not be overwritten, are left untouched.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Dates the file in the past, so that any write at all would show in its mtime.
void backdate(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5)),
                             QFileDevice::FileModificationTime));
}

void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList sidecars(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(path + QLatin1String(suffix));
    }
    return found;
}
} // namespace

TEST_CASE("new never overwrites an existing file", "[cli][files]")
{
    rostrum::testing::TempMeeting temp;
    const QString meeting = temp.path(QStringLiteral("meeting.rostrum"));
    const QString notes = temp.path(QStringLiteral("notes.txt"));
    newMeeting(meeting);
    runCliOk(
        {QStringLiteral("add"), meeting, QStringLiteral("--delegation"), QStringLiteral("Chile")});
    writeFile(notes, "Speakers to call back:\nLatvia\n");
    for (const QString &path : {meeting, notes}) {
        backdate(path);
        const QByteArray bytes = fileBytes(path);
        const QDateTime mtime = fileMtime(path);
        const CliRun run = runCli(
            {QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Again"),
             QStringLiteral("--date"), QStringLiteral("2023-05-25"), QStringLiteral("--start"),
             QStringLiteral("15:00"), QStringLiteral("--end"), QStringLiteral("17:30")});
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.contains(QStringLiteral("already exists")));
        CHECK(fileBytes(path) == bytes);
        CHECK(fileMtime(path) == mtime);
    }
    CHECK(listJson(meeting).size() == 1);
}

TEST_CASE("files that are not meetings are refused in one line and never touched", "[cli][files]")
{
    rostrum::testing::TempMeeting temp;
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator generator(20230525);
    for (char &c : noise)
        c = char(generator.bounded(256));

    struct Foreign
    {
        QString name;
        QString expected; // a word the message must contain
    };
    const QString text = temp.path(QStringLiteral("list.txt"));
    const QString empty = temp.path(QStringLiteral("empty.rostrum"));
    const QString random = temp.path(QStringLiteral("random.rostrum"));
    const QString otherApp = temp.path(QStringLiteral("other-app.sqlite"));
    const QString newer = temp.path(QStringLiteral("newer.rostrum"));
    writeFile(text, "1. Albania\n2. United States\n");
    writeFile(empty, QByteArray());
    writeFile(random, noise);
    runSql(otherApp, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                      QStringLiteral("INSERT INTO contacts VALUES ('Latvia')")});
    newMeeting(newer);
    runSql(newer, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("PRAGMA user_version = 99")});
    const QList<Foreign> files = {{text, QStringLiteral("not a Rostrum meeting")},
                                  {empty, QStringLiteral("empty")},
                                  {random, QStringLiteral("not a Rostrum meeting")},
                                  {otherApp, QStringLiteral("another application")},
                                  {newer, QStringLiteral("newer version")}};
    const QList<QStringList> commands = {
        {QStringLiteral("list")},
        {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("add"), QStringLiteral("--delegation"), QStringLiteral("Latvia")},
        {QStringLiteral("start")},
        {QStringLiteral("undo")},
        {QStringLiteral("journal")},
        {QStringLiteral("close-list")},
    };
    for (const Foreign &f : files) {
        backdate(f.name);
        const QByteArray bytes = fileBytes(f.name);
        const QDateTime mtime = fileMtime(f.name);
        for (QStringList command : commands) {
            command.insert(1, f.name);
            INFO(commandText(command).toStdString());
            const CliRun run = runCli(command);
            INFO(run.describe().toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.errLines().size() == 1);
            CHECK(run.err.startsWith(QStringLiteral("rostrum-cli: ")));
            CHECK(run.err.contains(f.expected));
            CHECK(run.err.contains(QFileInfo(f.name).fileName()));
            CHECK(run.out.isEmpty());
            REQUIRE(fileBytes(f.name) == bytes);
            REQUIRE(fileMtime(f.name) == mtime);
            CHECK(sidecars(f.name).isEmpty());
        }
    }
}

TEST_CASE("a file that is not there is refused, and no file appears", "[cli][files]")
{
    rostrum::testing::TempMeeting temp;
    const QString missing = temp.path(QStringLiteral("missing.rostrum"));
    const CliRun run = runCli(
        {QStringLiteral("add"), missing, QStringLiteral("--delegation"), QStringLiteral("Latvia")});
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK_FALSE(QFile::exists(missing));
    CHECK(QDir(QFileInfo(missing).absolutePath()).entryList(QDir::Files).isEmpty());
}
