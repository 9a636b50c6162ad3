// One meeting driven act by act through separate rostrum-cli processes.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
QString addSpeaker(const QString &file, const QString &delegation, const QString &speaker)
{
    const CliRun run = runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                                 delegation, QStringLiteral("--speaker"), speaker});
    // The id alone, so a script can write id=$(rostrum-cli add ...).
    static const QRegularExpression idOnly(QStringLiteral(R"(^[1-9][0-9]*\n$)"));
    INFO(run.out.toStdString());
    REQUIRE(idOnly.match(run.out).hasMatch());
    return run.out.trimmed();
}

QJsonObject entryWithId(const QJsonArray &list, const QString &id)
{
    for (const auto &v : list) {
        if (QString::number(v[QStringLiteral("id")].toInteger()) == id)
            return v.toObject();
    }
    FAIL("no entry #" << id.toStdString());
    return {};
}

QString idOf(const QJsonValue &speaker)
{
    return QString::number(speaker[QStringLiteral("id")].toInteger());
}

void requireOneLineRefusal(const CliRun &run, int exitCode)
{
    INFO(run.describe().toStdString());
    CHECK(run.exitCode == exitCode);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.startsWith(QStringLiteral("rostrum-cli: ")));
    CHECK(run.err.endsWith(QLatin1Char('\n')));
    CHECK(run.out.isEmpty());
}
} // namespace

TEST_CASE("new, add, status, start, next and undo round-trip through separate processes", "[cli]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    const QString latvia =
        addSpeaker(file, QStringLiteral("Latvia"), QStringLiteral("Andris Kalniņš"));
    const QString estonia =
        addSpeaker(file, QStringLiteral("Estonia"), QStringLiteral("Kaja Tamm"));
    const QString japan =
        addSpeaker(file, QStringLiteral("Japan"), QStringLiteral("Kazuyuki Ishii"));

    // Japan sits on the council of this meeting, so it goes first.
    QJsonObject status = statusJson(file);
    CHECK(status[QStringLiteral("current")].isNull());
    CHECK(status[QStringLiteral("running")].toBool() == false);
    CHECK(status[QStringLiteral("remaining_speakers")].toInt() == 3);
    CHECK(idOf(status[QStringLiteral("next")]) == japan);
    CHECK(status[QStringLiteral("list_closed")].toBool() == false);
    CHECK(!status[QStringLiteral("advice")].toString().isEmpty());
    CHECK(status[QStringLiteral("projected_end")].toString().contains(QLatin1Char('T')));

    CHECK(runCliOk({QStringLiteral("status"), file})
              .out.contains(QStringLiteral("No one is speaking")));
    runCliOk({QStringLiteral("start"), file});
    CHECK(runCliOk({QStringLiteral("status"), file})
              .out.contains(QStringLiteral("Speaking: Japan (Kazuyuki Ishii)")));
    status = statusJson(file);
    CHECK(idOf(status[QStringLiteral("current")]) == japan);
    CHECK(status[QStringLiteral("current")][QStringLiteral("speaker")].toString() ==
          QLatin1String("Kazuyuki Ishii"));
    CHECK(status[QStringLiteral("running")].toBool());
    CHECK(status[QStringLiteral("phase")].toString() == QLatin1String("running"));
    CHECK(status[QStringLiteral("remaining_s")].toInt() <= 180);
    CHECK(status[QStringLiteral("remaining_s")].toInt() > 150);
    CHECK(idOf(status[QStringLiteral("next")]) == latvia);
    CHECK(status[QStringLiteral("remaining_speakers")].toInt() == 2);

    runCliOk({QStringLiteral("next"), file});
    status = statusJson(file);
    CHECK(idOf(status[QStringLiteral("current")]) == latvia);
    CHECK(entryWithId(listState(file), japan)[QStringLiteral("status")].toString() ==
          QLatin1String("spoke"));

    // Undo brings Japan back to the rostrum, paused, with the time it had; Latvia waits first.
    runCliOk({QStringLiteral("undo"), file});
    status = statusJson(file);
    CHECK(idOf(status[QStringLiteral("current")]) == japan);
    CHECK(status[QStringLiteral("running")].toBool() == false);
    CHECK(status[QStringLiteral("phase")].toString() == QLatin1String("paused"));
    CHECK(status[QStringLiteral("remaining_s")].toInt() > 150);
    const QJsonArray waiting = listJson(file);
    REQUIRE(waiting.size() == 2);
    CHECK(QString::number(waiting[0][QStringLiteral("id")].toInteger()) == latvia);
    CHECK(QString::number(waiting[1][QStringLiteral("id")].toInteger()) == estonia);

    // The journal says who did what: every act, under the CLI user's name.
    const QJsonArray journal = journalJson(file);
    QStringList acts;
    for (const auto &row : journal) {
        acts.append(row[QStringLiteral("act")].toString());
        CHECK(row[QStringLiteral("actor")].toString() ==
              QStringLiteral("%1@%2 (cli)")
                  .arg(QLatin1String(kTestUser), QSysInfo::machineHostName()));
    }
    CHECK(acts == QStringList{QStringLiteral("add"), QStringLiteral("add"), QStringLiteral("add"),
                              QStringLiteral("call"), QStringLiteral("next"),
                              QStringLiteral("undo")});

    const QString journalText = runCliOk({QStringLiteral("journal"), file}).out;
    CHECK(journalText.contains(QStringLiteral("systemtest@")));
    CHECK(journalText.contains(QStringLiteral("Latvia (Andris Kalniņš) inscribed")));
    CHECK(journalText.count(QLatin1Char('\n')) == 6);

    // Redo puts Latvia back at the rostrum.
    runCliOk({QStringLiteral("redo"), file});
    CHECK(idOf(statusJson(file)[QStringLiteral("current")]) == latvia);
}

TEST_CASE("add refuses a duplicate, an unknown delegation and a closed list in one line", "[cli]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    const QString latvia =
        addSpeaker(file, QStringLiteral("Latvia"), QStringLiteral("Andris Kalniņš"));
    const QJsonArray before = listState(file);
    const QByteArray bytes = fileBytes(file);
    const auto requireUnchanged = [&] {
        CHECK(listState(file) == before);
        CHECK(fileBytes(file) == bytes);
    };

    SECTION("the same delegation in the same capacity, named by its alias or its case")
    {
        for (const QString &name : {QStringLiteral("Latvia"), QStringLiteral("LATVIA")}) {
            const CliRun dup =
                runCli({QStringLiteral("add"), file, QStringLiteral("--delegation"), name});
            requireOneLineRefusal(dup, 1);
            CHECK(dup.err.contains(QStringLiteral("Latvia")));
            CHECK(dup.err.contains(QStringLiteral("#") + latvia));
        }
        requireUnchanged();
    }
    SECTION("an unknown delegation is refused with the closest names")
    {
        const CliRun unknown = runCli({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                                       QStringLiteral("Estnia")});
        requireOneLineRefusal(unknown, 1);
        CHECK(unknown.err.contains(QStringLiteral("Estnia")));
        CHECK(unknown.err.contains(QStringLiteral("Estonia")));
        requireUnchanged();
    }
    SECTION("an unknown name in new's lists is refused with the closest names, and no file")
    {
        const QString other = temp.path(QStringLiteral("other.rostrum"));
        const CliRun unknown = runCli(
            {QStringLiteral("new"), other, QStringLiteral("--title"), QStringLiteral("T"),
             QStringLiteral("--date"), QStringLiteral("2023-05-25"), QStringLiteral("--start"),
             QStringLiteral("15:00"), QStringLiteral("--end"), QStringLiteral("17:30"),
             QStringLiteral("--council"), QStringLiteral("France;Swizerland")});
        requireOneLineRefusal(unknown, 2);
        CHECK(unknown.err.contains(QStringLiteral("Switzerland")));
        CHECK_FALSE(QFile::exists(other));
        requireUnchanged();
    }
    SECTION("a closed list refuses until it is reopened")
    {
        runCliOk({QStringLiteral("close-list"), file});
        CHECK(statusJson(file)[QStringLiteral("list_closed")].toBool());
        const QJsonArray closedBefore = listState(file);
        const CliRun refused = runCli(
            {QStringLiteral("add"), file, QStringLiteral("--delegation"), QStringLiteral("Chile")});
        requireOneLineRefusal(refused, 1);
        CHECK(refused.err.contains(QStringLiteral("closed")));
        CHECK(listState(file) == closedBefore);
        runCliOk({QStringLiteral("open-list"), file});
        addSpeaker(file, QStringLiteral("Chile"), QStringLiteral("Camila Rojas"));
        CHECK(listJson(file).size() == 2);
    }
}

TEST_CASE("add takes every field a secretariat records", "[cli]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file, {QStringLiteral("--deadline"), QStringLiteral("2023-05-23 16:00")});
    const QString id = runCliOk({QStringLiteral("add"),
                                 file,
                                 QStringLiteral("--delegation"),
                                 QStringLiteral("Denmark"),
                                 QStringLiteral("--speaker"),
                                 QStringLiteral("Søren Madsen"),
                                 QStringLiteral("--title"),
                                 QStringLiteral("Permanent Representative"),
                                 QStringLiteral("--on-behalf-of"),
                                 QStringLiteral("the Nordic countries"),
                                 QStringLiteral("--group-size"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--language"),
                                 QStringLiteral("fr"),
                                 QStringLiteral("--level"),
                                 QStringLiteral("pr"),
                                 QStringLiteral("--inscribed-at"),
                                 QStringLiteral("2023-05-23 15:59"),
                                 QStringLiteral("--limit"),
                                 QStringLiteral("4:30"),
                                 QStringLiteral("--notes"),
                                 QStringLiteral("line one, \"two\"\nline three")})
                           .out.trimmed();
    const QString late = runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                                   QStringLiteral("Chile"), QStringLiteral("--inscribed-at"),
                                   QStringLiteral("2023-05-23T20:01:00Z")})
                             .out.trimmed();
    const QString briefer =
        runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                  QStringLiteral("Stanford Cyber Policy Center"), QStringLiteral("--speaker"),
                  QStringLiteral("Marietje Schaake"), QStringLiteral("--category"),
                  QStringLiteral("briefer")})
            .out.trimmed();

    const QJsonArray list = listJson(file);
    const QJsonObject d = entryWithId(list, id);
    CHECK(d[QStringLiteral("category")].toString() == QLatin1String("group"));
    CHECK(d[QStringLiteral("tier")].toString() == QLatin1String("priority"));
    CHECK(d[QStringLiteral("group_size")].toInt() == 5);
    CHECK(d[QStringLiteral("language")].toString() == QLatin1String("fr"));
    CHECK(d[QStringLiteral("level")].toString() == QLatin1String("pr"));
    CHECK(d[QStringLiteral("allotted_s")].toInt() == 270);
    CHECK(d[QStringLiteral("late")].toBool() == false);
    CHECK(d[QStringLiteral("inscribed_at")].toString() ==
          QLatin1String("2023-05-23T15:59:00-04:00"));
    CHECK(d[QStringLiteral("notes")].toString() == QLatin1String("line one, \"two\"\nline three"));
    // 20:01 UTC is 16:01 in New York: one minute after the deadline.
    CHECK(entryWithId(list, late)[QStringLiteral("late")].toBool());
    CHECK(entryWithId(list, briefer)[QStringLiteral("position")].toInt() == 1);

    // CSV keeps the notes' comma, quotes and line break in one quoted field (RFC 4180).
    const QString csv =
        runCliOk({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("csv")})
            .out;
    CHECK(csv.contains(QStringLiteral(",\"line one, \"\"two\"\"\nline three\"\r\n")));
}

TEST_CASE("absent is refused once the speech has started, with the console's words", "[cli]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    const QString japan =
        addSpeaker(file, QStringLiteral("Japan"), QStringLiteral("Kazuyuki Ishii"));
    const QString latvia =
        addSpeaker(file, QStringLiteral("Latvia"), QStringLiteral("Andris Kalniņš"));
    runCliOk({QStringLiteral("start"), file}); // Japan is called and speaks
    const QJsonArray before = listState(file);

    const CliRun refused = runCli({QStringLiteral("absent"), file});
    requireOneLineRefusal(refused, 1);
    CHECK(refused.err.contains(
        QStringLiteral("Japan (Kazuyuki Ishii) has started speaking; use Next.")));
    CHECK(listState(file) == before);
    CHECK(idOf(statusJson(file)[QStringLiteral("current")]) == japan);

    // What the chair does instead: Japan's speech is closed and kept, Latvia is called.
    runCliOk({QStringLiteral("next"), file});
    CHECK(idOf(statusJson(file)[QStringLiteral("current")]) == latvia);
    CHECK(entryWithId(listState(file), japan)[QStringLiteral("status")].toString() ==
          QLatin1String("spoke"));
    // Latvia is called, not yet speaking: absent applies.
    CHECK(runCliOk({QStringLiteral("absent"), file})
              .out.contains(QStringLiteral("Latvia (Andris Kalniņš) is absent")));
}
