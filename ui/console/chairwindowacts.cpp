// The chair's acts: each one goes to the session, and a refusal is shown where the chair looks;
// the acts whose effect is not in plain sight (an absence, an undo, a move) are confirmed in the
// status line with the core's words.
#include "chairactions.h"
#include "chairwindow.h"
#include "clock/timetext.h"
#include "entrydialog.h"
#include "inscriptionline.h"
#include "limitforalldialog.h"
#include "meetingconsole.h"
#include "timekeeperdisplay.h"

#include <QAction>
#include <QInputDialog>
#include <QStyle>
#include <QTableView>

namespace rostrum {

namespace {
qint64 currentId(const MeetingSession &session)
{
    const Entry *e = session.list().current();
    return e ? e->id : 0;
}
} // namespace

void ChairWindow::toggleClock()
{
    if (!m_session)
        return;
    const qint64 before = currentId(*m_session);
    if (showOutcome(m_session->toggleClock()))
        noteCall(before);
}

void ChairWindow::callNext()
{
    if (!m_session || refuseCallTooSoon(tr("Next ignored: %1 was called less than a second ago.")))
        return;
    const qint64 before = currentId(*m_session);
    if (showOutcome(m_session->next()))
        noteCall(before);
}

void ChairWindow::markAbsent()
{
    if (!m_session ||
        refuseCallTooSoon(tr("Absent ignored: %1 was called less than a second ago.")))
        return;
    const qint64 before = currentId(*m_session);
    if (confirmOutcome(m_session->absent()))
        noteCall(before);
}

void ChairWindow::addThirtySeconds()
{
    if (m_session)
        showOutcome(m_session->addTime(30'000));
}

void ChairWindow::removeThirtySeconds()
{
    if (m_session)
        showOutcome(m_session->addTime(-30'000));
}

void ChairWindow::resetClock()
{
    if (m_session)
        showOutcome(m_session->resetClock());
}

void ChairWindow::undo()
{
    if (m_session)
        confirmOutcome(m_session->undo(), tr("Undone: %1"));
}

void ChairWindow::redo()
{
    if (m_session)
        confirmOutcome(m_session->redo(), tr("Redone: %1"));
}

void ChairWindow::toggleListClosed()
{
    if (m_session)
        confirmOutcome(m_session->setListClosed(!m_session->meeting().listClosed));
}

void ChairWindow::focusInscription()
{
    if (m_console) {
        m_console->showOrder();
        m_console->inscriptionLine()->focusDelegation();
    }
}

void ChairWindow::inscribeWithDetails()
{
    if (!m_session)
        return;
    EntryDialog dialog(m_session.get(), 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    clearRefusals();
    if (m_console)
        m_console->selectEntry(dialog.entryId());
}

void ChairWindow::editEntry(qint64 entryId)
{
    if (!m_session || !entryId)
        return;
    EntryDialog dialog(m_session.get(), entryId, this);
    if (dialog.exec() == QDialog::Accepted)
        clearRefusals();
}

void ChairWindow::editSelected()
{
    if (!m_console)
        return;
    const QVector<qint64> ids = m_console->selectedIds();
    if (ids.size() == 1) {
        editEntry(ids.first());
    } else if (ids.isEmpty() && m_session->list().current()) {
        // Nothing selected: the speaker at the rostrum, whose title is wrong on the display.
        editEntry(m_session->list().current()->id);
    } else {
        notify(ids.isEmpty() ? tr("Select a speaker in the running order to edit.")
                             : tr("Select only one speaker to edit."));
    }
}

void ChairWindow::moveSelectedTo(int position)
{
    const QVector<qint64> ids = m_console ? m_console->selectedIds() : QVector<qint64>();
    if (ids.size() != 1) {
        notify(ids.isEmpty() ? tr("Select a speaker in the running order to move.")
                             : tr("Select only one speaker to move."));
        return;
    }
    if (confirmOutcome(m_session->move(ids.first(), position)))
        m_console->selectEntry(ids.first());
}

void ChairWindow::moveSelectedBy(int delta)
{
    const QVector<qint64> ids = m_console ? m_console->selectedIds() : QVector<qint64>();
    if (ids.size() != 1) {
        notify(ids.isEmpty() ? tr("Select a speaker in the running order to move.")
                             : tr("Select only one speaker to move."));
        return;
    }
    const int from = m_session->list().positionOf(ids.first());
    const int to = from + delta;
    const int count = int(m_session->list().waitingIds().size());
    if (to < 1 || to > count) {
        const Entry *e = m_session->list().find(ids.first());
        notify(to < 1 ? tr("%1 is already first on the list.").arg(SpeakersList::describe(*e))
                      : tr("%1 is already last on the list.").arg(SpeakersList::describe(*e)));
        return;
    }
    moveSelectedTo(to);
}

void ChairWindow::moveSelectedToTop()
{
    moveSelectedTo(1);
}

void ChairWindow::moveSelectedToBottom()
{
    if (m_session)
        moveSelectedTo(int(m_session->list().waitingIds().size()));
}

void ChairWindow::swapSelected()
{
    const QVector<qint64> ids = m_console ? m_console->selectedIds() : QVector<qint64>();
    if (ids.size() != 2) {
        notify(tr("Select two speakers (Ctrl+click the second) to exchange their places."));
        return;
    }
    confirmOutcome(m_session->swap(ids.at(0), ids.at(1)));
}

void ChairWindow::unpinSelected()
{
    const QVector<qint64> ids = m_console ? m_console->selectedIds() : QVector<qint64>();
    if (ids.isEmpty())
        notify(tr("Select a speaker placed by hand to return them to their automatic place."));
    for (const qint64 id : ids) {
        if (!confirmOutcome(m_session->unpin(id)))
            break;
    }
}

void ChairWindow::withdrawSelected()
{
    const QVector<qint64> ids = m_console ? m_console->selectedIds() : QVector<qint64>();
    if (ids.isEmpty())
        notify(tr("Select the speaker who withdraws."));
    for (const qint64 id : ids) {
        if (!confirmOutcome(m_session->withdraw(id)))
            break;
    }
}

void ChairWindow::removeSelected()
{
    const QVector<qint64> ids = m_console ? m_console->selectedIds() : QVector<qint64>();
    if (ids.isEmpty())
        notify(tr("Select the inscription to remove."));
    for (const qint64 id : ids) {
        if (!confirmOutcome(m_session->remove(id)))
            break;
    }
}

std::optional<qint64> ChairWindow::askLimit(const QString &title, const QString &label,
                                            qint64 currentMs)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, title, label, QLineEdit::Normal, formatMinSec(currentMs), &ok);
    if (!ok)
        return std::nullopt;
    const auto ms = parseMinSecToMs(text);
    if (!ms || *ms <= 0) {
        notify(tr("“%1” is not a time limit. Write minutes and seconds, such as 3:00.").arg(text));
        return std::nullopt;
    }
    return *ms;
}

void ChairWindow::setLimitForSelected()
{
    if (!m_session)
        return;
    const QVector<qint64> ids = m_console->selectedIds();
    const Entry *e = ids.size() == 1 ? m_session->list().find(ids.first())
                                     : (ids.isEmpty() ? m_session->list().current() : nullptr);
    if (!e) {
        notify(tr("Select one speaker whose limit to set."));
        return;
    }
    const auto ms = askLimit(
        tr("Time limit"),
        tr("Time limit for %1 (minutes:seconds):").arg(SpeakersList::describe(*e)), e->allottedMs);
    if (ms)
        confirmOutcome(m_session->setAllotted(e->id, *ms));
}

void ChairWindow::setLimitForRemaining()
{
    if (!m_session)
        return;
    // The fit advisor's limit, when there is one, is the likely answer.
    const Projection p = m_session->projection();
    const qint64 suggested = p.uniformLimitMs > 0 && !p.fitsAtCurrentLimits
                                 ? p.uniformLimitMs
                                 : qint64(m_session->meeting().defaultLimitSeconds) * 1000;
    LimitForAllDialog dialog(p.advice, p.remainingSpeakers, suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    const auto ms = dialog.limitMs(&why);
    if (!ms) {
        notify(why);
        return;
    }
    confirmOutcome(m_session->setAllottedForRemaining(
        *ms, dialog.laterInscriptionsToo() ? SpeakersList::LaterInscriptions::TakeTheLimit
                                           : SpeakersList::LaterInscriptions::KeepTheirs));
}

void ChairWindow::updateActions()
{
    const bool open = m_session != nullptr;
    for (QAction *a : m_actions->meetingActions())
        a->setEnabled(open);
    for (QAction *a : m_actions->selectionActions())
        a->setEnabled(open);
    m_actions->setLimit->setEnabled(open);
    m_actions->timekeeper->setChecked(m_display && m_display->isVisible());
    if (!open)
        return;

    const Entry *current = m_session->list().current();
    const SpeechReading reading = m_session->currentReading();
    QAction *clock = m_actions->startPause;
    if (current && reading.running) {
        clock->setText(tr("&Pause clock"));
        clock->setIconText(tr("Pause\nSpace"));
        clock->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    } else {
        clock->setText(current && reading.started ? tr("Re&sume clock")
                       : current                  ? tr("&Start clock")
                                                  : tr("&Start: call the first speaker"));
        clock->setIconText(current && reading.started ? tr("Resume\nSpace") : tr("Start\nSpace"));
        clock->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    }

    const QString undoText = m_session->undoText();
    m_actions->undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(undoText));
    m_actions->undo->setToolTip(undoText.isEmpty() ? tr("Nothing to undo (Ctrl+Z)")
                                                   : tr("Undo: %1 (Ctrl+Z)").arg(undoText));
    const QString redoText = m_session->redoText();
    m_actions->redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redoText));
    m_actions->redo->setToolTip(redoText.isEmpty() ? tr("Nothing to redo (Ctrl+Shift+Z)")
                                                   : tr("Redo: %1 (Ctrl+Shift+Z)").arg(redoText));

    m_actions->clearMessage->setEnabled(!m_session->meeting().message.isEmpty());

    const bool closed = m_session->meeting().listClosed;
    m_actions->closeList->setText(closed ? tr("Re&open the list") : tr("&Close the list"));
    m_actions->closeList->setIconText(closed ? tr("Reopen list\nCtrl+L")
                                             : tr("Close list\nCtrl+L"));
    greyOutWhatTheRoleMayNot();
}

} // namespace rostrum
