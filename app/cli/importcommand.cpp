// rostrum-cli import: inscriptions from a CSV file, checked in full, then written as one act.
#include "console.h"
#include "handlers.h"
#include "import/inscriptionimport.h"
#include "meetingfile.h"

namespace rostrum::cli {

namespace {
// Every refused row, one per line, as "line N: reason": a person fixes the file from these.
void printRefusals(const ImportReport &report)
{
    for (const QString &line : report.refusals())
        err() << shown(line) << Qt::endl;
}

int reportDryRun(const ImportReport &report, bool skipInvalid)
{
    const int accepted = report.acceptedCount();
    const int refused = report.refusedCount();
    if (refused == 0 || skipInvalid) {
        out() << Tr::tr("Dry run: %n row(s) would be imported, %1 refused.", nullptr, accepted)
                     .arg(refused)
              << Qt::endl;
        return Success;
    }
    out() << Tr::tr(
                 "Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would "
                 "import the other %1.",
                 nullptr, refused)
                 .arg(accepted)
          << Qt::endl;
    return Refused;
}

int reportImport(const ImportReport &report)
{
    if (!report.committed) {
        if (report.refusedCount() > 0 && report.acceptedCount() > 0) {
            throw Refusal{Tr::tr("%n row(s) refused; nothing was imported (--skip-invalid imports "
                                 "the other %1).",
                                 nullptr, report.refusedCount())
                              .arg(report.acceptedCount())};
        }
        throw Refusal{report.commitError};
    }
    const int imported = report.acceptedCount();
    const int late = report.lateCount();
    out() << (late > 0
                  ? Tr::tr("Imported %n inscription(s) (%1 late).", nullptr, imported).arg(late)
                  : Tr::tr("Imported %n inscription(s).", nullptr, imported))
          << Qt::endl;
    if (report.refusedCount() > 0)
        err() << Tr::tr("%n row(s) refused and not imported.", nullptr, report.refusedCount())
              << Qt::endl;
    return Success;
}
} // namespace

int runImport(const CommandLine &cl)
{
    const QString csvPath = cl.positionals().at(1);
    const bool dryRun = cl.has("dry-run");
    const bool skipInvalid = cl.has("skip-invalid");
    // The file is read and its format checked before the meeting is opened.
    const InscriptionImport import = InscriptionImport::fromFile(csvPath);
    if (!import.fileError().isEmpty())
        throw Refusal{Tr::tr("%1: %2").arg(csvPath, import.fileError())};

    const auto session = openMeeting(cl.positionals().at(0));
    if (dryRun) {
        const ImportReport report = import.preview(session->list(), session->now());
        printRefusals(report);
        return reportDryRun(report, skipInvalid);
    }
    const ImportReport report = import.commit(*session, skipInvalid);
    if (!report.fileError.isEmpty())
        throw Refusal{Tr::tr("%1: %2").arg(csvPath, report.fileError)};
    printRefusals(report);
    return reportImport(report);
}

} // namespace rostrum::cli
