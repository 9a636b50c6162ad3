#include "settingsdialog.h"

#include "clock/timetext.h"
#include "inlinemessage.h"
#include "meeting/systemzone.h"
#include "meeting/zonetime.h"
#include "tierorderedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rostrum {

SettingsDialog::SettingsDialog(const Meeting &meeting, QWidget *parent)
    : QDialog(parent), m_original(meeting), m_error(new InlineMessage(this))
{
    setWindowTitle(tr("Meeting settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildMeetingPage(), tr("&Meeting"));
    tabs->addTab(buildDelegationsPage(), tr("&Delegations"));
    tabs->addTab(buildTimePage(), tr("Time and &order"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load(meeting);
    setMinimumWidth(600);
}

QWidget *SettingsDialog::buildMeetingPage()
{
    auto *page = new QWidget(this);
    m_title = new QLineEdit(page);
    m_venue = new QLineEdit(page);
    m_date = new QDateEdit(page);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_start = new QTimeEdit(page);
    m_end = new QTimeEdit(page);
    m_start->setDisplayFormat(QStringLiteral("HH:mm:ss"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm:ss"));
    m_zone = new QComboBox(page);
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_hasDeadline = new QCheckBox(tr("Inscriptions after this are marked late:"), page);
    m_deadline = new QDateTimeEdit(page);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("d MMMM yyyy HH:mm:ss"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadlineOffset = new QComboBox(page);
    m_deadlineOffset->setObjectName(QStringLiteral("deadlineOffset"));
    m_deadlineOffset->setPlaceholderText(tr("Which one?"));
    m_deadlineOffset->setVisible(false);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_deadline, &QDateTimeEdit::dateTimeChanged, this,
            &SettingsDialog::updateDeadlineOffsets);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SettingsDialog::updateDeadlineOffsets);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("&Ends at:"), m_end);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("Dead&line:"), m_hasDeadline);
    form->addRow(QString(), m_deadline);
    form->addRow(QString(), m_deadlineOffset);
    return page;
}

QWidget *SettingsDialog::buildDelegationsPage()
{
    auto *page = new QWidget(this);
    m_organizers = new QLineEdit(page);
    m_cosponsors = new QLineEdit(page);
    m_council = new QLineEdit(page);
    auto *hint = new QLabel(tr("Separate names with commas or semicolons. These lists decide the "
                               "category inferred for a new inscription."),
                            page);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(hint);
    form->addRow(tr("&Organizers:"), m_organizers);
    form->addRow(tr("&Co-sponsors:"), m_cosponsors);
    form->addRow(tr("Council &members:"), m_council);
    return page;
}

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

void SettingsDialog::load(const Meeting &m)
{
    m_title->setText(m.title);
    m_title->setCursorPosition(0);
    m_venue->setText(m.venue);
    m_date->setDate(m.date.isValid() ? m.date : QDate::currentDate());
    m_start->setTime(m.scheduledStart);
    m_end->setTime(m.scheduledEnd);
    m_zone->setCurrentText(m.timeZoneId);
    m_hasDeadline->setChecked(m.deadline.isValid());
    m_deadline->setEnabled(m.deadline.isValid());
    // The editor shows the deadline as the meeting's clocks read it, whatever this computer's
    // zone is.
    const QDateTime local = m.deadline.toTimeZone(QTimeZone(m.timeZoneId.toUtf8()));
    m_deadline->setDateTime(m.deadline.isValid()
                                ? QDateTime(local.date(), local.time())
                                : QDateTime(m_date->date().addDays(-2), QTime(16, 0)));
    m_organizers->setText(m.organizers.join(QStringLiteral("; ")));
    m_cosponsors->setText(m.cosponsors.join(QStringLiteral("; ")));
    m_council->setText(m.council.join(QStringLiteral("; ")));
    m_defaultLimit->setText(formatMinSec(qint64(m.defaultLimitSeconds) * 1000));
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        const auto found = m.limitSeconds.constFind(it.key());
        it.value()->setText(
            found == m.limitSeconds.constEnd() ? QString() : formatMinSec(qint64(*found) * 1000));
    }
    m_warning->setValue(m.warningSeconds);
    m_absentRule->setCurrentIndex(m_absentRule->findData(int(m.absentRule)));
    m_tiers->setTiers(m.tierOrder);
    updateDeadlineOffsets();
    if (m.timeZoneId.isEmpty())
        m_error->showError(tr("This computer's time zone has no IANA name (it is a rule such as "
                              "TZ=UTC+3). Choose the meeting's time zone, such as Europe/Zurich "
                              "or America/New_York."));
}

Meeting SettingsDialog::newMeetingDefaults(const QDate &today)
{
    Meeting blank;
    blank.date = today;
    blank.scheduledStart = QTime(10, 0);
    blank.scheduledEnd = QTime(13, 0);
    blank.timeZoneId = SystemZone::ianaId();
    return blank;
}

void SettingsDialog::updateDeadlineOffsets()
{
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    const QList<qint64> instants =
        ZoneTime::instantsOf(m_deadline->date(), m_deadline->time(), zone);
    const bool twice = instants.size() > 1;
    QList<qint64> offered;
    for (int i = 0; i < m_deadlineOffset->count(); ++i)
        offered.append(m_deadlineOffset->itemData(i).toLongLong());
    if (offered != instants || !twice) {
        m_deadlineOffset->clear();
        if (twice) {
            const QString time = ZoneTime::clockText(m_deadline->time());
            for (const qint64 at : instants) {
                const int offset =
                    zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()));
                m_deadlineOffset->addItem(time + ZoneTime::offsetText(offset), at);
            }
            // The deadline as it was, when it is one of the two; otherwise the chair says which.
            m_deadlineOffset->setCurrentIndex(int(instants.indexOf(
                m_original.deadline.isValid() ? m_original.deadlineUtcMs() : qint64(-1))));
        }
    }
    m_deadlineOffset->setVisible(twice);
}

std::optional<QDateTime> SettingsDialog::typedDeadline(QString *error) const
{
    const QString zoneId = m_zone->currentText().trimmed();
    const QTimeZone zone(zoneId.toUtf8());
    std::optional<int> offset;
    if (m_deadlineOffset->isVisibleTo(this) && m_deadlineOffset->currentIndex() >= 0) {
        const qint64 at = m_deadlineOffset->currentData().toLongLong();
        offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()));
    }
    QString why;
    const auto ms = ZoneTime::resolve(m_deadline->date(), m_deadline->time(), offset,
                                      zone.isValid() ? zoneId : QStringLiteral("UTC"), &why);
    if (!ms) {
        if (error && error->isEmpty())
            *error = tr("Deadline: %1.").arg(why);
        return std::nullopt;
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, zone.isValid() ? zone : QTimeZone::utc());
}

QStringList SettingsDialog::splitNames(const QString &text)
{
    const QChar separator = text.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    QStringList names;
    for (const QString &part : text.split(separator)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

Meeting SettingsDialog::meeting(QString *error) const
{
    Meeting m = m_original;
    m.title = m_title->text().trimmed();
    m.venue = m_venue->text().trimmed();
    m.date = m_date->date();
    m.scheduledStart = m_start->time();
    m.scheduledEnd = m_end->time();
    m.timeZoneId = m_zone->currentText().trimmed();
    if (m.timeZoneId.isEmpty() && error && error->isEmpty())
        *error = tr("Choose the meeting's time zone, such as Europe/Zurich or America/New_York.");
    m.deadline = QDateTime();
    if (m_hasDeadline->isChecked()) {
        if (const auto deadline = typedDeadline(error))
            m.deadline = *deadline;
    }
    m.organizers = splitNames(m_organizers->text());
    m.cosponsors = splitNames(m_cosponsors->text());
    m.council = splitNames(m_council->text());

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
    return m;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    QString error;
    const Meeting m = meeting(&error);
    if (error.isEmpty() && m_apply)
        error = m_apply(m);
    if (!error.isEmpty()) {
        m_error->showError(error);
        return;
    }
    QDialog::accept();
}

} // namespace rostrum
