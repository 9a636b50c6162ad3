#include "delegationlistedit.h"

#include "inlinemessage.h"
#include "meeting/directory.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>

namespace rostrum {

DelegationListEdit::DelegationListEdit(const Directory &directory, QWidget *parent)
    : QWidget(parent), m_directory(directory), m_line(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_list(new QListWidget(this)), m_message(new InlineMessage(this)),
      m_suggestions(new QStringListModel(this)), m_completer(new QCompleter(m_suggestions, this))
{
    m_line->setPlaceholderText(tr("Type a delegation, e.g. Ghana, and press Enter"));
    m_line->setClearButtonEnabled(true);
    // The buttons are for the mouse: Enter in the line adds, Delete in the list removes, and
    // Tab goes on to the next field rather than through two buttons per list.
    m_add->setFocusPolicy(Qt::NoFocus);
    m_remove->setFocusPolicy(Qt::NoFocus);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_list->setToolTip(tr("Delete removes the chosen delegation"));

    m_completer->setWidget(m_line);
    // The directory ranks the matches itself (prefixes, words, then substrings, aliases too).
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(8);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);
    layout->addWidget(m_message, 2, 0, 1, 2);

    connect(m_line, &QLineEdit::textEdited, this, &DelegationListEdit::updateCompletions);
    // A click on a suggestion adds it.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                m_line->setText(name);
                m_chose = false;
                addTyped();
            });
    connect(m_add, &QPushButton::clicked, this, &DelegationListEdit::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &DelegationListEdit::removeCurrent);
    m_line->installEventFilter(this);
    m_list->installEventFilter(this);
    // After the completer's own filter, so that Enter on a suggestion adds the suggestion here
    // rather than reaching the dialog's OK button.
    m_completer->popup()->installEventFilter(this);
}

void DelegationListEdit::nameFor(const QString &what)
{
    m_line->setAccessibleName(tr("%1: type a delegation to add").arg(what));
    m_list->setAccessibleName(what);
    m_list->setAccessibleDescription(tr("Delete removes the chosen delegation"));
}

void DelegationListEdit::setNames(const QStringList &names)
{
    m_names.clear();
    for (const QString &name : names) {
        if (!m_names.contains(name))
            m_names.append(name);
    }
    showNames();
}

QString DelegationListEdit::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DelegationListEdit::showNames()
{
    m_list->clear();
    m_list->addItems(m_names);
    m_remove->setEnabled(!m_names.isEmpty());
}

void DelegationListEdit::updateCompletions(const QString &text)
{
    m_chose = false;
    const QString typed = text.trimmed();
    m_suggestions->setStringList(typed.isEmpty() ? QStringList() : m_directory.search(typed, 12));
    if (m_suggestions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    m_completer->complete();
}

bool DelegationListEdit::addTyped()
{
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible()) {
        const QModelIndex chosen = popup->currentIndex();
        if (chosen.isValid() && (m_chose || !m_directory.find(m_line->text().trimmed())))
            m_line->setText(chosen.data().toString());
        popup->hide();
    }
    m_chose = false;
    const QString typed = m_line->text().trimmed();
    if (typed.isEmpty())
        return false;
    QString name = typed;
    if (const auto found = m_directory.find(typed)) {
        name = found->name;
    } else if (typed != m_unknownOnce) {
        m_unknownOnce = typed;
        const QStringList near = m_directory.closest(typed, 3);
        m_message->showMessage(
            InlineMessage::Kind::Warning,
            near.isEmpty()
                ? tr("“%1” is not in the directory of delegations. Press Enter again to add it "
                     "as typed.")
                      .arg(typed)
                : tr("“%1” is not in the directory of delegations (did you mean %2?). Press "
                     "Enter again to add it as typed.")
                      .arg(typed, near.join(tr(", "))));
        return true;
    }
    m_unknownOnce.clear();
    if (m_names.contains(name)) {
        m_message->showError(tr("%1 is already in the list.").arg(name));
        m_line->selectAll();
        return true;
    }
    m_names.append(name);
    showNames();
    m_list->setCurrentRow(int(m_names.size()) - 1);
    m_message->dismiss();
    m_line->clear();
    return true;
}

void DelegationListEdit::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_names.size())
        return;
    m_names.removeAt(row);
    showNames();
    m_list->setCurrentRow(qMin(row, int(m_names.size()) - 1));
}

bool DelegationListEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_completer->popup()) {
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown)
            m_chose = true;
        return enter && addTyped();
    }
    // Enter in a line with a name adds it; on an empty line it is the dialog's, for OK.
    if (watched == m_line && enter)
        return addTyped();
    if (watched == m_list && key == Qt::Key_Delete) {
        removeCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rostrum
