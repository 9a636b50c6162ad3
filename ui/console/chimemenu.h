#pragma once

#include <QMenu>

class QActionGroup;

namespace rostrum {

// View → Chimes: whether this console chimes at the warning and at zero, and how loud. Both are
// this console's own, kept in its settings for the next start: the console that drives the
// room's loudspeakers chimes, the staff's laptops beside it need not. Whether a meeting has
// chimes at all is the meeting's (Meeting settings), for every console alike.
class ChimeMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit ChimeMenu(QWidget *parent);

    // What the settings hold: on, at ChimePlayer::kDefaultVolumePercent, until chosen.
    static bool savedOn();
    static int savedVolumePercent();
    static QList<int> volumeSteps() { return {25, 50, 75, 100}; }

    QAction *onEntry() const { return m_on; }
    // The entry of a volume step, e.g. volumeEntry(50); null for a value that is not a step.
    QAction *volumeEntry(int percent) const;
    // No sound can come from this console: the menu says why, and its entries are greyed.
    void showUnavailable(const QString &message);

signals:
    void onChanged(bool on);
    void volumeChanged(int percent);

private:
    QAction *m_on;
    QActionGroup *m_volumes;
    QAction *m_unavailable = nullptr;
};

} // namespace rostrum
