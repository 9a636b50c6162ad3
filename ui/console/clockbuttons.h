#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QToolButton;

namespace rostrum {

class ChairActions;

// The nine clock buttons under the countdown, three by three: start or pause, next, absent;
// −30 s, +30 s, reset; undo, redo, close the list. Roomy, each shows its icon above the act and
// its key. Compact, for a short window (1366×768 at 200 %), each is one line with the act
// alone, so that the countdown keeps its room; the key is still in the tooltip.
class ClockButtons final : public QWidget
{
    Q_OBJECT

public:
    explicit ClockButtons(ChairActions *actions, QWidget *parent = nullptr);

    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    const QList<QToolButton *> &buttons() const { return m_buttons; }

private:
    // The action's text for this size: "Undo\nCtrl+Z" roomy, "Undo" compact. Called again
    // whenever an action changes ("Start" becomes "Pause"), as the button takes the action's
    // text back then.
    void applyLook(QToolButton *button);

    QGridLayout *m_grid;
    QList<QToolButton *> m_buttons;
    bool m_compact = false;
};

} // namespace rostrum
