#include "inscriptionline.h"

#include "inlinemessage.h"
#include "session/meetingsession.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>

namespace rostrum {

InscriptionLine::InscriptionLine(MeetingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_delegation(new QLineEdit(this)),
      m_speaker(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_inscribe(new QPushButton(tr("Inscribe"), this)), m_message(new InlineMessage(this)),
      m_names(new QStringListModel(this)), m_completer(new QCompleter(m_names, this))
{
    auto *label = new QLabel(tr("&Inscribe:"), this);
    label->setBuddy(m_delegation);
    m_delegation->setObjectName(QStringLiteral("inscriptionDelegation"));
    m_delegation->setPlaceholderText(tr("Delegation, e.g. Latvia (Enter inscribes)"));
    m_delegation->setClearButtonEnabled(true);
    m_speaker->setObjectName(QStringLiteral("inscriptionSpeaker"));
    m_speaker->setPlaceholderText(tr("Speaker (optional)"));
    m_speaker->setAccessibleName(tr("Speaker's name, optional"));
    m_speaker->setClearButtonEnabled(true);

    m_category->addItem(tr("Category: automatic"));
    for (const Category c : allCategories())
        m_category->addItem(categoryName(c), int(c));
    m_category->setToolTip(tr("Leave on automatic for States; choose Briefer or Other for "
                              "speakers who are not in the directory of delegations."));

    m_completer->setWidget(m_delegation);
    // The directory ranks the matches itself (prefixes, words, then substrings, aliases too).
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);

    auto *layout = new QGridLayout(this);
    // A little room on the side of the splitter between the columns: right to left, its handle
    // reaches a few pixels over the edge, onto the label that starts the line.
    const int clear = style()->pixelMetric(QStyle::PM_SplitterWidth, nullptr, this);
    if (layoutDirection() == Qt::RightToLeft)
        layout->setContentsMargins(0, 0, clear, 0); // the right edge is the label's, here
    else
        layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_delegation, 0, 1);
    layout->addWidget(m_speaker, 0, 2);
    layout->addWidget(m_category, 0, 3);
    layout->addWidget(m_inscribe, 0, 4);
    layout->addWidget(m_message, 1, 0, 1, 5);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 2);

    connect(m_delegation, &QLineEdit::textEdited, this, &InscriptionLine::updateCompletions);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), m_delegation,
            &QLineEdit::setText);
    connect(m_delegation, &QLineEdit::returnPressed, this, &InscriptionLine::submit);
    connect(m_speaker, &QLineEdit::returnPressed, this, &InscriptionLine::submit);
    connect(m_inscribe, &QPushButton::clicked, this, &InscriptionLine::submit);
    m_delegation->installEventFilter(this);
    m_speaker->installEventFilter(this);
    // Installed after the completer's own filter, so it sees Enter first: QCompleter would pass
    // Enter to the line (which inscribes and clears) and then write the suggestion back into
    // the emptied line, leaving a name there that a second Enter would refuse as a duplicate.
    m_completer->popup()->installEventFilter(this);
}

void InscriptionLine::focusDelegation()
{
    m_delegation->setFocus(Qt::ShortcutFocusReason);
    m_delegation->selectAll();
}

void InscriptionLine::clearRefusal()
{
    if (!m_message->isHidden() && m_message->kind() == InlineMessage::Kind::Error)
        m_message->dismiss();
}

void InscriptionLine::updateCompletions(const QString &text)
{
    const QString typed = text.trimmed();
    m_chose = false;
    m_names->setStringList(typed.isEmpty() ? QStringList()
                                           : m_session->list().directory().search(typed, 12));
    if (m_names->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    m_completer->complete();
}

void InscriptionLine::submit()
{
    // Enter on a highlighted suggestion takes the suggestion, whatever the order in which the
    // popup and the line edit see the key.
    QAbstractItemView *popup = m_completer->popup();
    // A name or alias typed whole ("UK") is meant as typed, even when the highlight rests on
    // another name that begins with the same letters ("Ukraine").
    if (popup->isVisible()) {
        const QModelIndex chosen = popup->currentIndex();
        const bool typedWhole =
            m_session->list().directory().find(m_delegation->text().trimmed()).has_value();
        if (chosen.isValid() && (m_chose || !typedWhole))
            m_delegation->setText(chosen.data().toString());
        popup->hide();
    }
    m_chose = false;

    EntryDraft draft;
    draft.delegation = m_delegation->text().trimmed();
    draft.speaker = m_speaker->text().trimmed();
    if (m_category->currentIndex() > 0)
        draft.category = Category(m_category->currentData().toInt());

    const MeetingSession::Result r = m_session->add(draft);
    if (!r.ok) {
        m_message->showError(r.error);
        m_delegation->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Entry *e = m_session->list().find(r.entryId);
    const int position = m_session->list().positionOf(r.entryId);
    if (e) {
        m_message->showInfo(
            e->late ? tr("%1 inscribed at no. %2, marked late.")
                          .arg(SpeakersList::describe(*e))
                          .arg(position)
                    : tr("%1 inscribed at no. %2.").arg(SpeakersList::describe(*e)).arg(position),
            8000);
    }
    m_delegation->clear();
    m_speaker->clear();
    m_category->setCurrentIndex(0);
    emit inscribed(r.entryId);
}

bool InscriptionLine::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            submit(); // takes the highlighted suggestion, if any
            return true;
        }
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown)
            m_chose = true;
        return false;
    }
    // Escape empties the line and the message: a quick way back to a clean slate. On a line
    // already empty it gives the keyboard back to the list, where Space, N and A work again:
    // while the line has the focus those keys type, and the chair must not have to reach for
    // the mouse to get them back.
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        !m_completer->popup()->isVisible() && (watched == m_delegation || watched == m_speaker)) {
        if (m_delegation->text().isEmpty() && m_speaker->text().isEmpty()) {
            m_message->dismiss();
            emit leaveRequested();
            return true;
        }
        m_delegation->clear();
        m_speaker->clear();
        m_message->dismiss();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rostrum
