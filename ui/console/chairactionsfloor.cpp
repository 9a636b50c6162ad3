// The actions of the floor as the UN runs it: a point of order, a right of reply, and the
// message to the speaker with its presets (docs/RULES.md, rules 8, 9 and 11).
#include "chairactions.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QWidget>

namespace rostrum {

QStringList ChairActions::messagePresetTexts()
{
    return {tr("Please conclude"), tr("Your time is up"),
            tr("Please speak more slowly for the interpreters")};
}

void ChairActions::makeFloorActions()
{
    pointOfOrder = make(tr("Point of &order…"), tr("Point of order\nO"),
                        tr("A delegation raises a point of order: the speech stops, its time is "
                           "kept, and the point of order takes the floor (O)"));
    pointOfOrder->setShortcut(QKeySequence(Qt::Key_O));
    pointOfOrder->setObjectName(QStringLiteral("pointOfOrder"));
    pointOfOrder->setIcon(m_window->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    reply = make(tr("&Right of reply…"), tr("Right of reply\nCtrl+Shift+R"),
                 tr("Inscribe a right of reply, heard after the last statement (Ctrl+Shift+R)"));
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reply->setObjectName(QStringLiteral("reply"));
    reply->setIcon(m_window->style()->standardIcon(QStyle::SP_FileDialogListView));

    messageMenu = new QMenu(tr("&Message to the speaker"), m_window);
    messageMenu->setObjectName(QStringLiteral("messageMenu"));
    const QStringList presets = messagePresetTexts();
    for (int i = 0; i < presets.size(); ++i) {
        // F5, F6, F7: one key to the display, whatever the chair is typing elsewhere.
        // Numbered: the presets are translated, and a number is a mnemonic in every language.
        QAction *a =
            make(QStringLiteral("&%1  %2").arg(i + 1).arg(presets.at(i)), presets.at(i),
                 tr("Show “%1” on the timekeeper's display (F%2)").arg(presets.at(i)).arg(i + 5));
        a->setShortcut(QKeySequence(Qt::Key(Qt::Key_F5 + i)));
        a->setData(presets.at(i));
        messageMenu->addAction(a);
        messagePresets.append(a);
    }
    otherMessage = make(tr("Other &message…"), tr("Message…"),
                        tr("Type a message to show on the timekeeper's display"));
    messageMenu->addAction(otherMessage);
    messageMenu->addSeparator();
    clearMessage = make(tr("&Clear the message"), tr("Clear message\nF8"),
                        tr("Take the message off the timekeeper's display (F8)"));
    clearMessage->setShortcut(QKeySequence(Qt::Key_F8));
    clearMessage->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogDiscardButton));
    messageMenu->addAction(clearMessage);
}

} // namespace rostrum
