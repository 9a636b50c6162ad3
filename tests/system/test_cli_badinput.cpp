// Bad input never changes the meeting file: every refusal leaves its bytes as they were.
#include "clirunner.h"
#include "tempmeeting.h"

#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
struct Refused
{
    QStringList arguments; // FILE stands for the meeting file
    int exitCode;
};

QStringList withFile(QStringList arguments, const QString &file)
{
    for (QString &a : arguments) {
        if (a == QLatin1String("FILE"))
            a = file;
    }
    return arguments;
}

QStringList args(std::initializer_list<const char *> parts)
{
    QStringList out;
    for (const char *p : parts)
        out.append(QString::fromUtf8(p));
    return out;
}
} // namespace

TEST_CASE("refused commands leave the meeting file byte for byte as it was", "[cli][refusal]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});
    const QByteArray bytes = fileBytes(file);
    const QJsonArray list = listState(file);
    const QJsonArray journal = journalJson(file);

    const QList<Refused> cases = {
        // Ids that are not there, or are not ids at all.
        {args({"move", "FILE", "999", "1"}), 1},
        {args({"move", "FILE", "abc", "1"}), 2},
        {args({"move", "FILE", "1", "0"}), 2},
        {args({"move", "FILE", "1", "first"}), 2},
        {args({"swap", "FILE", "1", "999"}), 1},
        {args({"swap", "FILE", "2", "2"}), 1},
        {args({"remove", "FILE", "999"}), 1},
        {args({"withdraw", "FILE", "-3"}), 2},
        {args({"set-limit", "FILE", "999", "2:00"}), 1},
        // Times that are not times.
        {args({"set-limit", "FILE", "1", "3:75"}), 2},
        {args({"set-limit", "FILE", "1", "0:00"}), 2},
        {args({"set-limit-all", "FILE", "3:75"}), 2},
        {args({"set-limit-all", "FILE", "three minutes"}), 2},
        {args({"add", "FILE", "--delegation", "Latvia", "--limit", "3:75"}), 2},
        {args({"add", "FILE", "--delegation", "Latvia", "--inscribed-at", "2023-05-32 10:00"}), 2},
        {args({"add", "FILE", "--delegation", "Latvia", "--inscribed-at", "yesterday"}), 2},
        {args({"add-time", "FILE", "abc"}), 2},
        // Keys that do not exist.
        {args({"add", "FILE", "--delegation", "Latvia", "--category", "minister"}), 2},
        {args({"add", "FILE", "--delegation", "Latvia", "--language", "de"}), 2},
        {args({"add", "FILE", "--delegation", "Latvia", "--level", "king"}), 2},
        {args({"add", "FILE", "--delegation", "Latvia", "--colour", "red"}), 2},
        {args({"list", "FILE", "--format", "xml"}), 2},
        {args({"journal", "FILE", "--limit", "-1"}), 2},
        // Missing arguments and values.
        {args({"add", "FILE"}), 2},
        {args({"add", "FILE", "--delegation"}), 2},
        {args({"add", "FILE", "--delegation", ""}), 2},
        {args({"add", "FILE", "--delegation", "Latvia", "--on-behalf-of", "the Baltic States"}), 2},
        {args({"move", "FILE", "1"}), 2},
        {args({"swap", "FILE", "1"}), 2},
        {args({"add-time", "FILE"}), 2},
        {args({"set-limit", "FILE", "1"}), 2},
        {args({"start", "FILE", "extra"}), 2},
        {args({"frobnicate", "FILE"}), 2},
        // Acts the rules refuse.
        {args({"add", "FILE", "--delegation", "Estonia"}), 1},
        {args({"add", "FILE", "--delegation", "Narnia"}), 1},
        {args({"add", "FILE", "--delegation", "Latvia", "--category", "council", "--speaker", "X",
               "--limit", "0:30", "--inscribed-at", "2023-05-22 10:00", "--on-behalf-of", "G",
               "--group-size", "x"}),
         2},
        {args({"pause", "FILE"}), 1},
        {args({"add-time", "FILE", "30"}), 1},
        {args({"reset", "FILE"}), 1},
        {args({"redo", "FILE"}), 1},
        {args({"open-list", "FILE"}), 1},
        {args({"new", "FILE", "--title", "T", "--date", "2023-05-25", "--start", "15:00", "--end",
               "17:30"}),
         1},
    };
    for (const Refused &c : cases) {
        const QStringList arguments = withFile(c.arguments, file);
        INFO(commandText(c.arguments).toStdString());
        const CliRun run = runCli(arguments);
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.startsWith(QStringLiteral("rostrum-cli: ")));
        CHECK(run.out.isEmpty());
        REQUIRE(fileBytes(file) == bytes);
    }
    CHECK(listState(file) == list);
    CHECK(journalJson(file) == journal);
}

TEST_CASE("help is complete: every command has a synopsis and its own page", "[cli][help]")
{
    const QStringList commands = {
        QStringLiteral("new"),           QStringLiteral("demo"),       QStringLiteral("add"),
        QStringLiteral("list"),          QStringLiteral("status"),     QStringLiteral("move"),
        QStringLiteral("swap"),          QStringLiteral("remove"),     QStringLiteral("withdraw"),
        QStringLiteral("start"),         QStringLiteral("pause"),      QStringLiteral("next"),
        QStringLiteral("absent"),        QStringLiteral("undo"),       QStringLiteral("redo"),
        QStringLiteral("add-time"),      QStringLiteral("reset"),      QStringLiteral("set-limit"),
        QStringLiteral("set-limit-all"), QStringLiteral("close-list"), QStringLiteral("open-list"),
        QStringLiteral("journal"),       QStringLiteral("settings")};
    const CliRun overview = runCliOk({QStringLiteral("--help")});
    CHECK(runCliOk({QStringLiteral("help")}).out == overview.out);
    for (const QString &command : commands) {
        INFO(command.toStdString());
        CHECK(overview.out.contains(QStringLiteral("rostrum-cli ") + command + QLatin1Char(' ')));
        const CliRun page = runCliOk({QStringLiteral("help"), command});
        CHECK(page.out.startsWith(QStringLiteral("Usage:")));
        CHECK(runCliOk({command, QStringLiteral("--help")}).out == page.out);
    }
    const QString add = runCliOk({QStringLiteral("help"), QStringLiteral("add")}).out;
    for (const char *option :
         {"--delegation", "--speaker", "--title", "--category", "--on-behalf-of", "--group-size",
          "--language", "--level", "--inscribed-at", "--limit", "--notes"})
        CHECK(add.contains(QLatin1String(option)));
    const QString fresh = runCliOk({QStringLiteral("help"), QStringLiteral("new")}).out;
    for (const char *option :
         {"--title", "--date", "--start", "--end", "--deadline", "--limit", "--organizers",
          "--cosponsors", "--council", "--venue", "--time-zone"})
        CHECK(fresh.contains(QLatin1String(option)));

    const CliRun none = runCli({});
    CHECK(none.exitCode == 2);
    CHECK(none.errLines().size() == 1);
}
