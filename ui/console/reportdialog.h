#pragma once

#include "exportactions.h"
#include "records/meetingreport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rostrum {

class InlineMessage;
class MeetingSession;
class TimelineWidget;

// The report of the meeting on screen: the summary (scheduled against actual), the totals by
// tier and the timeline, with the exports of the report. It follows the meeting: every act
// brings it up to date.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(MeetingSession *session, QWidget *parent = nullptr);

    const MeetingReport &report() const { return m_report; }
    QString messageText() const;
    // Writes the report to path in that format, without a dialog; the export buttons call it
    // once the chair has chosen where.
    bool exportTo(const QString &path, DocumentFormat format);
    // The language of the exported report (a code of language/uilanguage.h): the console's
    // until the chair picks another one beside the export buttons.
    QString documentLanguage() const;
    void setDocumentLanguage(const QString &code);

public slots:
    void refresh();
    void exportPdf();
    void exportCsv();

private:
    void exportAs(DocumentFormat format);

    QPointer<MeetingSession> m_session;
    MeetingReport m_report;
    QLabel *m_title = nullptr;
    QLabel *m_prepared = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_tiers = nullptr;
    TimelineWidget *m_timeline = nullptr;
    InlineMessage *m_message = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
};

} // namespace rostrum
