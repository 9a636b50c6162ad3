#include "reportdialog.h"

#include "filedialogs.h"
#include "inlinemessage.h"
#include "language/uilanguage.h"
#include "records/documentlanguage.h"
#include "records/meetingheading.h"
#include "reporttext.h"
#include "session/meetingsession.h"
#include "timelinewidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rostrum {

namespace {
QTableWidget *readOnlyTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::TabFocus);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

void fill(QTableWidget *table, const QVector<QStringList> &rows, bool lastIsTotal,
          int rightAlignedFrom)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c >= rightAlignedFrom)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            if (c == 0 || (lastIsTotal && r == rows.size() - 1)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
    }
    table->resizeRowsToContents();
    // The whole table shows without a scroll bar of its own; the window scrolls instead.
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
    int width = 2 * table->frameWidth();
    for (int c = 0; c < table->columnCount(); ++c)
        width += table->columnWidth(c);
    table->setMaximumWidth(width);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

ReportDialog::ReportDialog(MeetingSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Report of the meeting"));
    resize(1000, 760);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_prepared = new QLabel(content);
    m_prepared->setWordWrap(true);
    m_summary = readOnlyTable(content);
    m_summary->setAccessibleName(tr("Summary of the meeting"));
    m_tiers = readOnlyTable(content);
    m_tiers->setAccessibleName(tr("Totals by tier"));
    m_timeline = new TimelineWidget(content);

    layout->addWidget(m_title);
    layout->addWidget(m_prepared);
    layout->addWidget(sectionTitle(tr("Summary"), content));
    layout->addWidget(m_summary);
    layout->addWidget(sectionTitle(tr("Totals by tier"), content));
    layout->addWidget(m_tiers);
    layout->addWidget(sectionTitle(tr("Timeline: planned and actual"), content));
    layout->addWidget(m_timeline);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Report of the meeting"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    m_message = new InlineMessage(this);
    // The language comes before the buttons on the row, so it is made first: Tab reads the row
    // from its start.
    m_language = new QComboBox(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Export report PDF…"), QDialogButtonBox::ActionRole);
    m_csv = buttons->addButton(tr("Export report CSV…"), QDialogButtonBox::ActionRole);
    connect(m_pdf, &QPushButton::clicked, this, &ReportDialog::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The report may be circulated in another of the six languages than the console's; each
    // is listed under its own name.
    for (const UiLanguage &language : uiLanguages())
        m_language->addItem(language.ownName, language.code);
    setDocumentLanguage(DocumentLanguage::programLanguage());
    auto *languageLabel = new QLabel(tr("&Language of the report:"), this);
    languageLabel->setBuddy(m_language);
    m_language->setAccessibleName(tr("Language of the report"));
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(languageLabel);
    exportRow->addWidget(m_language);
    exportRow->addWidget(buttons, 1);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_message);
    outer->addLayout(exportRow);

    if (m_session) {
        connect(m_session, &MeetingSession::changed, this, &ReportDialog::refresh);
        // The meeting was closed: there is nothing left to report from.
        connect(m_session, &QObject::destroyed, this, &QDialog::close);
    }
    refresh();
}

QString ReportDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ReportDialog::refresh()
{
    if (!m_session)
        return;
    m_report = buildMeetingReport(m_session->list(), m_session->now());
    m_title->setText(m_report.meeting.title);
    m_prepared->setText(tr("As of %1; times are local to the meeting (%2).")
                            .arg(instantText(m_report.meeting, m_report.generatedAtMs),
                                 m_report.meeting.timeZoneId));

    QVector<QStringList> summary;
    for (const ReportText::SummaryLine &line : ReportText::summary(m_report))
        summary.append({line.label, line.scheduled, line.actual, line.difference});
    m_summary->setColumnCount(4);
    m_summary->setHorizontalHeaderLabels(
        {QString(), tr("Scheduled"), tr("Actual"), tr("Difference")});
    fill(m_summary, summary, false, 99);

    QVector<QStringList> tiers = ReportText::tierTable(m_report);
    const QStringList header = tiers.takeFirst();
    m_tiers->setColumnCount(int(header.size()));
    m_tiers->setHorizontalHeaderLabels(header);
    fill(m_tiers, tiers, true, 1);

    m_timeline->setReport(m_report);
}

bool ReportDialog::exportTo(const QString &path, DocumentFormat format)
{
    if (!m_session)
        return false;
    QString error;
    if (!writeReport(*m_session, path, format, &error, documentLanguage())) {
        m_message->showError(tr("The report was not exported. %1").arg(error));
        return false;
    }
    m_message->showInfo(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

QString ReportDialog::documentLanguage() const
{
    return m_language->currentData().toString();
}

void ReportDialog::setDocumentLanguage(const QString &code)
{
    const int index = m_language->findData(uiLanguageCode(code).value_or(QStringLiteral("en")));
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void ReportDialog::exportPdf()
{
    exportAs(DocumentFormat::Pdf);
}

void ReportDialog::exportCsv()
{
    exportAs(DocumentFormat::Csv);
}

void ReportDialog::exportAs(DocumentFormat format)
{
    if (!m_session)
        return;
    const bool pdf = format == DocumentFormat::Pdf;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    const QFileInfo meetingFile(m_session->path());
    const QString suggested = meetingFile.dir().filePath(
        tr("Report %1").arg(m_report.meeting.date.toString(Qt::ISODate)) + suffix);
    QString path = FileDialogs::askSaveFile(
        this, pdf ? tr("Export the report as PDF") : tr("Export the report as CSV"), suggested,
        pdf ? tr("PDF for printing (*.pdf)") : tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportTo(path, format);
}

} // namespace rostrum
