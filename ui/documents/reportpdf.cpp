#include "reportpdf.h"

#include "documentfonts.h"
#include "pageddocument.h"
#include "records/documentlanguage.h"
#include "records/meetingheading.h"
#include "reporttext.h"
#include "timelinepicture.h"

#include <QCoreApplication>
#include <QPainter>
#include <memory>

namespace rostrum::ReportPdf {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ReportPdf)
};

void addSummary(PagedDocument &document, const MeetingReport &report)
{
    TableSpec spec;
    spec.header = {QString(), Tr::tr("Scheduled"), Tr::tr("Actual"), Tr::tr("Difference")};
    spec.widthsPercent = {24, 22, 34, 20};
    spec.pointSize = 9.5;
    document.beginTable(spec);
    for (const ReportText::SummaryLine &line : ReportText::summary(report)) {
        document.addRow(QVector<TableCell>{
            {{line.label}, true}, {{line.scheduled}}, {{line.actual}}, {{line.difference}}});
    }
}

void addTierTotals(PagedDocument &document, const MeetingReport &report)
{
    const QVector<QStringList> rows = ReportText::tierTable(report);
    TableSpec spec;
    spec.header = rows.first();
    spec.widthsPercent = {30, 13, 11, 14, 14, 18};
    spec.alignments = {Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                       Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    spec.pointSize = 9.5;
    document.beginTable(spec);
    for (int i = 1; i < rows.size(); ++i)
        document.addRow(rows.at(i), i == rows.size() - 1);
}

void addSpeakers(PagedDocument &document, const MeetingReport &report)
{
    TableSpec spec;
    spec.header = ReportText::speakerHeader();
    spec.widthsPercent = {5, 21, 19, 7.5, 7.5, 8, 7, 8, 7, 10};
    spec.alignments = {Qt::AlignRight,   Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignHCenter,
                       Qt::AlignHCenter, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                       Qt::AlignRight,   Qt::AlignLeft};
    spec.pointSize = 7.5;
    document.beginTable(spec);
    for (const ReportRow &row : report.rows) {
        const QStringList cells = ReportText::speakerCells(report, row);
        QVector<TableCell> out;
        for (int c = 0; c < cells.size(); ++c)
            out.append({{cells.at(c)}, c == 1});
        // The title under the name, as on the list of speakers.
        if (!row.title.isEmpty())
            out[2].lines.append(row.title);
        document.addRow(out);
    }
}

void paintTimelinePage(QPainter &painter, const QRectF &body, const TimelinePicture &picture,
                       int first, int count, int part, int parts, Qt::LayoutDirection direction)
{
    // The title starts where the language's lines start; the picture's time runs left to
    // right in every language, as a time axis does in the six.
    painter.setLayoutDirection(direction);
    painter.setFont(DocumentFonts::font(12, true));
    painter.setPen(Qt::black);
    const qreal pt = painter.device()->logicalDpiY() / 72.0;
    const QString title =
        parts > 1 ? Tr::tr("Timeline: planned and actual (%1 of %2)").arg(part).arg(parts)
                  : Tr::tr("Timeline: planned and actual");
    const QRectF titleRect(body.left(), body.top(), body.width(), 20 * pt);
    painter.drawText(titleRect, Qt::AlignLeading | Qt::AlignTop, title);
    picture.paint(painter, body.adjusted(0, 24 * pt, 0, 0), first, count);
}
} // namespace

bool write(const MeetingReport &report, const QString &path, QString *error,
           const std::optional<QString> &kind, int *pageCount)
{
    // Installed before the first tr(): every text of the document is in its language.
    const DocumentLanguage language(report.language);
    const QString documentName = Tr::tr("Report of the meeting");
    PagedDocument document(Tr::tr("Report of the meeting: %1").arg(report.meeting.title),
                           language.direction());
    document.setMetadata(Tr::tr("Report of the meeting: %1").arg(report.meeting.title),
                         QStringLiteral("Rostrum"));
    document.addHeading(documentName, MeetingHeading::of(report.meeting, kind, language.locale()));
    document.addSectionTitle(Tr::tr("Summary"));
    document.addParagraph(
        Tr::tr("Prepared on %1; times are local to the meeting (%2).")
            .arg(instantText(report.meeting, report.generatedAtMs, language.locale()),
                 report.meeting.timeZoneId));
    addSummary(document, report);
    document.addSectionTitle(Tr::tr("Totals by tier"));
    addTierTotals(document, report);
    document.addSectionTitle(Tr::tr("Speakers"));
    document.addParagraph(
        Tr::tr(
            "In the order they spoke, then those still waiting, then the absent and the "
            "withdrawn. Planned: the start each speaker would have had if everyone before them had "
            "spoken for exactly their allotted time from the scheduled start."),
        8.5);
    addSpeakers(document, report);

    // The picture is shared by every timeline page; each page paints its own rows.
    const auto picture = std::make_shared<TimelinePicture>(report);
    const int rows = picture->rowCount();
    if (rows > 0) {
        const int parts = (rows + kTimelineRowsPerPage - 1) / kTimelineRowsPerPage;
        // Even pages: 45 rows become 23 and 22, not 44 and 1.
        const int perPage = (rows + parts - 1) / parts;
        for (int part = 0; part < parts; ++part) {
            const int first = part * perPage;
            const int count = std::min(perPage, rows - first);
            const Qt::LayoutDirection direction = language.direction();
            document.addPaintedPage(QPageLayout::Landscape, [=](QPainter &p, const QRectF &body) {
                paintTimelinePage(p, body, *picture, first, count, part + 1, parts, direction);
            });
        }
    }
    const bool ok = document.writePdf(path, error);
    if (ok && pageCount)
        *pageCount = document.pageCount();
    return ok;
}

} // namespace rostrum::ReportPdf
