#pragma once

#include "records/meetingreport.h"

#include <QStringList>
#include <QVector>

namespace rostrum::ReportText {

// "3:05" under an hour, "1:02:07" from an hour on.
QString duration(qint64 ms);
// "+0:23"; empty under a second, so that rounding never shows a "+0:00" overrun.
QString overrun(qint64 ms);

// One line of the summary: what the schedule said, what happened, and the difference.
struct SummaryLine
{
    QString label;
    QString scheduled;
    QString actual;
    QString difference;
};
QVector<SummaryLine> summary(const MeetingReport &report);
// "42 spoke, 1 absent, 1 withdrawn, 1 still waiting"
QString speakerCounts(const MeetingReport &report);

// The totals by tier, with a last row for the whole meeting. The header comes first.
QVector<QStringList> tierTable(const MeetingReport &report);
// One row per speaker, as the report's speakers table shows it. The header comes first.
QStringList speakerHeader();
QStringList speakerCells(const MeetingReport &report, const ReportRow &row);

} // namespace rostrum::ReportText
