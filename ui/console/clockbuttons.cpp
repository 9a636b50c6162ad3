#include "clockbuttons.h"

#include "bidi.h"
#include "chairactions.h"

#include <QAction>
#include <QGridLayout>
#include <QToolButton>

namespace rostrum {

namespace {
// The three acts of every speech come first, larger and bold.
constexpr int kMainActs = 3;
} // namespace

ClockButtons::ClockButtons(ChairActions *actions, QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 4, 0, 0);
    m_grid->setSpacing(4);
    const QList<QAction *> order = {
        actions->startPause, actions->next,       actions->absent,       actions->removeTime,
        actions->addTime,    actions->resetClock, actions->pointOfOrder, actions->clearMessage,
        actions->reply,      actions->undo,       actions->redo,         actions->closeList};
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < order.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(order[i]);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setIconSize(QSize(22, 22));
        button->setFocusPolicy(Qt::NoFocus);
        button->setObjectName(order[i]->objectName());
        if (i < kMainActs)
            button->setFont(bold);
        m_grid->addWidget(button, i / 3, i % 3);
        m_buttons.append(button);
        connect(order[i], &QAction::changed, button, [this, button] { applyLook(button); });
        applyLook(button);
    }
}

void ClockButtons::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_grid->setContentsMargins(0, compact ? 2 : 4, 0, 0);
    m_grid->setSpacing(compact ? 3 : 4);
    for (QToolButton *button : std::as_const(m_buttons))
        applyLook(button);
}

namespace {
// Each line of a button in its own direction: "+30 s" and "Ctrl+Z" read left to right in an
// Arabic console, and a word not yet translated keeps its "…" at its own end.
QString eachLineInItsDirection(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = bidi::ownDirection(line);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void ClockButtons::applyLook(QToolButton *button)
{
    const QAction *action = button->defaultAction();
    const bool main = m_buttons.indexOf(button) < kMainActs;
    if (m_compact) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setText(
            eachLineInItsDirection(action->iconText().section(QLatin1Char('\n'), 0, 0)));
        button->setMinimumHeight(main ? 30 : 26);
    } else {
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setText(eachLineInItsDirection(action->iconText()));
        button->setMinimumHeight(main ? 64 : 52);
    }
}

} // namespace rostrum
