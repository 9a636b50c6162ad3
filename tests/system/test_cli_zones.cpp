// The meeting's zone when none is given: this computer's IANA zone, or a refusal when the
// computer has only a POSIX rule (TZ=UTC+3), which Qt would read with the wrong sign.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
QProcessEnvironment withTz(const QString &tz)
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("TZ"), tz);
    return env;
}

QStringList newArguments(const QString &file, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("new"),     file,
                       QStringLiteral("--title"), QStringLiteral("Zones"),
                       QStringLiteral("--date"),  QStringLiteral("2027-11-08"),
                       QStringLiteral("--start"), QStringLiteral("10:00"),
                       QStringLiteral("--end"),   QStringLiteral("13:00")} +
           extra;
}

QString storedZone(const QString &file)
{
    const QString name = QUuid::createUuid().toString();
    QString zone;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT time_zone FROM meeting")));
        REQUIRE(q.next());
        zone = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return zone;
}
} // namespace

TEST_CASE("new refuses to guess a zone from a POSIX rule in TZ and asks for --time-zone",
          "[cli][zones]")
{
    rostrum::testing::TempMeeting temp;
    const QStringList rules = {
        QStringLiteral("UTC+3"), QStringLiteral("EST5EDT,M3.2.0,M11.1.0"), QStringLiteral("<-03>3"),
        QStringLiteral("CET-1CEST,M3.5.0,M10.5.0/3"), QStringLiteral("Europe/Geneva")};
    for (const QString &tz : rules) {
        INFO("TZ=" << tz.toStdString());
        const QString file = temp.path(QStringLiteral("posix.rostrum"));
        const CliRun run = runCliIn(withTz(tz), newArguments(file));
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.contains(QStringLiteral("--time-zone")));
        CHECK_FALSE(QFile::exists(file));
    }
}

TEST_CASE("new takes the IANA zone TZ names, and --time-zone over a POSIX rule", "[cli][zones]")
{
    rostrum::testing::TempMeeting temp;
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("America/New_York"), QStringLiteral("America/New_York")},
        {QStringLiteral(":Europe/Zurich"), QStringLiteral("Europe/Zurich")},
        {QStringLiteral("/usr/share/zoneinfo/Asia/Tokyo"), QStringLiteral("Asia/Tokyo")},
        {QStringLiteral("America/Sao_Paulo"), QStringLiteral("America/Sao_Paulo")},
    };
    int n = 0;
    for (const auto &[tz, zone] : cases) {
        INFO("TZ=" << tz.toStdString());
        const QString file = temp.path(QStringLiteral("m%1.rostrum").arg(++n));
        const CliRun run = runCliIn(withTz(tz), newArguments(file));
        INFO(run.describe().toStdString());
        REQUIRE(run.ok());
        CHECK(storedZone(file) == zone);
    }
    const QString file = temp.path(QStringLiteral("given.rostrum"));
    const CliRun run = runCliIn(
        withTz(QStringLiteral("UTC+3")),
        newArguments(file, {QStringLiteral("--time-zone"), QStringLiteral("America/Sao_Paulo")}));
    INFO(run.describe().toStdString());
    REQUIRE(run.ok());
    CHECK(storedZone(file) == QStringLiteral("America/Sao_Paulo"));
}

TEST_CASE("new refuses a POSIX rule given as --time-zone", "[cli][zones]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    for (const char *rule : {"UTC+3", "EST5EDT,M3.2.0,M11.1.0", "<-03>3"}) {
        INFO(rule);
        const CliRun run =
            runCli(newArguments(file, {QStringLiteral("--time-zone"), QString::fromLatin1(rule)}));
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().size() == 1);
        CHECK_FALSE(QFile::exists(file));
    }
}

TEST_CASE("the zones an unknown --time-zone message suggests exist", "[cli][zones]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    const CliRun run =
        runCli(newArguments(file, {QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}));
    INFO(run.describe().toStdString());
    CHECK(run.exitCode == 2);
    static const QRegularExpression zoneName(QStringLiteral(R"(\b[A-Z][a-z]+/[A-Za-z_]+\b)"));
    int suggested = 0;
    for (const auto &m : zoneName.globalMatch(run.err)) {
        if (m.captured() == QLatin1String("Mars/Olympus"))
            continue;
        ++suggested;
        INFO(m.captured().toStdString());
        CHECK(QFile::exists(QStringLiteral("/usr/share/zoneinfo/") + m.captured()));
        CHECK(QTimeZone(m.captured().toUtf8()).isValid());
    }
    CHECK(suggested >= 1);
}
