#pragma once

#include "import/inscriptionimport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rostrum {

class InlineMessage;
class MeetingSession;

// The preview of an inscriptions file: every row, what it becomes (category, late) or why it
// is refused, and a summary. Nothing is written until Import; then the rows go to the session
// as one act. The preview follows the list while the dialog is open, since staff keep
// inscribing meanwhile.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        LineColumn,
        DelegationColumn,
        SpeakerColumn,
        CategoryColumn,
        LateColumn,
        ProblemColumn,
        ColumnCount
    };

    ImportDialog(MeetingSession *session, const QString &csvPath, QWidget *parent = nullptr);

    // Asks for a file, shows its preview, and imports on the chair's word. True when
    // something was imported.
    static bool run(MeetingSession *session, QWidget *parent);

    const ImportReport &report() const { return m_report; }
    bool imported() const { return m_report.committed; }
    QString summaryText() const;
    QString errorText() const;
    QTableWidget *table() const { return m_table; }
    QCheckBox *skipRefusedBox() const { return m_skipRefused; }
    QPushButton *importButton() const { return m_import; }

public slots:
    void accept() override;

private:
    void refresh();
    void showReport();
    void updateSummary();

    MeetingSession *m_session;
    InscriptionImport m_file;
    ImportReport m_report;
    QTableWidget *m_table;
    QLabel *m_summary;
    QCheckBox *m_skipRefused;
    QPushButton *m_import;
    InlineMessage *m_error;
};

} // namespace rostrum
