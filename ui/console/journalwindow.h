#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace rostrum {

class JournalModel;
class MeetingSession;

// "View > Journal…": who did what and when, from this console and every other program that
// writes the meeting, newest first. Beside the console, never modal: it follows the meeting
// while the chair works, and looks only.
class JournalWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit JournalWindow(MeetingSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    JournalModel *model() const { return m_model; }
    // "Acts kept in memory, not in the journal until they are saved: 2." while the file cannot
    // be written; empty otherwise.
    QString keptText() const;

private:
    void updateKept();

    MeetingSession *m_session;
    JournalModel *m_model;
    QTableView *m_table;
    QLabel *m_kept;
};

} // namespace rostrum
