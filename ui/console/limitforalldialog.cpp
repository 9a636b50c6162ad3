#include "limitforalldialog.h"

#include "clock/timetext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rostrum {

LimitForAllDialog::LimitForAllDialog(const QString &advice, int waiting, qint64 suggestedMs,
                                     QWidget *parent)
    : QDialog(parent), m_limit(new QLineEdit(formatMinSec(suggestedMs), this)),
      m_later(new QCheckBox(tr("Also for speakers &inscribed later"), this))
{
    setWindowTitle(tr("Time limit for all remaining speakers"));
    auto *layout = new QVBoxLayout(this);
    auto *words = new QLabel(advice, this);
    words->setWordWrap(true);
    layout->addWidget(words);
    auto *form = new QFormLayout;
    m_limit->setAccessibleName(tr("Time limit for every waiting speaker"));
    m_limit->selectAll();
    form->addRow(tr("&Limit for the %n waiting speaker(s) (minutes:seconds):", nullptr, waiting),
                 m_limit);
    layout->addLayout(form);
    // Checked: the limits of their categories change too, so the projection does not jump when
    // a delegation is inscribed afterwards.
    m_later->setChecked(true);
    m_later->setToolTip(tr("The limits of the waiting speakers' categories change too"));
    layout->addWidget(m_later);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

std::optional<qint64> LimitForAllDialog::limitMs(QString *why) const
{
    const auto ms = parseMinSecToMs(m_limit->text());
    if (!ms || *ms <= 0) {
        if (why)
            *why = tr("“%1” is not a time limit. Write minutes and seconds, such as 3:00.")
                       .arg(m_limit->text());
        return std::nullopt;
    }
    return ms;
}

bool LimitForAllDialog::laterInscriptionsToo() const
{
    return m_later->isChecked();
}

} // namespace rostrum
