#include "chimemenu.h"

#include "chimeplayer.h"
#include "meeting/meeting.h"
#include "settingskeys.h"

#include <QActionGroup>
#include <QSettings>
#include <algorithm>

namespace rostrum {

ChimeMenu::ChimeMenu(QWidget *parent)
    : QMenu(tr("&Chimes"), parent),
      m_on(addAction(tr("At the &warning and at zero, on this console"))),
      m_volumes(new QActionGroup(this))
{
    m_on->setCheckable(true);
    m_on->setChecked(savedOn());
    m_on->setStatusTip(tr("Chime on this console when the speaker reaches the warning and when "
                          "their time is up"));
    connect(m_on, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(SettingsKeys::chimesOn(), on);
        emit onChanged(on);
    });

    m_meeting = addAction(tr("In this &meeting, at every console"));
    m_meeting->setCheckable(true);
    m_meeting->setEnabled(false);
    m_meeting->setStatusTip(tr("Whether this meeting chimes at all, at every console that runs "
                               "it; saved in the meeting file, and undone like any act"));
    // Triggered, not toggled: the check mark follows the meeting, whoever changed it.
    connect(m_meeting, &QAction::triggered, this,
            [this](bool on) { emit meetingChimesChosen(on); });

    addSection(tr("Volume"));
    const int saved = savedVolumePercent();
    for (const int percent : volumeSteps()) {
        // The figure is its own mnemonic: 2, 5, 7 and 1 are free in this menu.
        QAction *a = addAction(tr("&%1 %").arg(percent));
        a->setCheckable(true);
        a->setChecked(percent == saved);
        a->setData(percent);
        m_volumes->addAction(a);
    }
    connect(m_volumes, &QActionGroup::triggered, this, [this](QAction *a) {
        const int percent = a->data().toInt();
        QSettings().setValue(SettingsKeys::chimesVolume(), percent);
        emit volumeChanged(percent);
    });
}

bool ChimeMenu::savedOn()
{
    return QSettings().value(SettingsKeys::chimesOn(), true).toBool();
}

int ChimeMenu::savedVolumePercent()
{
    bool ok = false;
    const int percent = QSettings()
                            .value(SettingsKeys::chimesVolume(), ChimePlayer::kDefaultVolumePercent)
                            .toInt(&ok);
    return ok ? std::clamp(percent, 0, 100) : ChimePlayer::kDefaultVolumePercent;
}

QAction *ChimeMenu::volumeEntry(int percent) const
{
    for (QAction *a : m_volumes->actions()) {
        if (a->data().toInt() == percent)
            return a;
    }
    return nullptr;
}

void ChimeMenu::showUnavailable(const QString &message)
{
    if (!m_unavailable) {
        m_unavailable = new QAction(this);
        m_unavailable->setEnabled(false);
        insertAction(m_on, m_unavailable);
    }
    m_unavailable->setText(message);
    m_on->setEnabled(false);
    m_volumes->setEnabled(false);
}

void ChimeMenu::showMeeting(const Meeting *meeting, bool changeable)
{
    m_meeting->setChecked(meeting && chimesWanted(*meeting));
    m_meeting->setEnabled(meeting && changeable);
}

} // namespace rostrum
