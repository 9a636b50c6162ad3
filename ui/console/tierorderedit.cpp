#include "tierorderedit.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rostrum {

TierOrderEdit::TierOrderEdit(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Tier order, the first to speak at the top"));
    // Every tier in sight at once: the order is the point.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 8 + 12);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move dow&n"), this);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void TierOrderEdit::setTiers(const QList<Tier> &tiers)
{
    m_list->clear();
    for (const Tier t : tiers) {
        auto *item = new QListWidgetItem(tierName(t), m_list);
        item->setData(Qt::UserRole, int(t));
    }
    m_list->setCurrentRow(0);
}

QList<Tier> TierOrderEdit::tiers() const
{
    QList<Tier> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(Tier(m_list->item(i)->data(Qt::UserRole).toInt()));
    return out;
}

void TierOrderEdit::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

} // namespace rostrum
