#include "startpage.h"

#include "chairactions.h"
#include "recentmeetings.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace rostrum {

namespace {
QCommandLinkButton *linkButton(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    return button;
}

QString keyOf(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

StartPage::StartPage(ChairActions *actions, QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Start page"));
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(column);

    layout->addWidget(heading(tr("Rostrum"), 2.0, column));
    auto *tagline = new QLabel(tr("The chair's console for speakers lists and speaking time."));
    layout->addWidget(tagline);
    layout->addSpacing(12);

    m_newMeeting = linkButton(tr("&New meeting…"),
                              tr("A new meeting file: its title, schedule, deadline and rules (%1)")
                                  .arg(keyOf(actions->newMeeting)),
                              column);
    m_open = linkButton(tr("&Open…"),
                        tr("A meeting file (.rostrum) from this computer or a shared folder (%1)")
                            .arg(keyOf(actions->open)),
                        column);
    m_demo = linkButton(tr("Try the &demo"),
                        tr("A Security Council meeting with 45 speakers inscribed, held today and "
                           "starting within minutes"),
                        column);
    // The actions run after the click returns: a meeting that opens replaces this page.
    connect(m_newMeeting, &QAbstractButton::clicked, actions->newMeeting, &QAction::trigger,
            Qt::QueuedConnection);
    connect(m_open, &QAbstractButton::clicked, actions->open, &QAction::trigger,
            Qt::QueuedConnection);
    connect(m_demo, &QAbstractButton::clicked, actions->tryDemo, &QAction::trigger,
            Qt::QueuedConnection);
    layout->addWidget(m_newMeeting);
    layout->addWidget(m_open);
    layout->addWidget(m_demo);
    layout->addSpacing(12);

    QLabel *recentHeading = heading(tr("Recent meetings"), 1.2, column);
    layout->addWidget(recentHeading);
    const QStringList paths = RecentMeetings::list();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        // Shown even when gone, so the chair learns it moved rather than wondering where it is.
        const bool there = info.exists();
        QCommandLinkButton *button =
            linkButton(info.fileName(), there ? folder : tr("Not found in %1").arg(folder), column);
        button->setEnabled(there);
        connect(
            button, &QAbstractButton::clicked, this, [this, path] { emit recentChosen(path); },
            Qt::QueuedConnection);
        layout->addWidget(button);
        m_recent.append(button);
    }
    if (paths.isEmpty())
        layout->addWidget(new QLabel(tr("None yet: the meetings you open will be listed here.")));
    layout->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(column, 1);
    outer->addStretch();
    setFocusProxy(m_newMeeting); // the console opens with the first choice ready for Enter
}

void StartPage::keyPressEvent(QKeyEvent *event)
{
    // Outside a dialog a button takes Space only; on this page Enter presses it too.
    auto *button = qobject_cast<QAbstractButton *>(focusWidget());
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && button &&
        isAncestorOf(button) && button->isEnabled()) {
        button->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rostrum
