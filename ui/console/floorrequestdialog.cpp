#include "floorrequestdialog.h"

#include "meeting/directory.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rostrum {

FloorRequestDialog::FloorRequestDialog(const QString &title, const QString &explanation,
                                       const Directory &directory, QWidget *parent)
    : QDialog(parent), m_delegation(new QLineEdit(this)), m_speaker(new QLineEdit(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *words = new QLabel(explanation, this);
    words->setWordWrap(true);
    layout->addWidget(words);

    QStringList names;
    for (const Directory::Delegation &d : directory.all())
        names.append(d.name);
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_delegation->setCompleter(completer);
    m_delegation->setAccessibleName(tr("Delegation"));
    m_speaker->setAccessibleName(tr("Speaker"));
    m_speaker->setPlaceholderText(tr("optional"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Delegation:"), m_delegation);
    form->addRow(tr("&Speaker:"), m_speaker);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    // Nothing to do without a delegation: the button waits for one.
    connect(m_delegation, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(420, sizeHint().width()), sizeHint().height());
}

EntryDraft FloorRequestDialog::draft() const
{
    EntryDraft d;
    d.delegation = m_delegation->text().trimmed();
    d.speaker = m_speaker->text().trimmed();
    return d;
}

} // namespace rostrum
