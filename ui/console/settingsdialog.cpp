#include "settingsdialog.h"

#include "briefersedit.h"
#include "clock/timetext.h"
#include "delegationlistedit.h"
#include "inlinemessage.h"
#include "meeting/directory.h"
#include "meeting/meetingpreset.h"
#include "meeting/systemzone.h"
#include "meeting/zonetime.h"
#include "tierorderedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    tabs->setAccessibleName(tr("Pages of the meeting's settings"));
    tabs->addTab(buildMeetingPage(), tr("&Meeting"));
    m_delegationsPage = buildDelegationsPage();
    tabs->addTab(m_delegationsPage, tr("&Delegations"));
    tabs->addTab(buildTimePage(), tr("Time and &order"));
    tabs->addTab(buildFloorPage(), tr("&Floor"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load(meeting);
    setMinimumWidth(600);
    // The title is what a chair types first, in a new meeting as in an old one.
    m_title->setFocus(Qt::OtherFocusReason);
}

QWidget *SettingsDialog::buildMeetingPage()
{
    auto *page = new QWidget(this);
    m_preset = new QComboBox(page);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->setPlaceholderText(tr("Choose one to fill the heading, the order and the limits"));
    for (const MeetingPreset &p : MeetingPreset::builtIn())
        m_preset->addItem(p.shownName(), p.key);
    m_presetWhy = new QLabel(page);
    m_presetWhy->setWordWrap(true);
    m_presetWhy->setForegroundRole(QPalette::PlaceholderText);
    connect(m_preset, &QComboBox::activated, this, &SettingsDialog::applyPreset);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_heading = new QLineEdit(page);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setPlaceholderText(tr("The line above the title of every document; empty: none"));
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
    m_deadline->setAccessibleName(tr("Deadline for inscriptions"));
    m_deadlineOffset = new QComboBox(page);
    m_deadlineOffset->setObjectName(QStringLiteral("deadlineOffset"));
    m_deadlineOffset->setAccessibleName(
        tr("Which of the two moments of the deadline, in an hour the clocks repeat"));
    m_deadlineOffset->setPlaceholderText(tr("Which one?"));
    m_deadlineOffset->setVisible(false);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_deadline, &QDateTimeEdit::dateTimeChanged, this,
            &SettingsDialog::updateDeadlineOffsets);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SettingsDialog::updateDeadlineOffsets);
    // A deadline still at its default follows the meeting's day: 16:00 the day before.
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        const QDateTime untouched(m_deadlineFollows.addDays(-1), QTime(16, 0));
        if (m_deadlineFollows.isValid() && m_deadline->dateTime() == untouched)
            m_deadline->setDateTime(QDateTime(date.addDays(-1), QTime(16, 0)));
        m_deadlineFollows =
            m_deadline->dateTime() == QDateTime(date.addDays(-1), QTime(16, 0)) ? date : QDate();
    });

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Kind of meeting:"), m_preset);
    form->addRow(QString(), m_presetWhy);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Document &heading:"), m_heading);
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
    const Directory &directory = Directory::builtIn();
    m_organizers = new DelegationListEdit(directory, page);
    m_cosponsors = new DelegationListEdit(directory, page);
    m_council = new DelegationListEdit(directory, page);
    m_organizers->setObjectName(QStringLiteral("organizers"));
    m_cosponsors->setObjectName(QStringLiteral("cosponsors"));
    m_council->setObjectName(QStringLiteral("council"));
    auto *hint = new QLabel(tr("Type a few letters and choose from the directory. These lists "
                               "decide the category inferred for a new inscription."),
                            page);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(hint);
    struct Row
    {
        QString label;
        QString spoken; // what a screen reader calls the list
        DelegationListEdit *edit;
    };
    const Row rows[] = {
        {tr("O&rganizers:"), tr("Organizers"), m_organizers},
        {tr("&Co-sponsors:"), tr("Co-sponsors"), m_cosponsors},
        {tr("Cou&ncil members:"), tr("Council members"), m_council},
    };
    for (const Row &row : rows) {
        auto *name = new QLabel(row.label, page);
        name->setBuddy(row.edit->lineEdit());
        row.edit->nameFor(row.spoken);
        form->addRow(name, row.edit);
    }
    return page;
}

void SettingsDialog::offerBriefers()
{
    if (m_briefers)
        return;
    auto *group =
        new QGroupBox(tr("&Briefers, inscribed when the meeting is made"), m_delegationsPage);
    m_briefers = new BriefersEdit(group);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_briefers);
    static_cast<QFormLayout *>(m_delegationsPage->layout())->addRow(group);
    // Made after the dialog's buttons, the fields would come after them in the Tab order; they
    // come after the council's list, where they stand on the page.
    QWidget *previous = m_council->listWidget();
    for (QWidget *field : {static_cast<QWidget *>(m_briefers->nameEdit()),
                           static_cast<QWidget *>(m_briefers->titleEdit()),
                           static_cast<QWidget *>(m_briefers->organizationEdit()),
                           static_cast<QWidget *>(m_briefers->listWidget())}) {
        setTabOrder(previous, field);
        previous = field;
    }
}

QVector<EntryDraft> SettingsDialog::briefers() const
{
    return m_briefers ? m_briefers->drafts() : QVector<EntryDraft>();
}

void SettingsDialog::load(const Meeting &m)
{
    m_title->setText(m.title);
    // Selected for retyping, with its beginning in view.
    m_title->setSelection(int(m.title.size()), -int(m.title.size()));
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
    const QDateTime eve(m_date->date().addDays(-1), QTime(16, 0));
    m_deadline->setDateTime(m.deadline.isValid() ? QDateTime(local.date(), local.time()) : eve);
    m_deadlineFollows = m_deadline->dateTime() == eve ? m_date->date() : QDate();
    m_organizers->setNames(m.organizers);
    m_cosponsors->setNames(m.cosponsors);
    m_council->setNames(m.council);
    loadRules(m);
    loadFloor(m);
    updateDeadlineOffsets();
    if (m.timeZoneId.isEmpty())
        m_error->showError(tr("This computer's time zone has no IANA name (it is a rule such as "
                              "TZ=UTC+3). Choose the meeting's time zone, such as Europe/Zurich "
                              "or America/New_York."));
}

QDateTime SettingsDialog::defaultDeadline(const QDate &date, const QString &timeZoneId)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    return QDateTime(date.addDays(-1), QTime(16, 0), zone.isValid() ? zone : QTimeZone::utc());
}

Meeting SettingsDialog::newMeetingDefaults(qint64 nowUtcMs)
{
    Meeting blank;
    blank.timeZoneId = SystemZone::ianaId();
    const QTimeZone zone(blank.timeZoneId.toUtf8());
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(nowUtcMs, zone.isValid() ? zone : QTimeZone::utc());
    // Tomorrow, so that inscriptions can still come in; the day after when today's 16:00, the
    // deadline of a meeting tomorrow, has already passed.
    blank.date = now.date().addDays(now.time() < QTime(16, 0) ? 1 : 2);
    blank.scheduledStart = QTime(10, 0);
    blank.scheduledEnd = QTime(13, 0);
    blank.deadline = defaultDeadline(blank.date, blank.timeZoneId);
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
    m.organizers = m_organizers->names();
    m.cosponsors = m_cosponsors->names();
    m.council = m_council->names();

    readRules(m, error);
    readFloor(m, error);
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
