#include "reporttext.h"

#include "clock/timetext.h"
#include "records/listexport.h"
#include "records/meetingheading.h"

#include <QCoreApplication>

namespace rostrum::ReportText {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ReportText)
};

QString clock(const MeetingReport &r, qint64 ms)
{
    return clockText(r.meeting, ms);
}

// Minutes late (+) or early (-) against the schedule, for the summary.
QString offset(qint64 scheduledMs, qint64 actualMs)
{
    if (scheduledMs == 0 || actualMs == 0)
        return {};
    return formatOverUnder(actualMs - scheduledMs);
}
} // namespace

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return formatMinSec(ms);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString overrun(qint64 ms)
{
    return ms >= 1000 ? QLatin1Char('+') + duration(ms) : QString();
}

QString speakerCounts(const MeetingReport &r)
{
    QStringList parts = {Tr::tr("%n spoke", nullptr, r.spokeCount)};
    if (r.inProgress)
        parts.append(Tr::tr("1 speaking now"));
    if (r.absentCount > 0)
        parts.append(Tr::tr("%n absent", nullptr, r.absentCount));
    if (r.withdrawnCount > 0)
        parts.append(Tr::tr("%n withdrawn", nullptr, r.withdrawnCount));
    if (r.waitingCount > 0)
        parts.append(Tr::tr("%n still waiting", nullptr, r.waitingCount));
    if (r.pointsOfOrder > 0)
        parts.append(Tr::tr("%n point(s) of order", nullptr, r.pointsOfOrder));
    if (r.replies > 0)
        parts.append(Tr::tr("%n right(s) of reply", nullptr, r.replies));
    return parts.join(Tr::tr(", "));
}

QVector<SummaryLine> summary(const MeetingReport &r)
{
    QVector<SummaryLine> lines;
    lines.append({Tr::tr("Start"), clock(r, r.scheduledStartMs), clock(r, r.actualStartMs),
                  offset(r.scheduledStartMs, r.actualStartMs)});
    const QString end = r.inProgress ? Tr::tr("in progress") : clock(r, r.actualEndMs);
    lines.append({Tr::tr("End"), clock(r, r.scheduledEndMs), end,
                  r.inProgress ? QString() : offset(r.scheduledEndMs, r.actualEndMs)});
    const qint64 scheduledLength = r.scheduledEndMs - r.scheduledStartMs;
    // While someone speaks the meeting has no length yet, only a start.
    const qint64 actualLength = r.actualStartMs != 0 && r.actualEndMs != 0 && !r.inProgress
                                    ? r.actualEndMs - r.actualStartMs
                                    : 0;
    lines.append({Tr::tr("Length"), duration(scheduledLength),
                  actualLength > 0 ? duration(actualLength) : QString(),
                  actualLength > 0 ? formatOverUnder(actualLength - scheduledLength) : QString()});
    lines.append({Tr::tr("Speaking time"), QString(), duration(r.totalSpeakingMs), QString()});
    lines.append({Tr::tr("Overruns, in all"), QString(), duration(r.totalOverrunMs), QString()});
    lines.append({Tr::tr("Pauses, in all"), QString(), duration(r.totalPausedMs), QString()});
    // Rule 10: the changeover set against the one measured, for the chair to set the next.
    lines.append({Tr::tr("Changeover, on average"),
                  duration(qint64(r.meeting.changeoverSeconds) * 1000),
                  r.changeoversMeasured > 0 ? duration(r.averageChangeoverMs) : QString(),
                  r.changeoversMeasured > 0 ? Tr::tr("%n measured", nullptr, r.changeoversMeasured)
                                            : QString()});
    lines.append({Tr::tr("Speakers"), Tr::tr("%n inscribed", nullptr, int(r.rows.size())),
                  speakerCounts(r), QString()});
    return lines;
}

QVector<QStringList> tierTable(const MeetingReport &r)
{
    QVector<QStringList> table;
    table.append({Tr::tr("Tier"), Tr::tr("Inscribed"), Tr::tr("Spoke"), Tr::tr("Allotted"),
                  Tr::tr("Used"), Tr::tr("Average overrun")});
    TierTotals all;
    for (const TierTotals &t : r.tiers) {
        table.append({tierName(t.tier), QString::number(t.listed), QString::number(t.spoke),
                      duration(t.allottedMs), duration(t.usedMs),
                      t.spoke > 0 ? duration(t.averageOverrunMs()) : QString()});
        all.listed += t.listed;
        all.spoke += t.spoke;
        all.allottedMs += t.allottedMs;
        all.usedMs += t.usedMs;
        all.overrunMs += t.overrunMs;
    }
    table.append({Tr::tr("All speakers"), QString::number(all.listed), QString::number(all.spoke),
                  duration(all.allottedMs), duration(all.usedMs),
                  all.spoke > 0 ? duration(all.averageOverrunMs()) : QString()});
    return table;
}

QStringList speakerHeader()
{
    return {Tr::tr("No."),     Tr::tr("Delegation"), Tr::tr("Speaker"), Tr::tr("Planned"),
            Tr::tr("Started"), Tr::tr("Allotted"),   Tr::tr("Spoke"),   Tr::tr("Overrun"),
            Tr::tr("Paused"),  Tr::tr("Status")};
}

QStringList speakerCells(const MeetingReport &report, const ReportRow &row)
{
    const bool spoke = row.hasSpoken() && row.actualStartMs != 0;
    // Time the chair added shows with the limit, so an overrun reads against what was granted.
    const QString allotted =
        row.extraMs == 0
            ? duration(row.allottedMs)
            : Tr::tr("%1 %2").arg(duration(row.allottedMs),
                                  (row.extraMs > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                                      duration(qAbs(row.extraMs)));
    return {QString::number(row.order),
            delegationLine(row.delegation, row.onBehalfOf),
            row.speaker,
            clock(report, row.plannedStartMs),
            clock(report, row.actualStartMs),
            allotted,
            spoke ? duration(row.actualMs) : QString(),
            spoke ? overrun(row.overrunMs) : QString(),
            spoke && row.pausedMs >= 1000 ? duration(row.pausedMs) : QString(),
            row.kind == EntryKind::Statement
                ? statusName(row.status)
                : Tr::tr("%1, %2", "status, kind of speech")
                      .arg(statusName(row.status), entryKindName(row.kind).toLower())};
}

} // namespace rostrum::ReportText
