// rostrum-sample-documents OUTDIR: writes the documents of the demo meeting, for people to
// look at and for the system tests to check: the list of speakers as circulated before the
// meeting (PDF, CSV, HTML), and the report of the meeting played through (PDF, CSV).
#include "listofspeakerspdf.h"
#include "meeting/demomeeting.h"
#include "records/listexport.h"
#include "records/meetingreport.h"
#include "records/savefile.h"
#include "reportpdf.h"
#include "scriptedmeeting.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rostrum;

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "rostrum-sample-documents: " << message << Qt::endl;
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return fail(QStringLiteral("usage: rostrum-sample-documents OUTDIR"));
    const QDir out(args.at(1));
    if (!out.exists() && !QDir().mkpath(out.path()))
        return fail(QStringLiteral("cannot create %1").arg(out.path()));
    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("no temporary folder"));

    QString error;
    ManualClock clock(ScriptedMeeting::kBeforeTheMeetingUtcMs);
    const auto session =
        ScriptedMeeting::play(work.filePath(QStringLiteral("meeting.rostrum")), clock, &error);
    if (!session)
        return fail(error);

    // The list as circulated before the meeting: the same inscriptions, nobody called yet.
    ManualClock before(ScriptedMeeting::kBeforeTheMeetingUtcMs);
    auto fresh =
        MeetingSession::create(work.filePath(QStringLiteral("before.rostrum")), session->meeting(),
                               before, QStringLiteral("sample"), &error);
    if (!fresh)
        return fail(error);
    for (const EntryDraft &d : DemoMeeting::inscriptions())
        fresh->add(d);
    const ListOfSpeakers list = listOfSpeakers(fresh->list(), fresh->now());
    const MeetingReport report = buildMeetingReport(session->list(), session->now());

    int pages = 0;
    const bool ok =
        ListOfSpeakersPdf::write(list, out.filePath(QStringLiteral("list-of-speakers.pdf")), &error,
                                 {}, &pages) &&
        SaveFile::write(out.filePath(QStringLiteral("list-of-speakers.csv")),
                        listOfSpeakersCsv(list), &error) &&
        SaveFile::write(out.filePath(QStringLiteral("list-of-speakers.html")),
                        listOfSpeakersHtml(list).toUtf8(), &error) &&
        ReportPdf::write(report, out.filePath(QStringLiteral("report.pdf")), &error, {}, &pages) &&
        SaveFile::write(out.filePath(QStringLiteral("report.csv")), reportCsv(report), &error);
    if (!ok)
        return fail(error);
    return 0;
}
