#include "entrydialog.h"

#include "clock/timetext.h"
#include "inlinemessage.h"
#include "session/meetingsession.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rostrum {

namespace {
QStringList directoryNames(const Directory &directory)
{
    QStringList names;
    for (const Directory::Delegation &d : directory.all())
        names.append(d.name);
    return names;
}

bool sameFields(const EntryDraft &d, const Entry &e)
{
    return d.delegation == e.delegation && d.speaker == e.speaker && d.title == e.title &&
           d.level == e.level && d.category == e.category && d.onBehalfOf == e.onBehalfOf &&
           (d.onBehalfOf.isEmpty() || d.groupSize == e.groupSize) && d.language == e.language &&
           (d.allottedMs == 0 || d.allottedMs == e.allottedMs) && d.notes == e.notes;
}
} // namespace

EntryDialog::EntryDialog(MeetingSession *session, qint64 entryId, QWidget *parent)
    : QDialog(parent), m_session(session), m_entryId(entryId), m_delegation(new QLineEdit(this)),
      m_speaker(new QLineEdit(this)), m_title(new QLineEdit(this)), m_level(new QComboBox(this)),
      m_category(new QComboBox(this)), m_onBehalfOf(new QLineEdit(this)),
      m_groupSize(new QSpinBox(this)), m_language(new QComboBox(this)),
      m_limit(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_error(new InlineMessage(this))
{
    auto *completer = new QCompleter(directoryNames(session->list().directory()), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_delegation->setCompleter(completer);

    for (const Level l : allLevels())
        m_level->addItem(levelName(l), int(l));
    m_category->addItem(tr("Automatic (from the meeting's lists)"));
    for (const Category c : allCategories())
        m_category->addItem(categoryName(c), int(c));
    for (const QString &code : unLanguages())
        m_language->addItem(languageName(code), code);
    m_groupSize->setRange(0, 250);
    m_groupSize->setSpecialValueText(tr("—"));
    m_groupSize->setToolTip(tr("How many delegations the statement is made for; two or more "
                               "give the priority of a group statement."));
    m_onBehalfOf->setPlaceholderText(tr("Empty for a national statement"));
    m_limit->setPlaceholderText(tr("M:SS, empty for the category's limit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Delegation:"), m_delegation);
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("On &behalf of:"), m_onBehalfOf);
    form->addRow(tr("&Group size:"), m_groupSize);
    form->addRow(tr("Lang&uage:"), m_language);
    form->addRow(tr("Time li&mit:"), m_limit);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (const Entry *e = m_entryId ? session->list().find(m_entryId) : nullptr) {
        setWindowTitle(tr("Edit %1").arg(SpeakersList::describe(*e)));
        load(EntryDraft::fromEntry(*e));
    } else {
        m_entryId = 0;
        setWindowTitle(tr("New inscription"));
        EntryDraft blank;
        blank.level = Level::PermanentRepresentative;
        load(blank);
        m_category->setCurrentIndex(0);
    }
    setMinimumWidth(520);
}

void EntryDialog::load(const EntryDraft &d)
{
    m_delegation->setText(d.delegation);
    m_speaker->setText(d.speaker);
    m_title->setText(d.title);
    m_level->setCurrentIndex(m_level->findData(int(d.level)));
    m_category->setCurrentIndex(d.category ? m_category->findData(int(*d.category)) : 0);
    m_onBehalfOf->setText(d.onBehalfOf);
    m_groupSize->setValue(d.groupSize);
    m_language->setCurrentIndex(std::max(0, m_language->findData(d.language)));
    m_limit->setText(d.allottedMs > 0 ? formatMinSec(d.allottedMs) : QString());
    m_notes->setPlainText(d.notes);
    m_inscribedAtMs = d.inscribedAtMs;
}

EntryDraft EntryDialog::draft(QString *error) const
{
    EntryDraft d;
    d.delegation = m_delegation->text().trimmed();
    d.speaker = m_speaker->text().trimmed();
    d.title = m_title->text().trimmed();
    d.level = Level(m_level->currentData().toInt());
    if (m_category->currentIndex() > 0)
        d.category = Category(m_category->currentData().toInt());
    d.onBehalfOf = m_onBehalfOf->text().trimmed();
    d.groupSize = m_groupSize->value();
    d.language = m_language->currentData().toString();
    d.inscribedAtMs = m_inscribedAtMs;
    d.notes = m_notes->toPlainText().trimmed();
    const QString limit = m_limit->text().trimmed();
    if (!limit.isEmpty()) {
        const auto ms = parseMinSecToMs(limit);
        if (!ms || *ms <= 0) {
            if (error) {
                *error = tr("“%1” is not a time limit. Write minutes and seconds, such as 3:00.")
                             .arg(limit);
            }
        } else {
            d.allottedMs = *ms;
        }
    }
    return d;
}

QString EntryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EntryDialog::accept()
{
    QString error;
    const EntryDraft d = draft(&error);
    if (!error.isEmpty()) {
        m_error->showError(error);
        m_limit->setFocus();
        return;
    }
    const Entry *e = m_entryId ? m_session->list().find(m_entryId) : nullptr;
    if (m_entryId && !e) {
        m_error->showError(tr("This inscription is no longer on the list; it was removed "
                              "meanwhile."));
        return;
    }
    if (e && sameFields(d, *e)) {
        QDialog::accept();
        return;
    }
    const MeetingSession::Result r = e ? m_session->edit(m_entryId, d) : m_session->add(d);
    if (!r.ok) {
        m_error->showError(r.error);
        return;
    }
    m_entryId = r.entryId;
    QDialog::accept();
}

} // namespace rostrum
