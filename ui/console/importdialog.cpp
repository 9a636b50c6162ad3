#include "importdialog.h"

#include "filedialogs.h"
#include "inlinemessage.h"
#include "session/meetingsession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rostrum {

namespace {
// The refusal colour of InlineMessage: dark enough to read on white, and never the only sign.
const QColor kRefusedText(0x8b, 0x00, 0x16);

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}
} // namespace

ImportDialog::ImportDialog(MeetingSession *session, const QString &csvPath, QWidget *parent)
    : QDialog(parent), m_session(session), m_file(InscriptionImport::fromFile(csvPath)),
      m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_skipRefused(new QCheckBox(tr("&Skip refused rows and import the others"), this)),
      m_import(new QPushButton(tr("&Import"), this)), m_error(new InlineMessage(this))
{
    setWindowTitle(tr("Import inscriptions from %1").arg(QFileInfo(csvPath).fileName()));
    m_table->setColumnCount(ColumnCount);
    m_table->setAccessibleName(tr("Rows of the file, each with what becomes of it"));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Delegation"), tr("Speaker"), tr("Category"), tr("Late"), tr("Problem")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_skipRefused, &QCheckBox::toggled, this, &ImportDialog::updateSummary);
    // Another console may inscribe a row of this file meanwhile: the preview must say so.
    connect(session, &MeetingSession::changed, this, &ImportDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipRefused);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 520);
    refresh();
}

bool ImportDialog::run(MeetingSession *session, QWidget *parent)
{
    const QString path =
        FileDialogs::askOpenFile(parent, tr("Import inscriptions"), QString(),
                                 tr("Spreadsheet text (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    ImportDialog dialog(session, path, parent);
    return dialog.exec() == QDialog::Accepted && dialog.imported();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportDialog::refresh()
{
    if (m_report.committed)
        return;
    m_report = m_file.preview(m_session->list(), m_session->now());
    showReport();
}

void ImportDialog::showReport()
{
    m_table->setRowCount(int(m_report.rows.size()));
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const ImportRow &row = m_report.rows[i];
        const bool ok = row.accepted();
        auto *line = cell(QString::number(row.line));
        line->setData(Qt::TextAlignmentRole, int(Qt::AlignTrailing | Qt::AlignVCenter));
        m_table->setItem(i, LineColumn, line);
        m_table->setItem(i, DelegationColumn,
                         cell(ok ? row.entry.delegation : row.draft.delegation));
        m_table->setItem(i, SpeakerColumn, cell(ok ? row.entry.speaker : row.draft.speaker));
        const std::optional<Category> category =
            ok ? std::optional<Category>(row.entry.category) : row.draft.category;
        m_table->setItem(i, CategoryColumn, cell(category ? categoryName(*category) : QString()));
        m_table->setItem(i, LateColumn, cell(ok && row.entry.late ? tr("late") : QString()));
        // The word "Refused" carries the meaning; the red repeats it.
        auto *problem = cell(ok ? QString() : tr("Refused: %1").arg(row.error));
        if (!ok)
            problem->setForeground(kRefusedText);
        m_table->setItem(i, ProblemColumn, problem);
    }
    m_table->resizeRowsToContents();
    if (!m_report.fileError.isEmpty())
        m_error->showError(m_report.fileError);
    updateSummary();
}

void ImportDialog::updateSummary()
{
    const int accepted = m_report.acceptedCount();
    const int refused = m_report.refusedCount();
    const int late = m_report.lateCount();
    m_skipRefused->setVisible(refused > 0);
    const bool skip = m_skipRefused->isChecked();
    QString text;
    if (!m_report.fileError.isEmpty()) {
        text = tr("This file cannot be imported.");
    } else if (refused == 0) {
        text = tr("%n row(s) will be imported, %1 of them late.", nullptr, accepted).arg(late);
    } else if (skip) {
        text = tr("%n row(s) will be imported, %1 of them late; %2 refused row(s) will be "
                  "skipped.",
                  nullptr, accepted)
                   .arg(late)
                   .arg(refused);
    } else {
        text = tr("%n row(s) refused. Nothing is imported while a row is refused: fix the file, "
                  "or skip the refused rows to import the other %1.",
                  nullptr, refused)
                   .arg(accepted);
    }
    m_summary->setText(text);
    m_import->setEnabled(m_report.fileError.isEmpty() && accepted > 0 && (refused == 0 || skip));
}

void ImportDialog::accept()
{
    if (!m_import->isEnabled())
        return;
    const ImportReport result = m_file.commit(*m_session, m_skipRefused->isChecked());
    if (!result.committed) {
        // The list changed since the preview; show the rows as they stand now, and why.
        m_report =
            result.rows.isEmpty() ? m_file.preview(m_session->list(), m_session->now()) : result;
        showReport();
        m_error->showError(result.fileError.isEmpty() ? result.commitError : result.fileError);
        return;
    }
    m_report = result;
    QDialog::accept();
}

} // namespace rostrum
