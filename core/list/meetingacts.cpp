// The acts on the meeting's own settings: closing the list, and every setting of the meeting
// (its schedule, zone, deadline, tiers and limits), checked before anything is planned.
#include "clock/timetext.h"
#include "list/changerecorder.h"
#include "list/placement.h"
#include "list/procedurerules.h"
#include "list/speakerslist.h"
#include "list/textrules.h"
#include "meeting/systemzone.h"
#include "meeting/zonetime.h"

#include <QTimeZone>
#include <algorithm>

namespace rostrum {

namespace {
// Why the schedule or the deadline cannot be meant: a day outside 2000-2100, a start or end
// the clocks skip, a deadline outside the range.
QString scheduleProblem(const Meeting &m)
{
    if (!ZoneTime::isSane(m.date))
        return ZoneTime::outOfRangeMessage(m.date.toString(Qt::ISODate));
    const QTimeZone zone(m.timeZoneId.toUtf8());
    const QDate endDate = m.scheduledEnd < m.scheduledStart ? m.date.addDays(1) : m.date;
    for (const auto &[day, time] :
         {std::pair(m.date, m.scheduledStart), std::pair(endDate, m.scheduledEnd)}) {
        if (ZoneTime::instantsOf(day, time, zone).isEmpty())
            return ZoneTime::skippedMessage(day, time, m.timeZoneId);
    }
    if (m.deadline.isValid() && !ZoneTime::isSane(m.deadline.toMSecsSinceEpoch()))
        return ZoneTime::outOfRangeMessage(m.deadline.toString(Qt::ISODate));
    return {};
}
} // namespace

ActPlan SpeakersList::setListClosed(bool closed) const
{
    if (m_meeting.listClosed == closed)
        return ActPlan::refused(closed ? tr("The list is already closed.")
                                       : tr("The list is already open."));
    Meeting m = m_meeting;
    m.listClosed = closed;
    ChangeRecorder r(*this);
    r.setMeeting(m);
    ActPlan plan;
    plan.change =
        r.finish(closed ? QStringLiteral("close-list") : QStringLiteral("open-list"),
                 closed ? tr("List of speakers closed") : tr("List of speakers reopened"));
    return plan;
}

ActPlan SpeakersList::setMeeting(const Meeting &m) const
{
    if (m.title.trimmed().isEmpty())
        return ActPlan::refused(tr("The meeting needs a title."));
    if (const QString why = TextRules::checkMeeting(m); !why.isEmpty())
        return ActPlan::refused(why);
    if (!m.date.isValid())
        return ActPlan::refused(tr("The meeting needs a valid date."));
    if (!m.scheduledStart.isValid() || !m.scheduledEnd.isValid() ||
        m.scheduledStart == m.scheduledEnd)
        return ActPlan::refused(tr("The meeting needs a start and an end time that differ."));
    if (!QTimeZone(m.timeZoneId.toUtf8()).isValid())
        return ActPlan::refused(tr("“%1” is not a known time zone.").arg(m.timeZoneId));
    // Only a new zone is judged, so a file that already has a rule for its zone still opens and
    // takes other changes.
    if (m.timeZoneId != m_meeting.timeZoneId && !SystemZone::isZoneName(m.timeZoneId))
        return ActPlan::refused(tr("“%1” is a POSIX rule, not the name of a time zone; use an "
                                   "IANA id such as Europe/Zurich or America/New_York.")
                                    .arg(m.timeZoneId));
    if (const QString problem = scheduleProblem(m); !problem.isEmpty())
        return ActPlan::refused(problem);
    if (const QString why = ProcedureRules::settingsProblem(m); !why.isEmpty())
        return ActPlan::refused(why);
    if (m.warningSeconds < 0 || m.defaultLimitSeconds <= 0)
        return ActPlan::refused(tr("Time limits must be longer than zero."));
    for (const int s : m.limitSeconds) {
        if (s <= 0)
            return ActPlan::refused(tr("Time limits must be longer than zero."));
    }
    // Rule 6: no limit is longer than a day.
    if (qint64(m.defaultLimitSeconds) * 1000 > kLongestLimitMs) {
        return ActPlan::refused(tr("The meeting's time limit %1 is longer than 24 hours (%2), the "
                                   "longest a limit can be.")
                                    .arg(formatMinSec(qint64(m.defaultLimitSeconds) * 1000),
                                         formatMinSec(kLongestLimitMs)));
    }
    for (auto it = m.limitSeconds.cbegin(); it != m.limitSeconds.cend(); ++it) {
        if (qint64(it.value()) * 1000 > kLongestLimitMs) {
            return ActPlan::refused(tr("The time limit %1 for the category %2 is longer than 24 "
                                       "hours (%3), the longest a limit can be.")
                                        .arg(formatMinSec(qint64(it.value()) * 1000),
                                             categoryName(it.key()),
                                             formatMinSec(kLongestLimitMs)));
        }
    }
    ChangeRecorder r(*this);
    r.setMeeting(m);
    if (m.deadlineUtcMs() != m_meeting.deadlineUtcMs() || m.tierOrder != m_meeting.tierOrder) {
        // Rules 1 and 2 follow the settings in the same act: a new deadline re-marks who is
        // late, and the speakers not placed by hand take their places under the new rules in
        // the slots they already hold, so every pinned speaker keeps its position.
        SpeakersList ruled = *this;
        ruled.m_meeting = m;
        const qint64 deadline = m.deadlineUtcMs();
        for (Entry &e : ruled.m_entries) {
            const bool late = deadline > 0 && e.inscribedAtMs > deadline;
            if (late != e.late)
                r.edit(e.id).late = e.late = late;
        }
        QVector<Entry> unpinned;
        QVector<qint64> places;
        for (const Entry &e : ruled.waiting()) {
            if (!e.pinned) {
                unpinned.append(e);
                places.append(e.orderKey);
            }
        }
        std::sort(unpinned.begin(), unpinned.end(),
                  [&](const Entry &a, const Entry &b) { return autoBefore(m, a, b); });
        for (int i = 0; i < unpinned.size(); ++i) {
            if (unpinned[i].orderKey != places[i])
                r.edit(unpinned[i].id).orderKey = places[i];
        }
    }
    ActPlan plan;
    plan.change = r.finish(QStringLiteral("settings"), tr("Meeting settings changed"));
    if (plan.change->isEmpty())
        return ActPlan::refused(tr("The settings are unchanged."));
    return plan;
}

} // namespace rostrum
