#include "briefersedit.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace rostrum {

BriefersEdit::BriefersEdit(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_organization(new QLineEdit(this)), m_list(new QListWidget(this))
{
    m_name->setObjectName(QStringLiteral("brieferName"));
    m_name->setPlaceholderText(tr("Briefer's name"));
    m_title->setPlaceholderText(tr("Title (optional)"));
    m_organization->setPlaceholderText(tr("Organization (optional)"));
    // A placeholder is not a name: a screen reader says these.
    m_name->setAccessibleName(tr("Briefer's name"));
    m_title->setAccessibleName(tr("Briefer's title, optional"));
    m_organization->setAccessibleName(tr("Briefer's organization, optional"));
    m_list->setAccessibleName(tr("Briefers to inscribe"));
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    // As in the delegation lists: Enter adds, Delete removes, the buttons are for the mouse.
    for (QPushButton *b : {add, remove}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
    }
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_list->setToolTip(tr("Delete removes the chosen briefer"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_organization, 0, 2);
    layout->addWidget(add, 0, 3);
    layout->addWidget(m_list, 1, 0, 1, 3);
    layout->addWidget(remove, 1, 3, Qt::AlignTop);

    connect(add, &QPushButton::clicked, this, &BriefersEdit::addTyped);
    connect(remove, &QPushButton::clicked, this, &BriefersEdit::removeCurrent);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_title),
                       static_cast<QWidget *>(m_organization), static_cast<QWidget *>(m_list)})
        w->installEventFilter(this);
}

QVector<EntryDraft> BriefersEdit::drafts() const
{
    QVector<EntryDraft> out;
    for (const Briefer &b : m_briefers) {
        EntryDraft d;
        d.delegation = b.organization.isEmpty() ? b.name : b.organization;
        d.speaker = b.organization.isEmpty() ? QString() : b.name;
        d.title = b.title;
        d.category = Category::Briefer;
        out.append(d);
    }
    return out;
}

bool BriefersEdit::addTyped()
{
    const Briefer b{m_name->text().trimmed(), m_title->text().trimmed(),
                    m_organization->text().trimmed()};
    if (b.name.isEmpty())
        return false;
    m_briefers.append(b);
    showBriefers();
    m_list->setCurrentRow(int(m_briefers.size()) - 1);
    m_name->clear();
    m_title->clear();
    m_organization->clear();
    m_name->setFocus(Qt::OtherFocusReason);
    return true;
}

void BriefersEdit::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_briefers.size())
        return;
    m_briefers.removeAt(row);
    showBriefers();
    m_list->setCurrentRow(qMin(row, int(m_briefers.size()) - 1));
}

void BriefersEdit::showBriefers()
{
    m_list->clear();
    for (const Briefer &b : std::as_const(m_briefers)) {
        QStringList about;
        for (const QString &part : {b.title, b.organization}) {
            if (!part.isEmpty())
                about.append(part);
        }
        m_list->addItem(about.isEmpty() ? b.name : tr("%1 (%2)").arg(b.name, about.join(tr(", "))));
    }
}

bool BriefersEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_list && key == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        // Enter with a name typed adds the briefer; otherwise it is the dialog's, for OK.
        if (watched != m_list && (key == Qt::Key_Return || key == Qt::Key_Enter))
            return addTyped();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rostrum
