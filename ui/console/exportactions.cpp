#include "exportactions.h"

#include "filedialogs.h"
#include "language/uilanguage.h"
#include "listofspeakerspdf.h"
#include "records/listexport.h"
#include "records/meetingreport.h"
#include "records/savefile.h"
#include "reportdialog.h"
#include "reportpdf.h"
#include "session/meetingsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ExportActions)
};

QString suffixOf(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case DocumentFormat::Csv:
        return QStringLiteral("csv");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}
} // namespace

std::optional<DocumentFormat> formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return DocumentFormat::Csv;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return DocumentFormat::Html;
    return std::nullopt;
}

bool writeListOfSpeakers(const MeetingSession &session, const QString &path, DocumentFormat format,
                         QString *error, const QString &language)
{
    ListOfSpeakers list = listOfSpeakers(session.list(), session.now());
    list.language = language;
    switch (format) {
    case DocumentFormat::Pdf:
        return ListOfSpeakersPdf::write(list, path, error);
    case DocumentFormat::Csv:
        return SaveFile::write(path, listOfSpeakersCsv(list), error);
    case DocumentFormat::Html:
        return SaveFile::write(path, listOfSpeakersHtml(list).toUtf8(), error);
    }
    return false;
}

bool writeReport(const MeetingSession &session, const QString &path, DocumentFormat format,
                 QString *error, const QString &language)
{
    MeetingReport report = buildMeetingReport(session.list(), session.now());
    report.language = language;
    switch (format) {
    case DocumentFormat::Pdf:
        return ReportPdf::write(report, path, error);
    case DocumentFormat::Csv:
        return SaveFile::write(path, reportCsv(report), error);
    case DocumentFormat::Html:
        break;
    }
    if (error)
        *error = Tr::tr("The report is written as PDF or CSV.");
    return false;
}

QString exportListOfSpeakers(MeetingSession *session, QWidget *parent, const QString &language)
{
    if (!session)
        return {};
    const QString pdf = Tr::tr("PDF for printing (*.pdf)");
    const QString csv = Tr::tr("CSV for spreadsheets (*.csv)");
    const QString html = Tr::tr("Web page (*.html *.htm)");
    const QFileInfo meetingFile(session->path());
    const QString suggested = meetingFile.dir().filePath(
        Tr::tr("List of speakers %1.pdf").arg(session->meeting().date.toString(Qt::ISODate)));
    QString filter = pdf;
    QString path = FileDialogs::askSaveFile(
        parent, Tr::tr("Export the list of speakers"), suggested,
        pdf + QStringLiteral(";;") + csv + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return {};
    // A typed suffix wins; otherwise the chosen filter decides, and its suffix is added.
    std::optional<DocumentFormat> format = formatOfPath(path);
    if (!format) {
        format = filter == csv    ? DocumentFormat::Csv
                 : filter == html ? DocumentFormat::Html
                                  : DocumentFormat::Pdf;
        path += QLatin1Char('.') + suffixOf(*format);
    }
    QString error;
    if (!writeListOfSpeakers(*session, path, *format, &error, language)) {
        QMessageBox::warning(parent, Tr::tr("Export the list of speakers"),
                             Tr::tr("The list of speakers was not exported. %1").arg(error));
        return {};
    }
    return path;
}

void addDocumentLanguages(QMenu *menu, const std::function<void(const QString &code)> &write)
{
    for (const UiLanguage &language : uiLanguages()) {
        QAction *action = menu->addAction(language.ownName);
        action->setData(language.code);
        const QString code = language.code;
        QObject::connect(action, &QAction::triggered, menu, [write, code] { write(code); });
    }
}

void showReport(MeetingSession *session, QWidget *parent)
{
    if (!session)
        return;
    auto *dialog = new ReportDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: the chair keeps working while the report is open.
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace rostrum
