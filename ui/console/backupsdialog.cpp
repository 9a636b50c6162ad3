#include "backupsdialog.h"

#include "language/datetext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace rostrum {

namespace {
enum Column
{
    MeetingColumn,
    WrittenColumn,
    SizeColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeading)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}
} // namespace

QString BackupsDialog::sizeText(qint64 bytes)
{
    // "48 KB", as file managers print it; a meeting file is tens of KB, rarely a few MB.
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(DateText::number(std::max<qint64>(1, (bytes + 512) / 1024)));
    return tr("%1 MB").arg(
        DateText::westernDigits(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1)));
}

BackupsDialog::BackupsDialog(const BackupFolder &folder, QWidget *parent)
    : QDialog(parent), m_backups(folder.list()), m_table(new QTableWidget(this)),
      m_empty(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open a backup"));
    auto *intro = new QLabel(
        tr("Rostrum writes a backup of the meeting being run every 5 minutes, into %1. A backup "
           "opens read only; Save a copy as… carries on from it.")
            .arg(QDir::toNativeSeparators(folder.path())),
        this);
    intro->setWordWrap(true);

    m_table->setColumnCount(ColumnCount);
    m_table->setAccessibleName(tr("Backups of the meeting, newest first"));
    m_table->setHorizontalHeaderLabels({tr("Meeting"), tr("Written"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MeetingColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WrittenColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->setRowCount(int(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupFile &b = m_backups[row];
        m_table->setItem(row, MeetingColumn, cell(b.meetingStem));
        // 24-hour whatever the locale: the times of a meeting are read as the room's clock.
        m_table->setItem(row, WrittenColumn,
                         cell(DateText::dateWithSeconds(b.writtenUtc.toLocalTime())));
        m_table->setItem(row, SizeColumn, cell(sizeText(b.sizeBytes), Qt::AlignTrailing));
    }

    m_empty->setText(tr("No backups yet: Rostrum writes one every 5 minutes while a meeting is "
                        "being run."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    const bool none = m_backups.isEmpty();
    m_empty->setVisible(none);
    m_table->setVisible(!none);
    QPushButton *open = m_buttons->button(QDialogButtonBox::Open);
    open->setEnabled(!none);
    // The newest is chosen to begin with. Not by selectRow(): right to left, before the table
    // is laid out, it finds no column to make current and selects nothing.
    if (!none)
        m_table->setCurrentCell(0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, open] { open->setEnabled(!m_table->selectedItems().isEmpty()); });
    resize(640, 420);
}

BackupFile BackupsDialog::chosen() const
{
    const int row = m_table->currentRow();
    if (result() != QDialog::Accepted || row < 0 || row >= m_backups.size())
        return {};
    return m_backups[row];
}

QString BackupsDialog::emptyText() const
{
    return m_backups.isEmpty() ? m_empty->text() : QString();
}

} // namespace rostrum
