// The settings dialog's page of the floor as the UN runs it (docs/RULES.md, rules 8 to 10): the
// limit of a point of order, how many replies a delegation may make and their limits, the
// changeover between speakers, and whether this meeting chimes.
#include "clock/timetext.h"
#include "list/procedurerules.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace rostrum {

QWidget *SettingsDialog::buildFloorPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_pointOfOrderLimit = new QLineEdit(page);
    m_pointOfOrderLimit->setObjectName(QStringLiteral("pointOfOrderLimit"));
    m_pointOfOrderLimit->setToolTip(
        tr("0:00 leaves a point of order untimed: its clock counts up"));
    form->addRow(tr("&Point of order, limit:"), m_pointOfOrderLimit);
    m_repliesAllowed = new QSpinBox(page);
    m_repliesAllowed->setRange(0, ProcedureRules::kMostRepliesAllowed);
    form->addRow(tr("&Rights of reply per delegation:"), m_repliesAllowed);
    m_replyFirst = new QLineEdit(page);
    form->addRow(tr("First reply, &limit:"), m_replyFirst);
    m_replySecond = new QLineEdit(page);
    form->addRow(tr("&Second and later replies, limit:"), m_replySecond);
    m_changeover = new QSpinBox(page);
    m_changeover->setRange(0, ProcedureRules::kLongestChangeoverSeconds);
    m_changeover->setSuffix(tr(" s"));
    m_changeover->setToolTip(tr("The time from one speaker's end to the next one's start, in "
                                "every projected time; the report measures it"));
    form->addRow(tr("&Changeover between speakers:"), m_changeover);
    m_chimes = new QCheckBox(tr("C&hime at the warning and at zero"), page);
    form->addRow(QString(), m_chimes);
    return page;
}

void SettingsDialog::loadFloor(const Meeting &m)
{
    m_pointOfOrderLimit->setText(formatMinSec(qint64(m.pointOfOrderLimitSeconds) * 1000));
    m_repliesAllowed->setValue(m.repliesAllowed);
    m_replyFirst->setText(formatMinSec(qint64(m.replyFirstSeconds) * 1000));
    m_replySecond->setText(formatMinSec(qint64(m.replySecondSeconds) * 1000));
    m_changeover->setValue(m.changeoverSeconds);
    m_chimes->setChecked(m.chimes);
}

void SettingsDialog::readFloor(Meeting &m, QString *error) const
{
    auto seconds = [error](const QLineEdit *edit, const QString &what, bool zeroAllowed) {
        const auto ms = parseMinSecToMs(edit->text().trimmed());
        if (!ms || *ms < 0 || (*ms == 0 && !zeroAllowed)) {
            if (error && error->isEmpty())
                *error = tr("“%1” is not a time limit for %2. Write minutes and seconds, such "
                            "as 3:00.")
                             .arg(edit->text(), what);
            return std::optional<int>();
        }
        return std::optional<int>(int(*ms / 1000));
    };
    if (const auto s = seconds(m_pointOfOrderLimit, tr("a point of order"), true))
        m.pointOfOrderLimitSeconds = *s;
    m.repliesAllowed = m_repliesAllowed->value();
    if (const auto s = seconds(m_replyFirst, tr("the first reply"), false))
        m.replyFirstSeconds = *s;
    if (const auto s = seconds(m_replySecond, tr("the second reply"), false))
        m.replySecondSeconds = *s;
    m.changeoverSeconds = m_changeover->value();
    m.chimes = m_chimes->isChecked();
}

} // namespace rostrum
