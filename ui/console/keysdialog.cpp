#include "keysdialog.h"

#include "keytable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rostrum {

KeysDialog::KeysDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keys — Rostrum"));
    const QList<KeyTable::Row> rows = KeyTable::rows(menus, QKeySequence::NativeText);
    m_table->setColumnCount(2);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Act")});
    m_table->setAccessibleName(tr("Keys of the console"));
    for (int i = 0; i < rows.size(); ++i) {
        auto *key = new QTableWidgetItem(rows[i].keys);
        QFont bold = key->font();
        bold.setBold(true);
        key->setFont(bold);
        m_table->setItem(i, 0, key);
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].act));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Heights follow the width the Act column gets, once laid out and whenever it changes.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *typing =
        new QLabel(tr("Single keys never act while someone types in a text field."), this);
    typing->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(typing);
    layout->addWidget(buttons);
    resize(760, 640);
}

} // namespace rostrum
