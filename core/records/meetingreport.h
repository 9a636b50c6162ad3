#pragma once

#include "meeting/entry.h"
#include "meeting/meeting.h"
#include "records/documentspeaker.h"

#include <QVector>

namespace rostrum {

class SpeakersList;

// One speaker in the post-meeting report: what was planned for them and what happened.
// Instants are UTC ms and 0 means "did not happen"; durations are ms.
struct ReportRow : DocumentSpeaker
{
    int order = 0; // 1-based: who spoke in the order they spoke, then the current, then waiting
    Status status = Status::Waiting;
    EntryKind kind = EntryKind::Statement; // points of order stand where they were raised
    int absences = 0;

    // Where the schedule would have put them had everyone kept to their allotted time from the
    // scheduled start. 0 for the absent and withdrawn, who are not in that schedule.
    qint64 plannedStartMs = 0;
    qint64 actualStartMs = 0;
    qint64 actualEndMs = 0;
    qint64 extraMs = 0;   // time the chair added (or took away) during the speech
    qint64 actualMs = 0;  // speaking time, pauses excluded
    qint64 overrunMs = 0; // beyond allotted plus extra; never negative
    qint64 pausedMs = 0;

    bool hasSpoken() const
    {
        return status == Status::Spoke || status == Status::Speaking ||
               status == Status::Interrupted;
    }
};

// Per tier of the running order, for the totals table.
struct TierTotals
{
    Tier tier = Tier::Members;
    int listed = 0;        // every entry of the tier, whatever its status
    int spoke = 0;         // those who spoke or are speaking
    qint64 allottedMs = 0; // of those who spoke
    qint64 usedMs = 0;
    qint64 overrunMs = 0;
    qint64 averageOverrunMs() const { return spoke > 0 ? overrunMs / spoke : 0; }
};

struct MeetingReport
{
    Meeting meeting;
    QString language; // the document's (records/documentlanguage.h); empty: the program's
    qint64 generatedAtMs = 0;
    qint64 scheduledStartMs = 0;
    qint64 scheduledEndMs = 0;
    qint64 actualStartMs = 0; // the first speech's start; 0 before anyone spoke
    qint64 actualEndMs = 0;   // the last finished speech's end; 0 while none has finished
    bool inProgress = false;  // someone is at the rostrum
    qint64 totalSpeakingMs = 0;
    qint64 totalOverrunMs = 0;
    qint64 totalPausedMs = 0;
    int spokeCount = 0;
    int waitingCount = 0;
    int absentCount = 0; // taken off the list when absent
    int withdrawnCount = 0;
    int pointsOfOrder = 0;
    int replies = 0; // rights of reply heard or being heard
    // Rule 10: the average time from one speaker's end to the next one's start, as it was, for
    // the chair to set the changeover by; 0 with no changeover measured.
    qint64 averageChangeoverMs = 0;
    int changeoversMeasured = 0;
    QVector<ReportRow> rows;
    QVector<TierTotals> tiers; // in the meeting's tier order; only tiers with entries
    // The last planned end: the scheduled start plus every allotted time in the plan.
    qint64 plannedEndMs = 0;
};

// The report is a pure computation from the list at one instant; it never writes anything.
MeetingReport buildMeetingReport(const SpeakersList &list, qint64 nowMs);

} // namespace rostrum
