#include "typingguard.h"

#include "clock/clock.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <algorithm>

namespace rostrum {

namespace {
// A key that writes a character: no Ctrl, Alt or Meta (Shift and the keypad write), and a
// printable text (Space, a letter, + or -; not Escape, Enter, Tab or Backspace).
bool writesText(const QKeyEvent &key)
{
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (key.modifiers() & chord)
        return false;
    const QString text = key.text();
    return !text.isEmpty() && text.at(0).isPrint();
}

// A control whose keys are its own (a letter picks an item of a combo box, Space presses a
// button): it keeps them, and while someone types an act key is its key too.
bool keepsItsKeys(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractButton *>(w) ||
           qobject_cast<const QAbstractSlider *>(w);
}
} // namespace

TypingGuard::TypingGuard(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) {}

bool TypingGuard::takesTyping(const QWidget *w)
{
    if (!w || !w->isEnabled())
        return false;
    if (const auto *line = qobject_cast<const QLineEdit *>(w))
        return !line->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        return !spin->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(w))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return !plain->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->isEditable();
    return false;
}

void TypingGuard::addChairWindow(QWidget *window)
{
    if (window && !m_windows.contains(window))
        m_windows.append(window);
}

void TypingGuard::setTypingTarget(std::function<QLineEdit *()> target)
{
    m_target = std::move(target);
}

void TypingGuard::setActKeys(const QList<QAction *> &actions)
{
    m_acts.clear();
    for (QAction *a : actions)
        m_acts.append(a);
}

void TypingGuard::endTyping()
{
    m_typedOnce = false;
}

bool TypingGuard::typing() const
{
    return m_typedOnce && m_clock.monotonicMs() - m_lastTypedMs < kTypingPauseMs;
}

bool TypingGuard::inChairWindow(const QWidget *widget) const
{
    const QWidget *window = widget->window();
    return std::any_of(m_windows.cbegin(), m_windows.cend(),
                       [window](const QPointer<QWidget> &w) { return w == window; });
}

QAction *TypingGuard::actFor(const QKeyEvent &key) const
{
    // By the key alone: "+" arrives with Shift on most keyboards and from the keypad too.
    for (const QPointer<QAction> &a : m_acts) {
        if (!a)
            continue;
        for (const QKeySequence &shortcut : a->shortcuts()) {
            if (shortcut.count() == 1 && shortcut[0].key() == key.key())
                return a;
        }
    }
    return nullptr;
}

void TypingGuard::writeToInscription(const QKeyEvent &key)
{
    QLineEdit *line = m_target ? m_target() : nullptr;
    if (!line)
        return;
    // The same key again, now aimed at the line: it types, and the directory's suggestions
    // open as they would for a key typed there.
    QKeyEvent again(QEvent::KeyPress, key.key(), key.modifiers(), key.text(), false,
                    quint16(key.count()));
    QApplication::sendEvent(line, &again);
}

bool TypingGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !writesText(*key))
        return false;

    if (takesTyping(widget)) {
        if (type == QEvent::ShortcutOverride) {
            // The text field takes the key: no act fires.
            key->accept();
            return true;
        }
        if (inChairWindow(widget)) {
            m_lastTypedMs = m_clock.monotonicMs();
            m_typedOnce = true;
        }
        return false;
    }
    if (!inChairWindow(widget))
        return false; // a dialog's check box or list: its keys are its own

    if (keepsItsKeys(widget)) {
        if (type == QEvent::ShortcutOverride && (key->isAutoRepeat() || typing())) {
            key->accept();
            return true;
        }
        return false;
    }
    if (type == QEvent::ShortcutOverride) {
        // Claimed, no act fires, and the key comes back as a KeyPress to write or to drop.
        // Unclaimed, an act key acts; any other key comes back as a KeyPress to write.
        if (key->isAutoRepeat() || typing()) {
            key->accept();
            return true;
        }
        if (QAction *act = actFor(*key); act && act->isEnabled()) {
            m_lastAct = act;
            m_lastActText = key->text();
            m_lastActMs = m_clock.monotonicMs();
        }
        return false;
    }
    if (key->isAutoRepeat())
        return true; // a held key: its first press did what it does
    const bool wasTyping = typing();
    QAction *notDone = wasTyping ? actFor(*key) : nullptr;
    writeToInscription(*key);
    if (notDone)
        emit actKeyTyped(key->text(), notDone->text().remove(QLatin1Char('&')));
    else if (!wasTyping && m_lastAct && m_clock.monotonicMs() - m_lastActMs < kTypingPauseMs)
        emit actKeyBeforeTyping(m_lastActText, m_lastAct->text().remove(QLatin1Char('&')));
    m_lastAct = nullptr;
    return true;
}

} // namespace rostrum
