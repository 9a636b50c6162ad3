// Bad values through the command line: each is refused in one line that says what is wrong,
// and the meeting file keeps every byte. A name stored before these rules (an old file) is
// shown with its control characters written out, never sent to the terminal.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// Exit code 1, one line on standard error with these words, nothing on standard output, and
// the file as it was.
void checkRefused(const QStringList &arguments, const QString &file, const QString &words)
{
    const QByteArray bytes = fileBytes(file);
    const CliRun run = runCli(arguments);
    INFO(commandText(arguments).toStdString());
    INFO(run.describe().toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(run.err.contains(words));
    CHECK(run.out.isEmpty());
    CHECK(fileBytes(file) == bytes);
}

// A name written into the file directly, as an older Rostrum would have let it in.
void storeOldName(const QString &path, qint64 id, const QString &delegation, const QString &speaker)
{
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(
            q.prepare(QStringLiteral("UPDATE entry SET delegation = ?, speaker = ? WHERE id = ?")));
        q.addBindValue(delegation);
        q.addBindValue(speaker);
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

qint64 addBriefer(const QString &file, const QString &delegation)
{
    const CliRun run =
        runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), delegation,
                  QStringLiteral("--category"), QStringLiteral("briefer")});
    return run.out.trimmed().toLongLong();
}
} // namespace

TEST_CASE("add-time 86400 twenty-five times is refused each time and the limit stays 3:00",
          "[cli][badvalues]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("m.rostrum"));
    newMeeting(file);
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), u("Latvia")});
    runCliOk({QStringLiteral("start"), file});
    runCliOk({QStringLiteral("pause"), file});
    for (int i = 0; i < 25; ++i) {
        INFO("add-time " << i + 1);
        checkRefused({QStringLiteral("add-time"), file, QStringLiteral("86400")}, file,
                     u("24 hours"));
        const QJsonObject status = statusJson(file);
        CHECK(status.value(QStringLiteral("limit_s")).toInteger() == 180);
        CHECK(status.value(QStringLiteral("phase")).toString() != u("overtime"));
    }
    // The rest of the day is given, and then not a second more.
    runCliOk({QStringLiteral("add-time"), file, QStringLiteral("86220")});
    CHECK(statusJson(file).value(QStringLiteral("limit_s")).toInteger() == 86'400);
    for (const char *more : {"1", "86400", "999999999"})
        checkRefused({QStringLiteral("add-time"), file, u(more)}, file, u("24 hours"));
    CHECK(statusJson(file).value(QStringLiteral("limit_s")).toInteger() == 86'400);
}

TEST_CASE("Limits above 24 hours are refused with the reason, not taken for a typing slip",
          "[cli][badvalues]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("m.rostrum"));
    newMeeting(file);
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), u("Latvia")});
    for (const char *limit : {"24:00:01", "25:00:00", "1441:00", "86401"}) {
        const QString l = u(limit);
        checkRefused({u("set-limit"), file, u("1"), l}, file, u("24 hours"));
        checkRefused({u("set-limit-all"), file, l}, file, u("24 hours"));
        checkRefused({u("add"), file, u("--delegation"), u("Peru"), u("--limit"), l}, file,
                     u("24 hours"));
        const QString fresh = temp.path(u("fresh.rostrum"));
        const CliRun run =
            runCli({u("new"), fresh, u("--title"), u("T"), u("--date"), u("2023-05-25"),
                    u("--start"), u("15:00"), u("--end"), u("18:00"), u("--limit"), l});
        INFO(run.describe().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u("24 hours")));
        CHECK_FALSE(QFile::exists(fresh));
    }
}

TEST_CASE("move to a position past the end is refused, naming how many are waiting",
          "[cli][badvalues]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});
    const int waiting = int(listJson(file).size());
    REQUIRE(waiting == 45);
    for (const char *position : {"46", "1000", "1000000000", "2147483647"}) {
        checkRefused({u("move"), file, u("3"), u(position)}, file,
                     u("there are 45 waiting speakers: choose a position from 1 to 45"));
    }
    const CliRun last = runCliOk({u("move"), file, u("3"), u("45")});
    CHECK(last.out.contains(u("now no. 45")));
}

TEST_CASE("Control and bidirectional characters in names are refused by the CLI",
          "[cli][badvalues]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("m.rostrum"));
    newMeeting(file);
    const QString esc = u("Mr. \x1b[31mRed");
    const QString newline = u("First\nSecond");
    const QString bel = u("Ding\x07");
    const QString rlo = u("evil\u202Egnp.exe");
    const QString lri = u("a\u2066b");
    struct Case
    {
        QStringList arguments;
        QString words;
    };
    const QList<Case> cases = {
        {{u("add"), file, u("--delegation"), u("NGO"), u("--category"), u("other"), u("--speaker"),
          esc},
         u("The speaker's name contains a control character (U+001B) at position 5")},
        {{u("add"), file, u("--delegation"), u("NGO"), u("--category"), u("other"), u("--speaker"),
          newline},
         u("(U+000A) at position 6")},
        {{u("add"), file, u("--delegation"), u("NGO"), u("--category"), u("other"), u("--title"),
          bel},
         u("The title contains a control character (U+0007) at position 5")},
        {{u("add"), file, u("--delegation"), rlo, u("--category"), u("briefer")},
         u("The delegation contains a bidirectional formatting character (U+202E) at position 5")},
        {{u("add"), file, u("--delegation"), u("Kenya"), u("--on-behalf-of"), lri,
          u("--group-size"), u("3")},
         u("(U+2066) at position 2")},
        {{u("add"), file, u("--delegation"), u("NGO"), u("--category"), u("other"), u("--notes"),
          esc},
         u("The notes contain a control character (U+001B) at position 5")},
        {{u("add"), file, u("--delegation"), u("NGO"), u("--category"), u("other"), u("--speaker"),
          QString(201, QLatin1Char('x'))},
         u("201 characters")},
        {{u("add"), file, u("--delegation"), u("NGO"), u("--category"), u("other"), u("--notes"),
          QString(2001, QLatin1Char('n'))},
         u("2001 characters")},
    };
    for (const Case &c : cases)
        checkRefused(c.arguments, file, c.words);

    for (const QString &title : {esc, rlo}) {
        const QString fresh = temp.path(u("fresh.rostrum"));
        for (const char *option : {"--title", "--venue"}) {
            QStringList arguments = {u("new"),     fresh,      u("--date"), u("2023-05-25"),
                                     u("--start"), u("15:00"), u("--end"),  u("18:00")};
            arguments += {u(option), title};
            if (QLatin1String(option) != QLatin1String("--title"))
                arguments += {u("--title"), u("T")};
            const CliRun run = runCli(arguments);
            INFO(run.describe().toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.errLines().size() == 1);
            CHECK(run.err.contains(u("at position 5")));
            CHECK_FALSE(run.err.contains(QChar(0x1B)));
            CHECK_FALSE(QFile::exists(fresh));
        }
    }
}

TEST_CASE("An import reports each row with a bad name, notes or limit as line N: reason",
          "[cli][badvalues][import]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("m.rostrum"));
    newMeeting(file);
    const QString csv = temp.path(QStringLiteral("in.csv"));
    const QString rows = u("delegation,category,speaker,title,notes,limit\n" // 1
                           "Latvia,,\"Two\nlines\",,,\n"                     // 2-3
                           "NGO,other,Ms. \x1b[2JClear,,,\n"                 // 4
                           "evil\u202Egnp.exe,briefer,,,,\n"                 // 5
                           "NGO,other,,\x07Title,,\n"                        // 6
                           "NGO,other,") +
                         QString(201, QLatin1Char('x')) +
                         u(",,,\n" // 7
                           "Peru,,,,") +
                         QString(2001, QLatin1Char('n')) +
                         u(",\n"                  // 8
                           "Kenya,,,,,25:00:00\n" // 9
                           "Ghana,,,,,\n");       // 10
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(rows.toUtf8());
    }
    const QByteArray bytes = fileBytes(file);
    const CliRun run = runCli({u("import"), file, csv});
    INFO(run.describe().toStdString());
    CHECK(run.exitCode == 1);
    const QStringList lines = run.errLines();
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].startsWith(u("line 2: The speaker's name contains a line break (U+000A)")));
    CHECK(lines[1].startsWith(u("line 4: The speaker's name contains a control character "
                                "(U+001B) at position 5")));
    CHECK(lines[2].startsWith(u("line 5: The delegation contains a bidirectional")));
    CHECK(lines[3].startsWith(u("line 6: The title contains a control character (U+0007)")));
    CHECK(lines[4].startsWith(u("line 7: The speaker's name is 201 characters long")));
    CHECK(lines[5].startsWith(u("line 8: The notes are 2001 characters long")));
    CHECK(lines[6].startsWith(u("line 9: ")));
    CHECK(lines[6].contains(u("24 hours")));
    for (const QString &line : lines)
        CHECK_FALSE(line.contains(QChar(0x1B)));
    CHECK(fileBytes(file) == bytes);
    CHECK(listJson(file).isEmpty());
}

TEST_CASE("A name from an old file shows its control characters written out, one line per entry",
          "[cli][badvalues]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path(QStringLiteral("old.rostrum"));
    newMeeting(file);
    const qint64 id = addBriefer(file, u("Placeholder"));
    addBriefer(file, u("Second"));
    storeOldName(file, id, u("evil\u202Egnp.exe"), u("Mr.\n\x1b[31mRed\x07"));

    const CliRun list = runCliOk({u("list"), file});
    INFO(list.describe().toStdString());
    CHECK(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 3);
    for (const QChar c : {QChar(0x1B), QChar(0x07), QChar(0x202E)})
        CHECK_FALSE(list.out.contains(c));
    CHECK(list.out.contains(u("evil<U+202E>gnp.exe")));
    CHECK(list.out.contains(u("Mr.<U+000A><U+001B>[31mRed<U+0007>")));

    // The confirmation of an act, the status and the journal of the next act say it the same.
    const CliRun start = runCliOk({u("start"), file});
    CHECK(start.out.contains(u("evil<U+202E>gnp.exe (Mr.<U+000A><U+001B>[31mRed<U+0007>)")));
    CHECK(start.out.count(QLatin1Char('\n')) == 1);
    const CliRun status = runCliOk({u("status"), file});
    CHECK(status.out.contains(u("evil<U+202E>gnp.exe")));
    CHECK_FALSE(status.out.contains(QChar(0x1B)));
    const CliRun journal = runCliOk({u("journal"), file});
    CHECK(journal.out.contains(u("evil<U+202E>gnp.exe")));
    CHECK_FALSE(journal.out.contains(QChar(0x202E)));
    // JSON keeps the stored text exactly, escaped by JSON itself.
    CHECK(listJson(file, true).at(0).toObject().value(u("delegation")).toString() ==
          u("evil\u202Egnp.exe"));
}
