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

// The key on the keyboard, the same whatever Shift does to it: + held is released as = when
// Shift goes up first. Synthetic events have no scan code; their key stands for it.
int physicalKey(const QKeyEvent &key)
{
    return key.nativeScanCode() != 0 ? int(key.nativeScanCode()) | 0x40000000 : key.key();
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

bool TypingGuard::isRepeat(const QKeyEvent &key)
{
    // Qt flags a repeat when the window system says so; an X server in detectable-repeat mode
    // sends a held key as presses with no release between, unflagged. Either is a repeat.
    // Qt misses some of an X server's repeats (a release and a press at the same instant,
    // read apart): a press at the very instant its key was released is one too.
    const int id = physicalKey(key);
    const bool repeat =
        key.isAutoRepeat() || (m_heldKey != 0 && id == m_heldKey) ||
        (key.timestamp() != 0 && id == m_releasedKey && key.timestamp() == m_releasedAt);
    switch (key.key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
        break; // held under the key that repeats
    default:
        m_heldKey = id;
    }
    return repeat;
}

bool TypingGuard::passedUp(const QEvent *event, QWidget *widget)
{
    // An unclaimed ShortcutOverride goes on to the parents of the widget it was sent to, the
    // same event each time.
    const bool sameEvent = event == m_override && m_overrideAt && widget != m_overrideAt &&
                           widget->isAncestorOf(m_overrideAt);
    m_override = event;
    m_overrideAt = widget;
    return sameEvent;
}

bool TypingGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::KeyRelease) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // A repeat's own release (flagged) is no release: the key is still down.
        if (!key->isAutoRepeat() && physicalKey(*key) == m_heldKey)
            m_heldKey = 0;
        m_releasedKey = physicalKey(*key);
        m_releasedAt = key->timestamp();
        return false;
    }
    if (type == QEvent::WindowDeactivate)
        m_heldKey = 0; // its release may go to another program
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    // Every press comes first as a ShortcutOverride, then, unless a shortcut took it, as a
    // KeyPress: the repeat is decided once, on the first.
    if (type == QEvent::ShortcutOverride && inChairWindow(widget) && !passedUp(event, widget)) {
        m_repeat = isRepeat(*key);
        if (m_repeat && !writesText(*key)) {
            key->accept(); // a held Ctrl+Z undoes once: the widget gets the key, no act
            return true;
        }
    }
    const bool repeat = key->isAutoRepeat() || m_repeat;
    if (!writesText(*key))
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
        if (type == QEvent::ShortcutOverride && (repeat || typing())) {
            key->accept();
            return true;
        }
        return false;
    }
    if (type == QEvent::ShortcutOverride) {
        // Claimed, no act fires, and the key comes back as a KeyPress to write or to drop.
        // Unclaimed, an act key acts; any other key comes back as a KeyPress to write.
        if (repeat || typing()) {
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
    if (repeat)
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
