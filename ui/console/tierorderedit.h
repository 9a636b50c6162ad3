#pragma once

#include "meeting/categories.h"

#include <QWidget>

class QListWidget;

namespace rostrum {

// The order of the tiers of the list, rearranged by dragging or with the Up and Down buttons.
class TierOrderEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit TierOrderEdit(QWidget *parent = nullptr);

    void setTiers(const QList<Tier> &tiers);
    QList<Tier> tiers() const;

private:
    void moveCurrent(int delta);

    QListWidget *m_list;
};

} // namespace rostrum
