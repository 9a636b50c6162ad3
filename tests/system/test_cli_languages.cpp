// The six languages at the command line: files for machines (JSON, CSV) are the same bytes in
// every language, and the documents for people are written in the language asked for, dated
// the way it writes dates, on the 24-hour clock.
#include "clirunner.h"
#include "language/installedlanguage.h"
#include "meeting/categories.h"
#include "tempmeeting.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// What a command prints, or the file it writes when out is given.
QByteArray outputOf(const QProcessEnvironment &environment, const QStringList &arguments,
                    const QString &out = {})
{
    if (!out.isEmpty())
        QFile::remove(out);
    const CliRun run = runCliIn(environment, arguments);
    INFO(run.describe().toStdString());
    REQUIRE(run.ok());
    return out.isEmpty() ? run.out.toUtf8() : fileBytes(out);
}

QProcessEnvironment frenchEnvironment()
{
    QProcessEnvironment env = cliEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    return env;
}

std::optional<QString> pdfText(const QString &pdf)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (exe.isEmpty()) {
        WARN("pdftotext is not installed (poppler-utils); check skipped");
        return std::nullopt;
    }
    QProcess p;
    p.start(exe, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("JSON and CSV are the same bytes whatever the language of the messages",
          "[cli][language]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});
    const QString csv = t.path(QStringLiteral("out.csv"));

    struct Case
    {
        QStringList arguments; // after the command's name and FILE
        QString out;           // the file written, or empty for standard output
    };
    const QList<QPair<QString, Case>> cases = {
        {u("status"), {{u("--format"), u("json")}, {}}},
        {u("list"), {{u("--format"), u("json")}, {}}},
        {u("list"), {{u("--all"), u("--format"), u("csv")}, {}}},
        {u("export"), {{u("--csv"), csv}, csv}},
        {u("report"), {{u("--csv"), csv}, csv}},
    };
    for (const auto &[command, c] : cases) {
        INFO(command.toStdString() << " " << c.arguments.join(u(" ")).toStdString());
        const QStringList rest = QStringList{command, file} + c.arguments;
        auto in = [&](const char *language) {
            return outputOf(cliEnvironment(), QStringList{u("--language"), u(language)} + rest,
                            c.out);
        };
        // Projected times move with the clock: the English run before and after brackets the
        // others, and a second that turned in between makes the round start again.
        bool compared = false;
        for (int round = 0; round < 5 && !compared; ++round) {
            const QByteArray before = in("en");
            const QByteArray arabic = in("ar");
            const QByteArray chinese = in("zh_CN");
            const QByteArray french = outputOf(frenchEnvironment(), rest, c.out);
            // A document's own --language says nothing about a CSV file either.
            const QByteArray arabicDocument =
                command == u("export") || command == u("report")
                    ? outputOf(cliEnvironment(), rest + QStringList{u("--language"), u("ar")},
                               c.out)
                    : before;
            const QByteArray after = in("en");
            if (before != after)
                continue;
            compared = true;
            CHECK(arabic == before);
            CHECK(chinese == before);
            CHECK(french == before);
            CHECK(arabicDocument == before);
            // Language-neutral, not merely equal: ISO 8601 instants, Western digits.
            static const QRegularExpression iso(
                QStringLiteral("\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d)?"));
            CHECK(QString::fromUtf8(before).contains(iso));
        }
        CHECK(compared);
    }
}

TEST_CASE("export and report write their PDF in the language asked for, on the 24-hour clock",
          "[cli][language][documents]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});

    struct Language
    {
        const char *code;
        const char *month; // May, in the form the language's dates use
    };
    for (const Language &language : {Language{"ru", "мая"}, Language{"ar", "مايو"}}) {
        const QString code = QString::fromLatin1(language.code);
        INFO(language.code);
        const QString listPdf = t.path(QStringLiteral("list-%1.pdf").arg(code));
        const QString reportPdf = t.path(QStringLiteral("report-%1.pdf").arg(code));
        runCliOk({u("export"), file, u("--pdf"), listPdf, u("--language"), code});
        runCliOk({u("report"), file, u("--pdf"), reportPdf, u("--language"), code});
        const auto list = pdfText(listPdf);
        const auto report = pdfText(reportPdf);
        if (!list || !report)
            continue;

        // Whatever the translators have finished: each text is the translation the program
        // carries, and an English one that has a translation is gone.
        const rostrum::InstalledLanguage installed(code);
        auto translated = [](const char *context, const char *source) {
            return QCoreApplication::translate(context, source);
        };
        auto checkIn = [](const QString &text, const QString &inLanguage, const char *english) {
            // pdftotext breaks lines at the column's edge; the words are what count.
            // Arabic comes out in its shaped presentation forms; compatibility normalization
            // gives back the letters.
            QString flat = text.normalized(QString::NormalizationForm_KC);
            flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
            INFO(inLanguage.toStdString());
            // pdftotext marks right-to-left runs with embeddings, which are not text.
            for (char16_t mark = 0x202A; mark <= 0x202E; ++mark)
                flat.remove(QChar(mark));
            // Word by word: pdftotext may give a right-to-left line's words in visual order. It
            // also drops Arabic's lam-alef ligature (لا, لأ), so words with one are not read back.
            static const QRegularExpression lamAlef(QStringLiteral("ل[اأإآ]"));
            for (const QString &word : inLanguage.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!word.contains(lamAlef))
                    CHECK(flat.contains(word));
            }
            if (inLanguage != QString::fromUtf8(english))
                CHECK_FALSE(flat.contains(QString::fromUtf8(english)));
        };
        checkIn(*list, translated("rostrum::ListOfSpeakersPdf", "Projected time"),
                "Projected time");
        checkIn(*list, translated("rostrum::ListOfSpeakersPdf", "Speaker and title"),
                "Speaker and title");
        checkIn(*report, translated("rostrum::ReportPdf", "Totals by tier"), "Totals by tier");
        for (const rostrum::Tier tier : {rostrum::Tier::Briefers, rostrum::Tier::Council}) {
            const char *english = tier == rostrum::Tier::Briefers ? "Briefers" : "Council members";
            checkIn(*list, rostrum::tierName(tier), english);
        }
        // The booths see the language of each statement.
        checkIn(*list, rostrum::languageName(QStringLiteral("en")), "English");

        // The dates are the language's own, whether or not a translator has been there.
        // pdftotext gives Arabic as its shaped presentation forms, in the order drawn:
        // compatibility normalization gives back the letters, and the parts are sought apart.
        const QString month = QString::fromUtf8(language.month);
        for (const QString *text : {&*list, &*report}) {
            const QString letters = text->normalized(QString::NormalizationForm_KC);
            CHECK(letters.contains(month));
            CHECK(letters.contains(u("2023")));
            CHECK_FALSE(letters.contains(u("May 2023")));
        }
        if (code == u("ru"))
            CHECK(list->contains(u("25 мая 2023 г.")));
        // The 24-hour clock: the heading's 15:00 to 17:30, and no a.m. or p.m. anywhere.
        CHECK(list->contains(u("15:00")));
        CHECK(list->contains(u("17:30")));
        CHECK_FALSE(list->contains(u("p.m.")));
        CHECK_FALSE(report->contains(u("p.m.")));
        CHECK_FALSE(report->contains(u("a.m.")));
    }
}

TEST_CASE("export and report refuse a language they do not write", "[cli][language]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});
    const CliRun run =
        runCli({u("export"), file, u("--pdf"), t.path(u("x.pdf")), u("--language"), u("de")});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(t.path(u("x.pdf"))));
}
