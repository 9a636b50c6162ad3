#include "clock/speechclock.h"
#include "clock/timetext.h"
#include "list/changerecorder.h"
#include "list/placement.h"
#include "list/speakerslist.h"

#include <algorithm>

namespace rostrum {

// The acts on the floor: who has it and their clock. Each one only plans a Change; the list
// changes when the session applies it.

namespace {
// Calling a speaker and giving them the floor is one step, whichever act calls them (start with
// nobody at the rostrum, next, absent): the first waiting speaker becomes the current one.
Entry &callFirst(ChangeRecorder &r, const QVector<Entry> &order)
{
    Entry &called = r.edit(order.first().id);
    called.status = Status::Speaking;
    r.clearMessage();
    return called;
}

} // namespace

ActPlan SpeakersList::start(qint64 nowMs) const
{
    if (const Entry *cur = current()) {
        if (SpeechClock::isRunning(*cur))
            return ActPlan::refused(tr("The clock is already running."));
        ChangeRecorder r(*this);
        Entry &e = r.edit(cur->id);
        e = SpeechClock::started(e, nowMs);
        ActPlan plan;
        plan.entryId = cur->id;
        plan.change = r.finish(QStringLiteral("start"),
                               tr("Clock started for %1").arg(describe(*cur)), false);
        return plan;
    }
    const QVector<Entry> order = waiting();
    if (order.isEmpty())
        return ActPlan::refused(tr("No one is waiting to speak."));
    // Nobody at the rostrum: Start calls the first speaker and starts their clock in one act,
    // and undoing it sends them back to the head of the list with a fresh clock.
    ChangeRecorder r(*this);
    Entry &e = callFirst(r, order);
    e = SpeechClock::started(e, nowMs);
    ActPlan plan;
    plan.entryId = e.id;
    plan.change = r.finish(QStringLiteral("call"), tr("%1 called").arg(describe(e)));
    return plan;
}

ActPlan SpeakersList::pause(qint64 nowMs) const
{
    const Entry *cur = current();
    if (!cur || !SpeechClock::isRunning(*cur))
        return ActPlan::refused(tr("The clock is not running."));
    ChangeRecorder r(*this);
    Entry &e = r.edit(cur->id);
    e = SpeechClock::paused(e, nowMs);
    ActPlan plan;
    plan.entryId = cur->id;
    plan.change =
        r.finish(QStringLiteral("pause"), tr("Clock paused for %1").arg(describe(*cur)), false);
    return plan;
}

ActPlan SpeakersList::next(qint64 nowMs) const
{
    const Entry *cur = current();
    const QVector<Entry> order = waiting();
    if (!cur && order.isEmpty())
        return ActPlan::refused(tr("No one is waiting to speak."));
    ChangeRecorder r(*this);
    QString summary;
    if (cur) {
        Entry &closing = r.editFrom(SpeechClock::paused(*cur, nowMs));
        closing = SpeechClock::ended(closing, nowMs);
        closing.status = Status::Spoke;
        // Rule 11: the message was for this speech; it goes with it, even with no one to call.
        r.clearMessage();
    }
    ActPlan plan;
    if (const Entry *stopped = interrupted(); stopped && cur) {
        // Rule 8: the point of order is closed and the floor goes back to the speaker it
        // stopped, paused with the time they had; Start resumes them.
        r.edit(stopped->id).status = Status::Speaking;
        r.clearMessage();
        plan.entryId = stopped->id;
        summary = tr("Point of order by %1 closed; the floor returns to %2")
                      .arg(describe(*cur), describe(*stopped));
    } else if (!order.isEmpty()) {
        const Entry &called = callFirst(r, order);
        plan.entryId = called.id;
        summary = tr("%1 called").arg(describe(called));
    } else {
        summary = tr("%1 finished; the list is exhausted").arg(describe(*cur));
    }
    plan.change = r.finish(QStringLiteral("next"), summary);
    return plan;
}

ActPlan SpeakersList::absent(qint64 nowMs) const
{
    const Entry *cur = current();
    const QVector<Entry> waitingNow = waiting();
    if (!cur && waitingNow.isEmpty())
        return ActPlan::refused(tr("No one has been called."));
    // Once the clock has run the speaker was there: Next closes their speech and keeps its
    // time in the record, where Absent would wipe it. The console and the command line share
    // this refusal.
    if (cur && cur->startedAtMs != 0)
        return ActPlan::refused(tr("%1 has started speaking; use Next.").arg(describe(*cur)));
    const Entry target = cur ? *cur : waitingNow.first();
    const QVector<Entry> order = withoutEntry(waitingNow, target.id);

    ChangeRecorder r(*this);
    Entry &gone = r.editFrom(SpeechClock::paused(target, nowMs));
    gone = SpeechClock::reset(gone);
    gone.absences += 1;
    QString where;
    switch (m_meeting.absentRule) {
    case AbsentRule::Remove:
        gone.status = Status::Absent;
        where = tr("taken off the list");
        break;
    case AbsentRule::EndOfTier:
    case AbsentRule::EndOfList: {
        gone.status = Status::Waiting;
        gone.pinned = true;
        const int index = m_meeting.absentRule == AbsentRule::EndOfTier
                              ? endOfTierIndex(m_meeting, gone, order)
                              : int(order.size());
        const Placement place = placeAt(order, index);
        gone.orderKey = place.key;
        r.renumber(place);
        // The tier by name: the chair confirms where the speaker went without looking it up.
        where = m_meeting.absentRule == AbsentRule::EndOfTier
                    ? tr("moved to the end of the %1 tier")
                          .arg(tierName(tierOf(gone.category, gone.groupSize)))
                    : tr("moved to the end of the list");
        break;
    }
    }
    ActPlan plan;
    plan.entryId = target.id;
    QString summary = tr("%1 absent: %2").arg(describe(target), where);
    if (!order.isEmpty()) {
        const Entry &called = callFirst(r, order);
        summary = tr("%1; %2 called").arg(summary, describe(called));
    }
    plan.change = r.finish(QStringLiteral("absent"), summary);
    return plan;
}

ActPlan SpeakersList::addTime(qint64 deltaMs, qint64 nowMs) const
{
    Q_UNUSED(nowMs);
    const Entry *cur = current();
    if (!cur)
        return ActPlan::refused(tr("No one is speaking."));
    if (deltaMs == 0)
        return ActPlan::refused(tr("No time to add."));
    if (SpeechClock::isUntimed(*cur))
        return ActPlan::refused(
            tr("The point of order by %1 is untimed; its clock counts up.").arg(describe(*cur)));
    // Rule 6: a speaker's whole time, with what the chair adds, is at most a day. Compared
    // without adding, so that no amount can overflow into a short or negative limit.
    const qint64 allowance = SpeechClock::allowanceMs(*cur);
    if (deltaMs > 0 && deltaMs > kLongestLimitMs - allowance) {
        return ActPlan::refused(
            tr("Adding %1 would give %2 more than 24 hours (%3) in all; at most %4 can be added.")
                .arg(formatMinSec(deltaMs), describe(*cur), formatMinSec(kLongestLimitMs),
                     formatMinSec(std::max<qint64>(0, kLongestLimitMs - allowance))));
    }
    ChangeRecorder r(*this);
    Entry &e = r.edit(cur->id);
    // The limit never goes below zero: removing time can end a speech's allowance, not more.
    const qint64 extra = deltaMs <= -allowance ? -e.allottedMs : e.extraMs + deltaMs;
    if (extra == e.extraMs)
        return ActPlan::refused(tr("No time left to remove."));
    e.extraMs = extra;
    ActPlan plan;
    plan.entryId = cur->id;
    plan.change =
        r.finish(QStringLiteral("add-time"),
                 deltaMs > 0 ? tr("%1 added for %2").arg(formatMinSec(deltaMs), describe(*cur))
                             : tr("%1 removed for %2").arg(formatMinSec(-deltaMs), describe(*cur)));
    return plan;
}

ActPlan SpeakersList::resetClock(qint64 nowMs) const
{
    const Entry *cur = current();
    if (!cur)
        return ActPlan::refused(tr("No one is speaking."));
    ChangeRecorder r(*this);
    Entry &e = r.editFrom(SpeechClock::paused(*cur, nowMs));
    e = SpeechClock::reset(e);
    ActPlan plan;
    plan.entryId = cur->id;
    plan.change = r.finish(QStringLiteral("reset"), tr("Clock reset for %1").arg(describe(*cur)));
    if (plan.change->isEmpty())
        return ActPlan::refused(tr("The clock is already at the full limit."));
    return plan;
}

ActPlan SpeakersList::setAllotted(qint64 id, qint64 ms) const
{
    const Entry *e = find(id);
    if (!e)
        return ActPlan::refused(tr("There is no entry #%1.").arg(id));
    if (ms <= 0)
        return ActPlan::refused(tr("A time limit must be longer than zero."));
    if (ms > kLongestLimitMs) {
        return ActPlan::refused(
            tr("The time limit %1 for %2 is longer than 24 hours (%3), the longest a limit can be.")
                .arg(formatMinSec(ms), describe(*e), formatMinSec(kLongestLimitMs)));
    }
    if (e->extraMs > 0 && ms > kLongestLimitMs - e->extraMs) {
        return ActPlan::refused(tr("With the %1 already added, a limit of %2 would give %3 more "
                                   "than 24 hours (%4) in all.")
                                    .arg(formatMinSec(e->extraMs), formatMinSec(ms), describe(*e),
                                         formatMinSec(kLongestLimitMs)));
    }
    if (e->status != Status::Waiting && e->status != Status::Speaking &&
        e->status != Status::Interrupted)
        return ActPlan::refused(tr("%1 has already spoken.").arg(describe(*e)));
    ChangeRecorder r(*this);
    r.edit(id).allottedMs = ms;
    ActPlan plan;
    plan.entryId = id;
    plan.change = r.finish(QStringLiteral("set-limit"),
                           tr("Limit %1 for %2").arg(formatMinSec(ms), describe(*e)));
    if (plan.change->isEmpty())
        return ActPlan::refused(
            tr("%1 already has a limit of %2.").arg(describe(*e), formatMinSec(ms)));
    return plan;
}

ActPlan SpeakersList::setAllottedForRemaining(qint64 ms, LaterInscriptions later) const
{
    if (ms <= 0)
        return ActPlan::refused(tr("A time limit must be longer than zero."));
    if (ms > kLongestLimitMs) {
        return ActPlan::refused(tr("A time limit of %1 for every remaining speaker is longer than "
                                   "24 hours (%2), the longest a limit can be.")
                                    .arg(formatMinSec(ms), formatMinSec(kLongestLimitMs)));
    }
    ChangeRecorder r(*this);
    // A chair who says "2:10 for all" means the speakers inscribed after it too: the limits of
    // the categories now waiting become the new one, or a late inscription would come in at the
    // old limit and the projection would jump. Limits are whole seconds in the settings.
    Meeting meeting = m_meeting;
    const bool stick = later == LaterInscriptions::TakeTheLimit && ms % 1000 == 0;
    for (const Entry &e : waiting()) {
        if (e.kind == EntryKind::Reply)
            continue; // rule 9: replies keep the limits the meeting sets for replies
        r.edit(e.id).allottedMs = ms;
        if (stick)
            meeting.limitSeconds[e.category] = int(ms / 1000);
    }
    if (stick)
        r.setMeeting(meeting);
    ActPlan plan;
    plan.change = r.finish(
        QStringLiteral("set-limit-all"),
        stick
            ? tr("Limit %1 for all remaining speakers and later inscriptions").arg(formatMinSec(ms))
            : tr("Limit %1 for all remaining speakers").arg(formatMinSec(ms)));
    if (plan.change->isEmpty())
        return ActPlan::refused(
            tr("Every remaining speaker already has a limit of %1.").arg(formatMinSec(ms)));
    return plan;
}

} // namespace rostrum
