// The demo meeting through the command line: the running order a chair would see.
#include "clirunner.h"
#include "meeting/demomeeting.h"
#include "tempmeeting.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
const QStringList kTierOrder = {QStringLiteral("opening"), QStringLiteral("briefers"),
                                QStringLiteral("council"), QStringLiteral("priority"),
                                QStringLiteral("members"), QStringLiteral("observers"),
                                QStringLiteral("others")};

int positionOf(const QJsonArray &list, const QString &delegation)
{
    for (const auto &v : list) {
        if (v[QStringLiteral("delegation")].toString() == delegation)
            return v[QStringLiteral("position")].toInt();
    }
    FAIL("not on the list: " << delegation.toStdString());
    return 0;
}

QJsonObject entryOf(const QJsonArray &list, const QString &delegation)
{
    for (const auto &v : list) {
        if (v[QStringLiteral("delegation")].toString() == delegation)
            return v.toObject();
    }
    FAIL("not on the list: " << delegation.toStdString());
    return {};
}
} // namespace

TEST_CASE("demo writes the seed meeting and list --format json gives its running order",
          "[cli][demo]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("demo.rostrum"));
    const CliRun demo = runCliOk({QStringLiteral("demo"), file});
    CHECK(demo.out.count(QLatin1Char('\n')) == 1);
    CHECK(demo.out.contains(QStringLiteral("45")));

    const QJsonArray list = listJson(file);
    const int expected = int(rostrum::DemoMeeting::inscriptions().size());
    REQUIRE(list.size() == expected);
    REQUIRE(list.size() >= 40);

    // Positions 1..n, contiguous, in array order; tiers never go back up.
    int previousTier = 0;
    QDateTime previousStart;
    static const QRegularExpression withOffset(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$)"));
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject e = list[i].toObject();
        INFO(e[QStringLiteral("delegation")].toString().toStdString());
        CHECK(e[QStringLiteral("position")].toInt() == i + 1);
        CHECK(e[QStringLiteral("status")].toString() == QLatin1String("waiting"));
        CHECK(e[QStringLiteral("id")].toInt() > 0);
        CHECK(e[QStringLiteral("allotted_s")].toInt() == 180);
        const int tier = int(kTierOrder.indexOf(e[QStringLiteral("tier")].toString()));
        REQUIRE(tier >= 0);
        CHECK(tier >= previousTier);
        previousTier = tier;
        const QString start = e[QStringLiteral("projected_start")].toString();
        CHECK(withOffset.match(start).hasMatch());
        const QDateTime when = QDateTime::fromString(start, Qt::ISODate);
        REQUIRE(when.isValid());
        if (previousStart.isValid())
            CHECK(when > previousStart);
        previousStart = when;
        for (const char *key : {"speaker", "title", "category", "on_behalf_of", "group_size",
                                "language", "late", "pinned", "absences"})
            CHECK(e.contains(QLatin1String(key)));
    }

    // Organizers open, then the three briefers, then the Council, then the priority tier.
    CHECK(list[0][QStringLiteral("delegation")].toString() == QLatin1String("Albania"));
    CHECK(list[1][QStringLiteral("delegation")].toString() == QLatin1String("United States"));
    for (int i = 2; i < 5; ++i)
        CHECK(list[i][QStringLiteral("category")].toString() == QLatin1String("briefer"));
    CHECK(list[2][QStringLiteral("speaker")].toString() == QLatin1String("Izumi Nakamitsu"));
    CHECK(list[5][QStringLiteral("tier")].toString() == QLatin1String("council"));
    // Ecuador, a co-sponsor, keeps its Council seat; Estonia leads the priority tier.
    CHECK(entryOf(list, QStringLiteral("Ecuador"))[QStringLiteral("tier")].toString() ==
          QLatin1String("council"));
    CHECK(entryOf(list, QStringLiteral("Estonia"))[QStringLiteral("tier")].toString() ==
          QLatin1String("priority"));
    const QJsonObject nordic = entryOf(list, QStringLiteral("Denmark"));
    CHECK(nordic[QStringLiteral("on_behalf_of")].toString() ==
          QLatin1String("the Nordic countries"));
    CHECK(nordic[QStringLiteral("group_size")].toInt() == 5);
    CHECK(nordic[QStringLiteral("tier")].toString() == QLatin1String("priority"));

    // The four late inscriptions are marked late and follow every on-time Member State.
    int lastOnTimeMember = 0;
    for (const auto &v : list) {
        if (v[QStringLiteral("tier")].toString() == QLatin1String("members") &&
            !v[QStringLiteral("late")].toBool())
            lastOnTimeMember = std::max(lastOnTimeMember, v[QStringLiteral("position")].toInt());
    }
    REQUIRE(lastOnTimeMember > 0);
    int lateCount = 0;
    for (const auto &v : list)
        lateCount += v[QStringLiteral("late")].toBool() ? 1 : 0;
    CHECK(lateCount == 4);
    for (const char *name : {"Argentina", "Lithuania", "Chile", "Nigeria"}) {
        INFO(name);
        const QJsonObject e = entryOf(list, QLatin1String(name));
        CHECK(e[QStringLiteral("late")].toBool());
        CHECK(e[QStringLiteral("tier")].toString() == QLatin1String("members"));
        CHECK(e[QStringLiteral("position")].toInt() > lastOnTimeMember);
    }
    // Late ones keep their order of arrival among themselves, and observers still follow.
    CHECK(positionOf(list, QStringLiteral("Argentina")) <
          positionOf(list, QStringLiteral("Nigeria")));
    CHECK(positionOf(list, QStringLiteral("Nigeria")) <
          positionOf(list, QStringLiteral("Holy See")));
}

TEST_CASE("demo refuses to write over an existing file", "[cli][demo]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});
    const QByteArray before = fileBytes(file);
    const CliRun again = runCli({QStringLiteral("demo"), file});
    CHECK(again.exitCode == 1);
    CHECK(again.errLines().size() == 1);
    CHECK(again.err.startsWith(QStringLiteral("rostrum-cli: ")));
    CHECK(again.out.isEmpty());
    CHECK(fileBytes(file) == before);
}

TEST_CASE("list text and csv show what a person and a spreadsheet need", "[cli][demo]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});

    const QString text = runCliOk({QStringLiteral("list"), file}).out;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 46); // a header and 45 speakers
    CHECK(lines[1].contains(QStringLiteral("Albania")));
    CHECK(text.contains(QStringLiteral("Denmark, on behalf of the Nordic countries")));
    // Columns line up: the limit of every row written in plain ASCII sits in the same column.
    qsizetype limitColumn = -1;
    for (const QString &line : lines.mid(1)) {
        const bool ascii =
            std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.unicode() < 128; });
        if (!ascii)
            continue;
        const qsizetype at = line.indexOf(QStringLiteral(" 3:00 "));
        REQUIRE(at > 0);
        if (limitColumn < 0)
            limitColumn = at;
        CHECK(at == limitColumn);
    }
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("Argentina")) || line.contains(QStringLiteral("Nigeria")))
            CHECK(line.endsWith(QStringLiteral("late")));
    }

    const QString csv =
        runCliOk({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("csv")})
            .out;
    const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 46);
    CHECK(rows[0].startsWith(QStringLiteral("id,position,delegation,speaker,title,category,tier")));
    // A title with a comma is quoted, so a spreadsheet keeps it in one cell.
    CHECK(rows[1].contains(QStringLiteral("\"Permanent Representative, Chair\"")));
}

TEST_CASE("demo keeps the seed meeting's date of 25 May 2023, demo --today holds it today, "
          "starting within minutes, so its status fits the schedule",
          "[cli][demo]")
{
    rostrum::testing::TempMeeting temp;
    const QString historic = temp.path(QStringLiteral("historic.rostrum"));
    runCliOk({QStringLiteral("demo"), historic});
    const QJsonObject seed = statusJson(historic);
    const QJsonObject seedMeeting = seed[QStringLiteral("meeting")].toObject();
    CHECK(seedMeeting[QStringLiteral("date")].toString() == QLatin1String("2023-05-25"));
    CHECK(seedMeeting[QStringLiteral("scheduled_start")].toString() ==
          QLatin1String("2023-05-25T15:00:00-04:00"));
    // The reason for --today: on any later day the historic meeting is days overdue.
    CHECK(seed[QStringLiteral("over_under_s")].toInteger() > 86400);

    const QString today = temp.path(QStringLiteral("today.rostrum"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const CliRun made = runCliOk({QStringLiteral("demo"), today, QStringLiteral("--today")});
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    CHECK(made.out.contains(QStringLiteral("45")));
    const QJsonObject status = statusJson(today);
    const QJsonObject meeting = status[QStringLiteral("meeting")].toObject();
    const QDateTime start =
        QDateTime::fromString(meeting[QStringLiteral("scheduled_start")].toString(), Qt::ISODate);
    const QDateTime end =
        QDateTime::fromString(meeting[QStringLiteral("scheduled_end")].toString(), Qt::ISODate);
    REQUIRE(start.isValid());
    INFO(meeting[QStringLiteral("scheduled_start")].toString().toStdString());
    CHECK(start.toMSecsSinceEpoch() >= before + 2 * 60'000);
    CHECK(start.toMSecsSinceEpoch() < after + 7 * 60'000);
    CHECK(start.toMSecsSinceEpoch() % (5 * 60'000) == 0);
    CHECK(start.secsTo(end) == 150 * 60);
    CHECK(meeting[QStringLiteral("time_zone")].toString() == QLatin1String("America/New_York"));
    CHECK(status[QStringLiteral("fits")].toBool());
    CHECK(status[QStringLiteral("advice")].toString().startsWith(QStringLiteral("On time")));
    CHECK(std::abs(status[QStringLiteral("over_under_s")].toInteger()) < 3600);

    // The same list, the same late inscriptions, on the new date.
    const QJsonArray list = listJson(today);
    REQUIRE(list.size() == 45);
    int late = 0;
    for (const auto &v : list)
        late += v[QStringLiteral("late")].toBool() ? 1 : 0;
    CHECK(late == 4);
}

TEST_CASE("demo --help names --today", "[cli][demo]")
{
    const CliRun help = runCliOk({QStringLiteral("demo"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--today")));
    CHECK(help.out.contains(QStringLiteral("25 May 2023")));
}
