// The documents a secretariat circulates, made by the real rostrum-cli and checked the way a
// reader would: poppler counts the pages, lists the embedded fonts and extracts the text, and
// the first page rendered to PNG must show ink.
#include "clirunner.h"
#include "meeting/demomeeting.h"
#include "tempmeeting.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
// Runs a poppler tool; empty optional (and a warning) when it is not installed.
std::optional<QString> poppler(const QString &tool, const QStringList &arguments)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty()) {
        WARN(tool.toStdString() << " is not installed (poppler-utils); check skipped");
        return std::nullopt;
    }
    QProcess p;
    p.start(exe, arguments);
    REQUIRE(p.waitForFinished(60'000));
    INFO(tool.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

std::optional<int> pageCount(const QString &pdf)
{
    const auto info = poppler(QStringLiteral("pdfinfo"), {pdf});
    if (!info)
        return std::nullopt;
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption)
                           .match(*info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

void requirePdf(const QString &path)
{
    INFO(path.toStdString());
    REQUIRE(QFile::exists(path));
    CHECK(fileBytes(path).startsWith("%PDF-"));
}

// The share of pixels that are not white on the first page rendered at 50 dpi.
std::optional<double> inkOnFirstPage(const QString &pdf, const QString &workDir)
{
    const QString prefix = workDir + QStringLiteral("/page");
    if (!poppler(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                  QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix}))
        return std::nullopt;
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    image = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(line[x]) < 235 ? 1 : 0;
    }
    return double(ink) / double(image.width() * image.height());
}
} // namespace

TEST_CASE("export writes the list of speakers as a PDF with every script's glyphs",
          "[cli][documents]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("demo.rostrum"));
    const QString pdf = t.path(QStringLiteral("list.pdf"));
    runCliOk({QStringLiteral("demo"), file});
    const CliRun run = runCliOk({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf});
    CHECK(run.err.isEmpty()); // standard error is for errors only
    requirePdf(pdf);

    // The 45 inscriptions of the demo fill three A4 pages.
    if (const auto pages = pageCount(pdf))
        CHECK(*pages == 3);
    // Arabic, Chinese and Korean names are drawn with fonts that have their glyphs: a missing
    // font would leave empty boxes, and no font for the script in the file.
    if (const auto fonts = poppler(QStringLiteral("pdffonts"), {pdf})) {
        CHECK(fonts->contains(QStringLiteral("CJK")));
        CHECK(fonts->contains(QStringLiteral("Arabic")));
    }
    if (const auto text =
            poppler(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})) {
        CHECK(text->contains(QStringLiteral("United Nations Security Council Arria-formula")));
        CHECK(text->contains(QStringLiteral("Trusteeship Chamber")));
        CHECK(text->contains(QStringLiteral("Organized by:")));
        CHECK(text->contains(QStringLiteral("Co-sponsored by:")));
        CHECK(text->contains(QStringLiteral("李明华")));
        CHECK(text->contains(QStringLiteral("Анна Соколова")));
        CHECK(text->contains(QStringLiteral("Søren Madsen")));
        CHECK(text->contains(QStringLiteral("Page 1 of 3")));
        CHECK(text->contains(QStringLiteral("Page 3 of 3")));
    }
    // A golden render: the first page carries the heading and a table, not a blank sheet.
    if (const auto ink = inkOnFirstPage(pdf, t.path(QString()))) {
        INFO("ink " << *ink);
        CHECK(*ink > 0.03);
        CHECK(*ink < 0.5);
    }

    // Thirty more inscriptions make the list longer on paper.
    int added = 0;
    const QStringList demo = [] {
        QStringList names;
        for (const auto &d : rostrum::DemoMeeting::inscriptions())
            names.append(d.delegation);
        return names;
    }();
    for (const QString &state : memberStates()) {
        if (added == 30)
            break;
        if (demo.contains(state) || rostrum::DemoMeeting::meeting().council.contains(state))
            continue;
        runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), state,
                  QStringLiteral("--speaker"), QStringLiteral("Representative of ") + state});
        ++added;
    }
    REQUIRE(added == 30);
    const QString longer = t.path(QStringLiteral("longer.pdf"));
    runCliOk({QStringLiteral("export"), file, QStringLiteral("--pdf"), longer});
    requirePdf(longer);
    // 75 speakers, the new ones without titles: one page more.
    if (const auto pages = pageCount(longer))
        CHECK(*pages == 4);
}

TEST_CASE("report writes the report of the meeting as a PDF with its timeline", "[cli][documents]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("demo.rostrum"));
    const QString pdf = t.path(QStringLiteral("report.pdf"));
    const QString csv = t.path(QStringLiteral("report.csv"));
    runCliOk({QStringLiteral("demo"), file});
    const CliRun run = runCliOk({QStringLiteral("report"), file, QStringLiteral("--pdf"), pdf,
                                 QStringLiteral("--csv"), csv});
    CHECK(run.err.isEmpty());
    requirePdf(pdf);
    CHECK(fileBytes(csv).startsWith("\xEF\xBB\xBF"
                                    "position,delegation,"));
    // Heading, summary and tiers on page 1, the 45 speakers on pages 1 to 3, the timeline on 4.
    if (const auto pages = pageCount(pdf))
        CHECK(*pages == 4);
    if (const auto text =
            poppler(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})) {
        CHECK(text->contains(QStringLiteral("Totals by tier")));
        CHECK(text->contains(QStringLiteral("Timeline: planned and actual")));
        CHECK(text->contains(QStringLiteral("Scheduled end 17:30")));
        CHECK(text->contains(QStringLiteral("Page 4 of 4")));
    }
    if (const auto ink = inkOnFirstPage(pdf, t.path(QString())))
        CHECK(*ink > 0.03);
}

TEST_CASE("The report of a meeting played through shows its overruns", "[documents]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    QProcess p;
    p.start(QStringLiteral(ROSTRUM_SAMPLE_DOCUMENTS), {out.path()});
    REQUIRE(p.waitForFinished(120'000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    requirePdf(pdf);
    requirePdf(out.filePath(QStringLiteral("list-of-speakers.pdf")));
    if (const auto pages = pageCount(pdf))
        CHECK(*pages == 4);
    if (const auto text =
            poppler(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})) {
        CHECK(text->contains(QStringLiteral("+3:10"))); // the first briefer's overrun
        CHECK(text->contains(QStringLiteral("Withdrawn")));
    }
}

TEST_CASE("export writes CSV and HTML and a failed export says why and leaves nothing",
          "[cli][documents]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("demo.rostrum"));
    runCliOk({QStringLiteral("demo"), file});
    const QString csv = t.path(QStringLiteral("list.csv"));
    const QString html = t.path(QStringLiteral("list.html"));
    runCliOk({QStringLiteral("export"), file, QStringLiteral("--csv"), csv,
              QStringLiteral("--html"), html});
    CHECK(fileBytes(csv).startsWith("\xEF\xBB\xBF"
                                    "position,delegation,speaker,title"));
    CHECK(fileBytes(html).startsWith("<!DOCTYPE html>"));
    CHECK(QString::fromUtf8(fileBytes(html)).contains(QStringLiteral("محمد الكعبي")));

    const QString missing = t.path(QStringLiteral("no-such-folder/list.pdf"));
    for (const QString &option : {QStringLiteral("--csv"), QStringLiteral("--pdf")}) {
        const CliRun failed = runCli({QStringLiteral("export"), file, option, missing});
        INFO(failed.describe().toStdString());
        CHECK(failed.exitCode == 1);
        REQUIRE(failed.errLines().size() == 1);
        CHECK(failed.errLines().first().startsWith(QStringLiteral("rostrum-cli: Cannot write ")));
        CHECK(failed.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(missing));
    }

    const CliRun nothing = runCli({QStringLiteral("export"), file});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.contains(QStringLiteral("--pdf OUT")));
    const CliRun noHtmlReport =
        runCli({QStringLiteral("report"), file, QStringLiteral("--html"), html});
    CHECK(noHtmlReport.exitCode == 2);
}

TEST_CASE("a name from an older file with a bidi override prints its real characters",
          "[cli][documents][badinput]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("old.rostrum"));
    newMeeting(file);
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
              QStringLiteral("Cyber Institute"), QStringLiteral("--category"),
              QStringLiteral("other"), QStringLiteral("--speaker"), QStringLiteral("Ana")});
    // Written as a file from before names were checked holds it: "evil", RIGHT-TO-LEFT
    // OVERRIDE, "gnp.exe", which a renderer shows as "evilexe.png".
    const QString evil = QStringLiteral("evil") + QChar(0x202E) + QStringLiteral("gnp.exe");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("UPDATE entry SET delegation = ?")));
        q.addBindValue(evil);
        REQUIRE(q.exec());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    const QString pdf = t.path(QStringLiteral("list.pdf"));
    const QString html = t.path(QStringLiteral("list.html"));
    runCliOk({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf,
              QStringLiteral("--html"), html});
    const QString page = QString::fromUtf8(fileBytes(html));
    CHECK(page.contains(QStringLiteral("evil&lt;U+202E&gt;gnp.exe")));
    CHECK_FALSE(page.contains(QChar(0x202E)));
    if (const auto text = poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})) {
        INFO(text->toStdString());
        CHECK(text->contains(QStringLiteral("evil<U+202E>gnp.exe")));
        CHECK_FALSE(text->contains(QChar(0x202E)));
    }
}

TEST_CASE("The heading of every document is the meeting's: a General Assembly meeting's PDF "
          "never says Security Council",
          "[documents][heading]")
{
    rostrum::testing::TempMeeting t;
    const QString file = t.path(QStringLiteral("plenary.rostrum"));
    const QString plenary = QStringLiteral("United Nations General Assembly plenary meeting");
    // A council list as well, which format 3 took for a Security Council meeting.
    newMeeting(file, {QStringLiteral("--heading"), plenary});
    CHECK(statusJson(file)
              .value(QStringLiteral("meeting"))
              .toObject()
              .value(QStringLiteral("heading"))
              .toString() == plenary);
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), QStringLiteral("Peru")});
    auto pdfText = [&](const QStringList &command) -> std::optional<QString> {
        const QString pdf = t.path(QStringLiteral("out.pdf"));
        QFile::remove(pdf);
        runCliOk(command + QStringList{QStringLiteral("--pdf"), pdf});
        requirePdf(pdf);
        return poppler(QStringLiteral("pdftotext"),
                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    };
    for (const char *command : {"export", "report"}) {
        INFO(command);
        if (const auto text = pdfText({QString::fromLatin1(command), file})) {
            CHECK(text->contains(plenary));
            CHECK_FALSE(text->contains(QStringLiteral("Security Council")));
        }
    }
    const QString html = t.path(QStringLiteral("list.html"));
    runCliOk({QStringLiteral("export"), file, QStringLiteral("--html"), html});
    CHECK(QString::fromUtf8(fileBytes(html)).contains(plenary));

    // --meeting-kind still names another kind for one document, and leaves the meeting alone.
    if (const auto text = pdfText({QStringLiteral("export"), file, QStringLiteral("--meeting-kind"),
                                   QStringLiteral("Informal meeting of the plenary")})) {
        CHECK(text->contains(QStringLiteral("Informal meeting of the plenary")));
        CHECK_FALSE(text->contains(plenary));
    }

    // settings changes the heading as one act, and undo brings it back.
    const QString committee = QStringLiteral("Second Committee of the General Assembly");
    const CliRun changed =
        runCliOk({QStringLiteral("settings"), file, QStringLiteral("--heading"), committee});
    CHECK(changed.out.contains(committee));
    if (const auto text = pdfText({QStringLiteral("report"), file})) {
        CHECK(text->contains(committee));
        CHECK_FALSE(text->contains(plenary));
    }
    runCliOk({QStringLiteral("undo"), file});
    CHECK(statusJson(file)
              .value(QStringLiteral("meeting"))
              .toObject()
              .value(QStringLiteral("heading"))
              .toString() == plenary);
    // Nothing to change is said, not done; a heading of two lines is refused.
    CHECK(runCli({QStringLiteral("settings"), file}).exitCode != 0);
    const CliRun twoLines = runCli(
        {QStringLiteral("settings"), file, QStringLiteral("--heading"), QStringLiteral("A\nB")});
    CHECK(twoLines.exitCode != 0);
    CHECK(twoLines.err.contains(QStringLiteral("heading")));
}
