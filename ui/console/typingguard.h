#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QKeyEvent;
class QLineEdit;
class QWidget;

namespace rostrum {

class Clock;

// Typing never becomes acts. Installed on the application, it
// - keeps the single-key acts (Space, N, A, +, -) out of text fields: the key types there;
// - sends a printable key that lands elsewhere in a window of the chair (the running order,
//   the timekeeper's display) to the inscription line, with the focus, so a name typed at the
//   list is written, not turned into acts (a combo box or a button keeps its own keys);
// - takes an act key that lands there while someone is typing (within kTypingPauseMs of the
//   last typed character) for typing too, so the a's of "Dame Barbara" are not Absent;
// - never lets a held key repeat an act, so holding + gives 30 seconds once.
class TypingGuard final : public QObject
{
    Q_OBJECT

public:
    // Long enough for a slow typist's gaps between keys, short enough that a chair who stops
    // typing and presses N a moment later gets Next.
    static constexpr qint64 kTypingPauseMs = 1000;

    explicit TypingGuard(const Clock &clock, QObject *parent = nullptr);

    // A line edit, spin box, text editor or editable combo box that accepts input now.
    static bool takesTyping(const QWidget *widget);

    // A window whose keys are the chair's: the console, the timekeeper's display.
    void addChairWindow(QWidget *window);
    // Puts the focus in the inscription line and returns the field typing goes to; null when
    // no meeting is open.
    void setTypingTarget(std::function<QLineEdit *()> target);
    // The single-key acts, to say which act a key typed as text did not do.
    void setActKeys(const QList<QAction *> &actions);
    // The chair has left the text deliberately (Escape, Ctrl+1, an inscription made): the next
    // act key acts at once.
    void endTyping();
    bool typing() const;

signals:
    // An act key arrived while someone was typing and was written as text instead; the name
    // of the act it did not do, without its mnemonic.
    void actKeyTyped(const QString &text, const QString &actName);
    // Typing began at the list a moment after an act key acted there: that key may have been
    // the first letter of the name ("N" of "Nigeria"), and the chair should hear of it.
    void actKeyBeforeTyping(const QString &text, const QString &actName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inChairWindow(const QWidget *widget) const;
    // A press of the key already held down; remembers the key as held.
    bool isRepeat(const QKeyEvent &key);
    // The key already seen at a child of the widget: the same press, passed up to a parent.
    bool passedUp(const QEvent *event, QWidget *widget);
    QAction *actFor(const QKeyEvent &key) const;
    void writeToInscription(const QKeyEvent &key);

    const Clock &m_clock;
    QList<QPointer<QWidget>> m_windows;
    QList<QPointer<QAction>> m_acts;
    std::function<QLineEdit *()> m_target;
    const QEvent *m_override = nullptr; // the last ShortcutOverride seen, and where
    QPointer<QWidget> m_overrideAt;
    int m_heldKey = 0;     // pressed and not yet released
    bool m_repeat = false; // the press being delivered repeats the held key
    int m_releasedKey = 0; // the last key released, and the window system's time of it
    quint64 m_releasedAt = 0;
    qint64 m_lastTypedMs = 0;
    bool m_typedOnce = false;
    // The last act key that acted at the list, and when.
    QPointer<QAction> m_lastAct;
    QString m_lastActText;
    qint64 m_lastActMs = 0;
};

} // namespace rostrum
