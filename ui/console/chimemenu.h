#pragma once

#include <QMenu>

class QActionGroup;

namespace rostrum {

struct Meeting;

// View → Chimes: whether this console chimes at the warning and at zero, and how loud. Both are
// this console's own, kept in its settings for the next start: the console that drives the
// room's loudspeakers chimes, the staff's laptops beside it need not. Whether the meeting has
// chimes at all is the meeting's (Meeting::chimes), an act like any other setting, for every
// console that runs it; the menu shows it and asks for it, the chair window does it.
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
    QAction *meetingEntry() const { return m_meeting; }
    // The entry of a volume step, e.g. volumeEntry(50); null for a value that is not a step.
    QAction *volumeEntry(int percent) const;
    // No sound can come from this console: the menu says why, and its entries are greyed.
    void showUnavailable(const QString &message);
    // The meeting's own switch as the meeting has it; null meeting, or one that cannot be
    // changed here (read only), greys it.
    void showMeeting(const Meeting *meeting, bool changeable);

signals:
    void onChanged(bool on);
    void volumeChanged(int percent);
    // The chair asks to switch the meeting's chimes: an act, which the window does.
    void meetingChimesChosen(bool on);

private:
    QAction *m_on;
    QAction *m_meeting;
    QActionGroup *m_volumes;
    QAction *m_unavailable = nullptr;
};

} // namespace rostrum
