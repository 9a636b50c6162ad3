// The acts of MeetingSession: each one hands its planner to perform(), which runs it on the list
// as it is inside the write lock, so an act is always worked out on the newest state.
#include "session/meetingsession.h"

namespace rostrum {

MeetingSession::Result MeetingSession::add(const EntryDraft &draft)
{
    return perform(
        [&](const SpeakersList &l, qint64 now, qint64 id) { return l.add(draft, now, id); });
}
MeetingSession::Result MeetingSession::edit(qint64 id, const EntryDraft &draft)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.edit(id, draft); });
}
MeetingSession::Result MeetingSession::remove(qint64 id)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.remove(id); });
}
MeetingSession::Result MeetingSession::withdraw(qint64 id)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.withdraw(id); });
}
MeetingSession::Result MeetingSession::move(qint64 id, int position)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.move(id, position); });
}
MeetingSession::Result MeetingSession::swap(qint64 a, qint64 b)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.swap(a, b); });
}
MeetingSession::Result MeetingSession::unpin(qint64 id)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.unpin(id); });
}
MeetingSession::Result MeetingSession::start()
{
    return perform([](const SpeakersList &l, qint64 now, qint64) { return l.start(now); });
}
MeetingSession::Result MeetingSession::pause()
{
    return perform([](const SpeakersList &l, qint64 now, qint64) { return l.pause(now); });
}
MeetingSession::Result MeetingSession::toggleClock()
{
    const Entry *cur = m_list.current();
    return cur && SpeechClock::isRunning(*cur) ? pause() : start();
}
MeetingSession::Result MeetingSession::next()
{
    return perform([](const SpeakersList &l, qint64 now, qint64) { return l.next(now); });
}
MeetingSession::Result MeetingSession::absent()
{
    return perform([](const SpeakersList &l, qint64 now, qint64) { return l.absent(now); });
}
MeetingSession::Result MeetingSession::addTime(qint64 deltaMs)
{
    return perform(
        [&](const SpeakersList &l, qint64 now, qint64) { return l.addTime(deltaMs, now); });
}
MeetingSession::Result MeetingSession::resetClock()
{
    return perform([](const SpeakersList &l, qint64 now, qint64) { return l.resetClock(now); });
}
MeetingSession::Result MeetingSession::setAllotted(qint64 id, qint64 ms)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.setAllotted(id, ms); });
}
MeetingSession::Result MeetingSession::setAllottedForRemaining(qint64 ms)
{
    return perform(
        [&](const SpeakersList &l, qint64, qint64) { return l.setAllottedForRemaining(ms); });
}
MeetingSession::Result MeetingSession::setListClosed(bool closed)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.setListClosed(closed); });
}
MeetingSession::Result MeetingSession::setMeeting(const Meeting &m)
{
    return perform([&](const SpeakersList &l, qint64, qint64) { return l.setMeeting(m); });
}
MeetingSession::Result MeetingSession::importDrafts(const QVector<EntryDraft> &drafts,
                                                    bool skipInvalid, const QString &summary,
                                                    ImportPlan *planOut)
{
    return perform([&](const SpeakersList &l, qint64 now, qint64 firstId) {
        ImportPlan plan = l.planImport(drafts, now, firstId, summary);
        if (planOut)
            *planOut = plan;
        if (!plan.errors.isEmpty() && !skipInvalid) {
            return ActPlan::refused(
                tr("%n row(s) refused; nothing was imported.", nullptr, int(plan.errors.size())));
        }
        if (!plan.change)
            return ActPlan::refused(tr("No row could be imported."));
        ActPlan act;
        act.change = plan.change;
        act.entryId = plan.createdIds.isEmpty() ? 0 : plan.createdIds.first();
        return act;
    });
}

MeetingSession::Result MeetingSession::undo()
{
    return replay(true);
}
MeetingSession::Result MeetingSession::redo()
{
    return replay(false);
}

} // namespace rostrum
