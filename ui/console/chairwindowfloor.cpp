// The chair's acts of the floor as the UN runs it (docs/RULES.md, rules 8, 9 and 11): a point of
// order, a right of reply and the message to the speaker. Refusals show where the chair looks.
#include "chairactions.h"
#include "chairwindow.h"
#include "floorrequestdialog.h"

#include <QAction>
#include <QInputDialog>

namespace rostrum {

void ChairWindow::raisePointOfOrder()
{
    if (!m_session)
        return;
    FloorRequestDialog dialog(tr("Point of order"),
                              tr("The speech at the rostrum stops and keeps its time; the point "
                                 "of order takes the floor. Next gives the floor back."),
                              m_session->list().directory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmOutcome(m_session->pointOfOrder(dialog.draft()));
}

void ChairWindow::askReply()
{
    if (!m_session)
        return;
    FloorRequestDialog dialog(tr("Right of reply"),
                              tr("Replies are heard after the last statement, in the order asked."),
                              m_session->list().directory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmOutcome(m_session->reply(dialog.draft()));
}

void ChairWindow::showMessage(const QString &text)
{
    if (m_session)
        confirmOutcome(m_session->setMessage(text));
}

void ChairWindow::askMessage()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Message to the speaker"),
                              tr("Shown large on the timekeeper's display until cleared or the "
                                 "next speaker is called:"),
                              QLineEdit::Normal, m_session->meeting().message, &ok);
    if (ok && !text.trimmed().isEmpty())
        showMessage(text);
}

void ChairWindow::connectFloorActions()
{
    ChairActions *a = m_actions;
    connect(a->pointOfOrder, &QAction::triggered, this, &ChairWindow::raisePointOfOrder);
    connect(a->reply, &QAction::triggered, this, &ChairWindow::askReply);
    for (QAction *preset : std::as_const(a->messagePresets))
        connect(preset, &QAction::triggered, this,
                [this, preset] { showMessage(preset->data().toString()); });
    connect(a->otherMessage, &QAction::triggered, this, &ChairWindow::askMessage);
    connect(a->clearMessage, &QAction::triggered, this, [this] { showMessage(QString()); });
}

} // namespace rostrum
