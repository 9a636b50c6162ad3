#include "journalwindow.h"

#include "journalmodel.h"
#include "session/meetingsession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rostrum {

JournalWindow::JournalWindow(MeetingSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new JournalModel(session, this)),
      m_table(new QTableView(this)), m_kept(new QLabel(this))
{
    setObjectName(QStringLiteral("journalWindow"));
    setWindowTitle(tr("Journal — %1").arg(session->meeting().title));
    setModal(false);

    auto *intro = new QLabel(
        tr("Every act on this meeting, newest first, from this console and any other program "
           "that writes it. Times are the meeting's (%1).")
            .arg(session->meeting().timeZoneId),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal: every act on the meeting, newest last"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(JournalModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JournalModel::WhoColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JournalModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JournalModel::UndoneColumn, QHeaderView::ResizeToContents);

    m_kept->setWordWrap(true);
    m_kept->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_kept);
    layout->addWidget(buttons);

    connect(m_session, &MeetingSession::changed, this, &JournalWindow::updateKept);
    connect(m_session, &MeetingSession::saveStateChanged, this, &JournalWindow::updateKept);
    updateKept();
    resize(900, 520);
}

QString JournalWindow::keptText() const
{
    return m_kept->isHidden() ? QString() : m_kept->text();
}

void JournalWindow::updateKept()
{
    // The journal is the file's: acts waiting in memory reach it only once they are saved.
    const int kept = m_session->unsavedActs();
    m_kept->setText(
        tr("Acts kept in memory, not in the journal until they are saved: %1.").arg(kept));
    m_kept->setVisible(kept > 0);
}

} // namespace rostrum
