// The settings dialog's rules of the list: the kind of meeting (a preset), the heading of the
// documents, the time limits, the warning, the absent rule and the order of the tiers.
#include "clock/timetext.h"
#include "meeting/meetingpreset.h"
#include "settingsdialog.h"
#include "tierorderedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace rostrum {

QWidget *SettingsDialog::buildTimePage()
{
    auto *page = new QWidget(this);
    m_defaultLimit = new QLineEdit(page);
    m_defaultLimit->setPlaceholderText(QStringLiteral("3:00"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Default time &limit:"), m_defaultLimit);
    for (const Category c : allCategories()) {
        auto *edit = new QLineEdit(page);
        edit->setPlaceholderText(tr("default"));
        m_limits.insert(c, edit);
        form->addRow(tr("%1:").arg(categoryName(c)), edit);
    }
    m_warning = new QSpinBox(page);
    m_warning->setRange(0, 600);
    m_warning->setSuffix(tr(" s"));
    form->addRow(tr("&Warning before the end:"), m_warning);
    m_absentRule = new QComboBox(page);
    for (const AbsentRule r : {AbsentRule::EndOfTier, AbsentRule::EndOfList, AbsentRule::Remove})
        m_absentRule->addItem(absentRuleName(r), int(r));
    form->addRow(tr("&Absent when called:"), m_absentRule);
    m_tiers = new TierOrderEdit(page);
    form->addRow(tr("&Tier order:"), m_tiers);
    return page;
}

void SettingsDialog::loadRules(const Meeting &m)
{
    m_heading->setText(m.heading);
    m_heading->setCursorPosition(0);
    m_defaultLimit->setText(formatMinSec(qint64(m.defaultLimitSeconds) * 1000));
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        const auto found = m.limitSeconds.constFind(it.key());
        it.value()->setText(
            found == m.limitSeconds.constEnd() ? QString() : formatMinSec(qint64(*found) * 1000));
    }
    m_warning->setValue(m.warningSeconds);
    m_absentRule->setCurrentIndex(m_absentRule->findData(int(m.absentRule)));
    m_tiers->setTiers(m.tierOrder);
    selectMatchingPreset(m);
}

void SettingsDialog::selectMatchingPreset(const Meeting &m)
{
    const QList<MeetingPreset> &presets = MeetingPreset::builtIn();
    int matching = -1;
    for (int i = 0; i < presets.size() && matching < 0; ++i) {
        if (presets[i].appliedTo(m) == m)
            matching = i;
    }
    m_preset->setCurrentIndex(matching);
    m_presetWhy->setText(matching < 0 ? QString() : presets[matching].shownWhy());
    m_presetWhy->setVisible(matching >= 0);
}

void SettingsDialog::applyPreset(int index)
{
    const QList<MeetingPreset> &presets = MeetingPreset::builtIn();
    if (index < 0 || index >= presets.size())
        return;
    // The rules as typed so far are replaced; the title, the schedule and the lists are kept.
    loadRules(presets[index].appliedTo(meeting(nullptr)));
    m_preset->setCurrentIndex(index);
    m_presetWhy->setText(presets[index].shownWhy());
    m_presetWhy->setVisible(true);
}

void SettingsDialog::readRules(Meeting &m, QString *error) const
{
    m.heading = m_heading->text().trimmed();
    auto seconds = [error](const QString &text, const QString &what) -> std::optional<int> {
        const auto ms = parseMinSecToMs(text);
        if (!ms || *ms <= 0) {
            if (error && error->isEmpty()) {
                *error = tr("“%1” is not a time limit for %2. Write minutes and seconds, such "
                            "as 3:00.")
                             .arg(text, what);
            }
            return std::nullopt;
        }
        return int(*ms / 1000);
    };
    if (const auto s = seconds(m_defaultLimit->text(), tr("every category")))
        m.defaultLimitSeconds = *s;
    m.limitSeconds.clear();
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        if (const auto s = seconds(text, categoryName(it.key())))
            m.limitSeconds.insert(it.key(), *s);
    }
    m.warningSeconds = m_warning->value();
    m.absentRule = AbsentRule(m_absentRule->currentData().toInt());
    m.tierOrder = m_tiers->tiers();
}

} // namespace rostrum
