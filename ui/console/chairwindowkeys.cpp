// The chair's keys: typing goes to the inscription line and never becomes acts, every key works
// from the timekeeper's display too, and a Next pressed twice calls one speaker, not two.
#include "chairactions.h"
#include "chairwindow.h"
#include "clock/clock.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "timekeeperdisplay.h"
#include "typingguard.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>

namespace rostrum {

namespace {
// A second Next or Absent this soon after a call is a key pressed twice, not a speaker who
// finished or who is not in the room: nobody can look up and see that in under a second.
constexpr qint64 kNextAfterCallMs = 1000;

} // namespace

void ChairWindow::setUpTypingGuard()
{
    m_typingGuard->addChairWindow(this);
    m_typingGuard->setActKeys(m_actions->singleKeyActions());
    m_typingGuard->setTypingTarget([this]() -> QLineEdit * {
        if (!m_console)
            return nullptr;
        // Typed at the display: the console is where the text is seen.
        if (QApplication::activeWindow() != this)
            activateWindow();
        QLineEdit *line = m_console->inscriptionLine()->delegationEdit();
        if (QApplication::focusWidget() == line)
            return line;
        if (m_typingGuard->typing()) {
            // In the middle of a name: the key goes after what is already written.
            m_console->showOrder();
            line->setFocus(Qt::OtherFocusReason);
            line->end(false);
        } else {
            focusInscription(); // a new name replaces what was left there, as after Ctrl+I
        }
        return line;
    });
    connect(m_typingGuard, &TypingGuard::actKeyTyped, this,
            [this](const QString &text, const QString &act) {
                statusBar()->showMessage(
                    tr("“%1” was typed into the inscription line, not taken as %2: while you "
                       "type, keys write. Escape on the empty line goes back to the list.")
                        .arg(text, act),
                    8000);
            });
    connect(m_typingGuard, &TypingGuard::actKeyBeforeTyping, this,
            [this](const QString &text, const QString &act) {
                notify(tr("“%1” just before the typing was taken as %2; if it was the first "
                          "letter of a name, press Undo.")
                           .arg(text, act));
            });
}

void ChairWindow::watchConsoleKeys()
{
    InscriptionLine *line = m_console->inscriptionLine();
    // Leaving the line on purpose ends the typing: the next N is Next at once.
    connect(line, &InscriptionLine::leaveRequested, m_typingGuard, &TypingGuard::endTyping);
    connect(line, &InscriptionLine::inscribed, m_typingGuard, &TypingGuard::endTyping);
}

void ChairWindow::shareKeysWithDisplay()
{
    // Window-wide shortcuts fire in every window their action is added to: the chair's keys
    // work while the display has the focus (its own F11 and Escape are not among them).
    m_display->addActions(actions());
    m_typingGuard->addChairWindow(m_display);
    // Shown, it does not take the keys from the console (keepKeysOnConsole() decides).
    m_display->setAttribute(Qt::WA_ShowWithoutActivating);
}

void ChairWindow::keepKeysOnConsole()
{
    if (!m_display || !m_display->isVisible())
        return;
    // Full screen, the display takes the keys: the chair's keys work there too, and its own F11
    // and Escape must reach it. On the console's own screen it covers the console, so raising
    // the console would hide the display the room is looking at. As a window, the chair goes on
    // typing in the console.
    if (m_display->isFullScreen()) {
        m_display->raise();
        m_display->activateWindow();
        return;
    }
    raise();
    activateWindow();
}

void ChairWindow::giveKeysToOrder()
{
    if (!m_console)
        return;
    m_console->showOrder();
    m_console->inscriptionLine()->completer()->popup()->hide();
    m_console->orderView()->setFocus(Qt::ShortcutFocusReason);
    m_typingGuard->endTyping();
}

bool ChairWindow::refuseCallTooSoon(const QString &act)
{
    const Entry *called = m_session->list().current();
    if (!called || !m_lastCallMs || m_clock.monotonicMs() - *m_lastCallMs >= kNextAfterCallMs)
        return false;
    notify(act.arg(SpeakersList::describe(*called)));
    return true;
}

void ChairWindow::noteCall(qint64 calledBefore)
{
    const Entry *called = m_session->list().current();
    if (called && called->id != calledBefore)
        m_lastCallMs = m_clock.monotonicMs();
}

} // namespace rostrum
