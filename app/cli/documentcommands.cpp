// export and report: the documents a secretariat circulates, written from the meeting file
// without changing it.
#include "console.h"
#include "handlers.h"
#include "language/languagechoice.h"
#include "language/uilanguage.h"
#include "listofspeakerspdf.h"
#include "meetingfile.h"
#include "records/listexport.h"
#include "records/meetingreport.h"
#include "records/savefile.h"
#include "reportpdf.h"

#include <QGuiApplication>
#include <optional>

namespace rostrum::cli {

namespace {
struct Outputs
{
    QString pdf;
    QString csv;
    QString html;
    std::optional<QString> kind;
    QString language; // of the documents; the CSV files are the same in every language
};

Outputs outputsOf(const CommandLine &cl, bool allowHtml)
{
    Outputs o;
    auto take = [&cl](const char *name, QString *target) {
        if (!cl.has(name))
            return;
        *target = cl.value(name);
        if (target->isEmpty())
            throw UsageError{Tr::tr("--%1 needs a file name").arg(QString::fromLatin1(name))};
    };
    take("pdf", &o.pdf);
    take("csv", &o.csv);
    if (allowHtml)
        take("html", &o.html);
    if (o.pdf.isEmpty() && o.csv.isEmpty() && o.html.isEmpty())
        throw UsageError{allowHtml
                             ? Tr::tr("say where to write: --pdf OUT, --csv OUT or --html OUT")
                             : Tr::tr("say where to write: --pdf OUT or --csv OUT")};
    if (cl.has("meeting-kind"))
        o.kind = cl.value("meeting-kind");
    o.language = cliLanguage();
    if (cl.has("language")) {
        const auto code = uiLanguageCode(cl.value("language"));
        if (!code)
            throw UsageError{Tr::tr("--language: “%1” is not one of %2")
                                 .arg(cl.value("language"), spokenLanguageCodes())};
        o.language = *code;
    }
    return o;
}

void requireGui()
{
    // main() makes a QGuiApplication for exactly these commands; fonts and PDF need one.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Refusal{Tr::tr("PDF output needs the graphical libraries, which could not start")};
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (!SaveFile::write(path, bytes, &error))
        throw Refusal{error};
    out() << Tr::tr("Wrote %1").arg(path) << Qt::endl;
}

void announcePdf(const QString &path, bool ok, const QString &error, int pages)
{
    if (!ok)
        throw Refusal{error};
    out() << Tr::tr("Wrote %1 (%n page(s))", nullptr, pages).arg(path) << Qt::endl;
}
} // namespace

int runExport(const CommandLine &cl)
{
    const Outputs o = outputsOf(cl, true);
    if (!o.pdf.isEmpty())
        requireGui();
    const auto session = openMeetingForReading(cl.positionals().at(0));
    ListOfSpeakers list = listOfSpeakers(session->list(), session->now());
    list.language = o.language;
    if (!o.csv.isEmpty())
        writeBytes(o.csv, listOfSpeakersCsv(list));
    if (!o.html.isEmpty())
        writeBytes(o.html, listOfSpeakersHtml(list, o.kind).toUtf8());
    if (!o.pdf.isEmpty()) {
        QString error;
        int pages = 0;
        const bool ok = ListOfSpeakersPdf::write(list, o.pdf, &error, o.kind, &pages);
        announcePdf(o.pdf, ok, error, pages);
    }
    out().flush();
    return Success;
}

int runReport(const CommandLine &cl)
{
    const Outputs o = outputsOf(cl, false);
    if (!o.pdf.isEmpty())
        requireGui();
    const auto session = openMeetingForReading(cl.positionals().at(0));
    MeetingReport report = buildMeetingReport(session->list(), session->now());
    report.language = o.language;
    if (!o.csv.isEmpty())
        writeBytes(o.csv, reportCsv(report));
    if (!o.pdf.isEmpty()) {
        QString error;
        int pages = 0;
        const bool ok = ReportPdf::write(report, o.pdf, &error, o.kind, &pages);
        announcePdf(o.pdf, ok, error, pages);
    }
    out().flush();
    return Success;
}

} // namespace rostrum::cli
