// Times typed on the command line keep their instant: the offset in the hour the clocks repeat,
// the seconds; a time the clocks skip, an hour they repeat without an offset, and instants
// outside 2000-2100 are refused with one line and leave the file as it was.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
QStringList newArguments(const QString &file, const QStringList &extra)
{
    return QStringList{QStringLiteral("new"),         file,
                       QStringLiteral("--title"),     QStringLiteral("Times"),
                       QStringLiteral("--date"),      QStringLiteral("2027-11-08"),
                       QStringLiteral("--start"),     QStringLiteral("10:00"),
                       QStringLiteral("--end"),       QStringLiteral("13:00"),
                       QStringLiteral("--time-zone"), QStringLiteral("America/New_York"),
                       QStringLiteral("--council"),   QStringLiteral("France;Ghana;Japan")} +
           extra;
}

QString storedColumn(const QString &file, const QString &column)
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM meeting")));
        REQUIRE(q.next());
        value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

qint64 storedDeadlineMs(const QString &file)
{
    const QDateTime at =
        QDateTime::fromString(storedColumn(file, QStringLiteral("deadline")), Qt::ISODate);
    REQUIRE(at.isValid());
    return at.toMSecsSinceEpoch();
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

bool lateOf(const QString &file, const QString &delegation)
{
    for (const auto &v : listJson(file)) {
        if (v.toObject().value(QStringLiteral("delegation")).toString() == delegation)
            return v.toObject().value(QStringLiteral("late")).toBool();
    }
    FAIL("not on the list: " << delegation.toStdString());
    return false;
}

void add(const QString &file, const QString &delegation, const QString &at)
{
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), delegation,
              QStringLiteral("--inscribed-at"), at});
}

void requireRefusedNew(const QString &file, const QStringList &extra, const QStringList &words)
{
    const CliRun run = runCli(newArguments(file, extra));
    INFO(commandText(extra).toStdString());
    INFO(run.describe().toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.errLines().size() == 1);
    for (const QString &w : words)
        CHECK(run.err.contains(w));
    CHECK_FALSE(QFile::exists(file));
}
} // namespace

TEST_CASE("a deadline in the hour the clocks repeat keeps the offset it was given", "[cli][times]")
{
    rostrum::testing::TempMeeting temp;
    const QString first = temp.path(QStringLiteral("first.rostrum"));
    runCliOk(newArguments(
        first, {QStringLiteral("--deadline"), QStringLiteral("2027-11-07T01:30-04:00")}));
    CHECK(storedDeadlineMs(first) == utcMs("2027-11-07T05:30:00Z"));
    // 01:45 daylight time is a quarter of an hour after it; 01:15 standard time is 45 min after.
    add(first, QStringLiteral("Ghana"), QStringLiteral("2027-11-07T01:45-04:00"));
    add(first, QStringLiteral("France"), QStringLiteral("2027-11-07T01:29:59-04:00"));
    CHECK(lateOf(first, QStringLiteral("Ghana")));
    CHECK_FALSE(lateOf(first, QStringLiteral("France")));

    const QString second = temp.path(QStringLiteral("second.rostrum"));
    runCliOk(newArguments(
        second, {QStringLiteral("--deadline"), QStringLiteral("2027-11-07T01:30-05:00")}));
    CHECK(storedDeadlineMs(second) == utcMs("2027-11-07T06:30:00Z"));
}

TEST_CASE("a time the clocks show twice or never is refused, and the message says what to write",
          "[cli][times]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    requireRefusedNew(file, {QStringLiteral("--deadline"), QStringLiteral("2027-11-07 01:30")},
                      {QStringLiteral("happens twice"), QStringLiteral("01:30-04:00"),
                       QStringLiteral("01:30-05:00")});
    requireRefusedNew(file, {QStringLiteral("--deadline"), QStringLiteral("2027-11-07T01:59:59")},
                      {QStringLiteral("01:59:59-04:00"), QStringLiteral("01:59:59-05:00")});
    requireRefusedNew(file, {QStringLiteral("--deadline"), QStringLiteral("2027-03-14 02:30")},
                      {QStringLiteral("does not exist")});
    requireRefusedNew(file, {QStringLiteral("--deadline"), QStringLiteral("2027-03-14T02:00")},
                      {QStringLiteral("does not exist")});

    // The meeting itself cannot start in the hour that is skipped.
    const CliRun gap =
        runCli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("T"),
                QStringLiteral("--date"), QStringLiteral("2027-03-14"), QStringLiteral("--start"),
                QStringLiteral("02:30"), QStringLiteral("--end"), QStringLiteral("04:00"),
                QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
    INFO(gap.describe().toStdString());
    CHECK_FALSE(gap.ok());
    CHECK(gap.errLines().size() == 1);
    CHECK(gap.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(file));

    runCliOk(newArguments(file, {}));
    const QByteArray bytes = fileBytes(file);
    for (const char *at :
         {"2027-11-07 01:30", "2027-11-07T01:00", "2027-03-14 02:30", "2027-03-14T02:59:59"}) {
        const CliRun run = runCli({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                                   QStringLiteral("Ghana"), QStringLiteral("--inscribed-at"),
                                   QString::fromLatin1(at)});
        INFO(at);
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().size() == 1);
        REQUIRE(fileBytes(file) == bytes);
    }
}

TEST_CASE("the deadline and the scheduled times keep their seconds", "[cli][times]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    const CliRun created =
        runCliOk({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Seconds"),
                  QStringLiteral("--date"), QStringLiteral("2027-11-08"), QStringLiteral("--start"),
                  QStringLiteral("09:00:59"), QStringLiteral("--end"), QStringLiteral("12:00"),
                  QStringLiteral("--time-zone"), QStringLiteral("America/New_York"),
                  QStringLiteral("--deadline"), QStringLiteral("2027-11-05 08:00:50")});
    CHECK(created.out.contains(QStringLiteral("09:00:59")));
    CHECK(storedColumn(file, QStringLiteral("scheduled_start")) == QStringLiteral("09:00:59"));
    CHECK(storedDeadlineMs(file) == utcMs("2027-11-05T12:00:50Z"));
    add(file, QStringLiteral("Ghana"), QStringLiteral("2027-11-05 08:00:30"));
    add(file, QStringLiteral("France"), QStringLiteral("2027-11-05 08:00:51"));
    CHECK_FALSE(lateOf(file, QStringLiteral("Ghana")));
    CHECK(lateOf(file, QStringLiteral("France")));
}

TEST_CASE("instants outside 2000-2100 are refused, never turned into now", "[cli][times]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    for (const char *date : {"1999-12-31", "2101-01-01", "0001-01-01", "1970-01-01"}) {
        const CliRun run =
            runCli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("T"),
                    QStringLiteral("--date"), QString::fromLatin1(date), QStringLiteral("--start"),
                    QStringLiteral("10:00"), QStringLiteral("--end"), QStringLiteral("12:00"),
                    QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
        INFO(date);
        INFO(run.describe().toStdString());
        CHECK_FALSE(run.ok());
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.contains(QStringLiteral("2000")));
        CHECK_FALSE(QFile::exists(file));
    }
    const QStringList badInstants = {
        QStringLiteral("1970-01-01T00:00:00Z"), QStringLiteral("1969-12-31 23:00"),
        QStringLiteral("1900-01-01 10:00"),     QStringLiteral("1999-12-31T23:59:59Z"),
        QStringLiteral("2101-01-01T00:00Z"),    QStringLiteral("9999-12-31T23:59:59Z"),
        QStringLiteral("0202-05-23 10:00")};
    for (const QString &at : badInstants)
        requireRefusedNew(file, {QStringLiteral("--deadline"), at}, {QStringLiteral("2000")});

    runCliOk(newArguments(file, {}));
    const QByteArray bytes = fileBytes(file);
    for (const QString &at : badInstants) {
        const CliRun run = runCli({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                                   QStringLiteral("Ghana"), QStringLiteral("--inscribed-at"), at});
        INFO(at.toStdString());
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.contains(QStringLiteral("2000")));
        REQUIRE(fileBytes(file) == bytes);
    }

    // The same instants in a spreadsheet: every row refused, by line, and nothing written.
    const QString csv = temp.path(QStringLiteral("times.csv"));
    // A different delegation on each row, so no row is refused as a duplicate of another.
    const QList<QByteArray> delegations = {"Ghana", "France", "Japan",  "Latvia", "Kenya",
                                           "Peru",  "Chile",  "Brazil", "Iceland"};
    QByteArray text = "delegation,inscribed_at\n";
    for (int i = 0; i < badInstants.size(); ++i)
        text += delegations[i] + ',' + badInstants[i].toUtf8() + '\n';
    text += "Germany,2027-11-07 01:30\nIreland,2027-03-14 02:30\n";
    QFile out(csv);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const CliRun imported = runCli({QStringLiteral("import"), file, csv});
    INFO(imported.describe().toStdString());
    CHECK(imported.exitCode == 1);
    const QStringList lines = imported.errLines();
    for (int line = 2; line < 2 + int(badInstants.size()); ++line) {
        const QString prefix = QStringLiteral("line %1:").arg(line);
        INFO(prefix.toStdString());
        CHECK(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.contains(prefix) && l.contains(QStringLiteral("2000"));
        }));
    }
    CHECK(imported.err.contains(QStringLiteral("happens twice")));
    CHECK(imported.err.contains(QStringLiteral("does not exist")));
    REQUIRE(fileBytes(file) == bytes);
}
