#include "records/meetingreport.h"

#include "clock/speechclock.h"
#include "list/speakerslist.h"

#include <algorithm>

namespace rostrum {

namespace {
ReportRow rowOf(const Entry &e, qint64 nowMs)
{
    ReportRow r;
    static_cast<DocumentSpeaker &>(r) = documentSpeaker(e);
    r.status = e.status;
    r.kind = e.kind;
    r.absences = e.absences;
    r.extraMs = e.extraMs;
    if (e.status == Status::Spoke || e.status == Status::Speaking ||
        e.status == Status::Interrupted) {
        // A speaker called and sent away with "next" before their clock started did not speak
        // at all: no start, and no end that would make them look like a zero-length speech.
        r.actualStartMs = e.startedAtMs;
        r.actualEndMs = e.startedAtMs != 0 ? e.endedAtMs : 0;
        r.actualMs = SpeechClock::elapsedMs(e, nowMs);
        r.overrunMs = SpeechClock::overrunMs(e, nowMs);
        // A pause still open counts until now; a speech ended while paused ended when the pause
        // began (SpeechClock::ended), so that last pause is not part of it.
        r.pausedMs = e.pausedTotalMs;
        if (e.pausedSinceMs != 0 && e.endedAtMs == 0)
            r.pausedMs += std::max<qint64>(0, nowMs - e.pausedSinceMs);
    }
    return r;
}

// Rule 10: the gaps between one speech's end and the next one's start, in the order they
// began. A point of order is raised in the middle of a speech, so it is no changeover; a gap
// longer than the longest changeover is a suspension of the meeting, not a changeover.
void measureChangeovers(const QVector<Entry> &spoken, MeetingReport &report)
{
    constexpr qint64 kLongestMs = 600'000;
    qint64 total = 0;
    const Entry *previous = nullptr;
    for (const Entry &e : spoken) {
        if (e.kind == EntryKind::PointOfOrder || e.startedAtMs == 0)
            continue;
        if (previous && previous->endedAtMs != 0) {
            const qint64 gap = e.startedAtMs - previous->endedAtMs;
            if (gap >= 0 && gap <= kLongestMs) {
                total += gap;
                ++report.changeoversMeasured;
            }
        }
        previous = &e;
    }
    if (report.changeoversMeasured > 0)
        report.averageChangeoverMs = total / report.changeoversMeasured;
}
} // namespace

MeetingReport buildMeetingReport(const SpeakersList &list, qint64 nowMs)
{
    MeetingReport report;
    report.meeting = list.meeting();
    report.generatedAtMs = nowMs;
    report.scheduledStartMs = report.meeting.scheduledStartUtcMs();
    report.scheduledEndMs = report.meeting.scheduledEndUtcMs();

    // The order of the plan: as it actually went, then as it is still to go.
    QVector<Entry> planned = list.spoken();
    {
        QVector<Entry> begun = planned;
        if (const Entry *current = list.current(); current && !list.interrupted())
            begun.append(*current);
        measureChangeovers(begun, report);
    }
    // The speech a point of order stopped began before it: in the timeline it comes first.
    if (const Entry *stopped = list.interrupted())
        planned.append(*stopped);
    if (const Entry *current = list.current())
        planned.append(*current);
    planned += list.waiting();

    qint64 plannedAt = report.scheduledStartMs;
    for (const Entry &e : planned) {
        ReportRow r = rowOf(e, nowMs);
        r.order = int(report.rows.size()) + 1;
        // A point of order was never in the plan: it stands in the timeline where it was raised.
        if (e.kind != EntryKind::PointOfOrder) {
            r.plannedStartMs = plannedAt;
            plannedAt += e.allottedMs;
        }
        report.pointsOfOrder += e.kind == EntryKind::PointOfOrder && r.hasSpoken() ? 1 : 0;
        report.replies += e.kind == EntryKind::Reply && r.hasSpoken() ? 1 : 0;
        report.rows.append(r);
    }
    report.plannedEndMs = plannedAt;
    for (const Entry &e : list.others()) {
        ReportRow r = rowOf(e, nowMs);
        r.order = int(report.rows.size()) + 1;
        report.rows.append(r);
    }

    QVector<TierTotals> byTier;
    auto totalsFor = [&byTier](Tier t) -> TierTotals & {
        for (TierTotals &x : byTier) {
            if (x.tier == t)
                return x;
        }
        byTier.append(TierTotals{});
        byTier.last().tier = t;
        return byTier.last();
    };
    // Points of order and replies are outside the tiers of statements: the totals count them,
    // the tiers do not.
    TierTotals outsideTiers;
    for (const ReportRow &r : std::as_const(report.rows)) {
        TierTotals &t = r.kind == EntryKind::Statement ? totalsFor(r.tier) : outsideTiers;
        ++t.listed;
        switch (r.status) {
        case Status::Waiting:
            ++report.waitingCount;
            break;
        case Status::Absent:
            ++report.absentCount;
            break;
        case Status::Withdrawn:
            ++report.withdrawnCount;
            break;
        case Status::Speaking:
        case Status::Interrupted:
            report.inProgress = true;
            break;
        case Status::Spoke:
            break;
        }
        if (!r.hasSpoken() || r.actualStartMs == 0)
            continue;
        ++t.spoke;
        ++report.spokeCount;
        t.allottedMs += r.allottedMs;
        t.usedMs += r.actualMs;
        t.overrunMs += r.overrunMs;
        report.totalSpeakingMs += r.actualMs;
        report.totalOverrunMs += r.overrunMs;
        report.totalPausedMs += r.pausedMs;
        if (report.actualStartMs == 0 || r.actualStartMs < report.actualStartMs)
            report.actualStartMs = r.actualStartMs;
        report.actualEndMs = std::max(report.actualEndMs, r.actualEndMs);
    }
    const Meeting &m = report.meeting;
    std::stable_sort(byTier.begin(), byTier.end(), [&m](const TierTotals &a, const TierTotals &b) {
        return m.tierIndex(a.tier) < m.tierIndex(b.tier);
    });
    report.tiers = byTier;
    return report;
}

} // namespace rostrum
