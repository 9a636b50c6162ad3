// Hostile files through the command line, beyond test_cli_foreignfiles.cpp: a real meeting cut
// short, a file with Rostrum's application id but no meeting, and a meeting locked by another
// program for longer than the busy timeout.
#include "clirunner.h"
#include "store/schema.h"
#include "tempmeeting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

void backdate(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5)),
                             QFileDevice::FileModificationTime));
}

bool hasSidecars(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            return true;
    }
    return false;
}

// "list" and "add" on the file both fail in one line with these words, and the file is as it was.
void checkRefused(const QString &path, const QString &expected)
{
    backdate(path);
    const QByteArray bytes = fileBytes(path);
    const QDateTime mtime = fileMtime(path);
    for (const QStringList &command :
         {QStringList{QStringLiteral("list"), path},
          QStringList{QStringLiteral("add"), path, QStringLiteral("--delegation"),
                      QStringLiteral("Latvia")}}) {
        const CliRun run = runCli(command);
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.contains(expected));
        CHECK(fileBytes(path) == bytes);
        CHECK(fileMtime(path) == mtime);
        CHECK_FALSE(hasSidecars(path));
    }
}

// Another program's connection holding the write lock while it lives.
class LockHolder final
{
public:
    explicit LockHolder(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    ~LockHolder()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    LockHolder(const LockHolder &) = delete;
    LockHolder &operator=(const LockHolder &) = delete;

private:
    QString m_name;
};
} // namespace

TEST_CASE("a meeting cut short is refused as damaged and never touched", "[cli][files]")
{
    rostrum::testing::TempMeeting temp;
    const QString whole = temp.path(QStringLiteral("whole.rostrum"));
    newMeeting(whole);
    for (const QString &d : memberStates().mid(0, 40))
        runCliOk({QStringLiteral("add"), whole, QStringLiteral("--delegation"), d});
    REQUIRE_FALSE(hasSidecars(whole));
    const QByteArray bytes = fileBytes(whole);
    const int page = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    REQUIRE(bytes.size() >= 3 * page);
    for (const int length : {100, page, 2 * page, int(bytes.size()) - page}) {
        const QString cut = temp.path(QStringLiteral("cut-%1.rostrum").arg(length));
        writeFile(cut, bytes.left(length));
        INFO(length);
        checkRefused(cut, QStringLiteral("is damaged"));
    }
}

TEST_CASE("a file with Rostrum's id but no meeting is refused and stays in its journal mode",
          "[cli][files]")
{
    rostrum::testing::TempMeeting temp;
    const QString stray = temp.path(QStringLiteral("stray.rostrum"));
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(stray);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("PRAGMA application_id = %1").arg(rostrum::Schema::kApplicationId)));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE note (text TEXT)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    checkRefused(stray, QStringLiteral("has no meeting in it"));
    // Byte 18 of the header is 1 for a rollback journal, 2 for WAL: still 1.
    CHECK(int(fileBytes(stray)[18]) == 1);
}

TEST_CASE("a meeting locked by another program is named as such and nothing is lost",
          "[cli][files]")
{
    rostrum::testing::TempMeeting temp;
    const QString meeting = temp.path(QStringLiteral("meeting.rostrum"));
    newMeeting(meeting);
    runCliOk(
        {QStringLiteral("add"), meeting, QStringLiteral("--delegation"), QStringLiteral("Japan")});
    {
        LockHolder other(meeting);
        // Reading goes on under another writer's lock (WAL).
        CHECK(listJson(meeting).size() == 1);
        QElapsedTimer waited;
        waited.start();
        const CliRun run = runCli({QStringLiteral("add"), meeting, QStringLiteral("--delegation"),
                                   QStringLiteral("Latvia")});
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errLines().size() == 1);
        CHECK(
            run.err.contains(QStringLiteral("another program is holding the meeting file locked")));
        // It waited out the busy timeout (5 s) before giving up, rather than failing at once.
        CHECK(waited.elapsed() >= 4'000);
    }
    runCliOk(
        {QStringLiteral("add"), meeting, QStringLiteral("--delegation"), QStringLiteral("Latvia")});
    const QJsonArray list = listJson(meeting);
    REQUIRE(list.size() == 2);
}
