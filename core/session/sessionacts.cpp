// The acts of MeetingSession: each one hands its planner to perform(), which runs it on the list
// as it is inside the write lock, so an act is always worked out on the newest state.
#include "session/meetingsession.h"

namespace rostrum {

MeetingSession::Result MeetingSession::add(const EntryDraft &draft)
{
    return perform([draft](const SpeakersList &l, const ActContext &c) {
        return l.add(draft, c.now, c.firstNewId);
    });
}
MeetingSession::Result MeetingSession::pointOfOrder(const EntryDraft &draft)
{
    return perform([draft](const SpeakersList &l, const ActContext &c) {
        return l.pointOfOrder(draft, c.now, c.firstNewId);
    });
}
MeetingSession::Result MeetingSession::reply(const EntryDraft &draft)
{
    return perform([draft](const SpeakersList &l, const ActContext &c) {
        return l.reply(draft, c.now, c.firstNewId);
    });
}
MeetingSession::Result MeetingSession::setChangeover(int seconds)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &) { return l.setChangeover(seconds); });
}
MeetingSession::Result MeetingSession::setMessage(const QString &text)
{
    return perform(
        [text](const SpeakersList &l, const ActContext &) { return l.setMessage(text); });
}
MeetingSession::Result MeetingSession::edit(qint64 id, const EntryDraft &draft)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &c) { return l.edit(c.id(id), draft); });
}
MeetingSession::Result MeetingSession::remove(qint64 id)
{
    return perform([=](const SpeakersList &l, const ActContext &c) { return l.remove(c.id(id)); });
}
MeetingSession::Result MeetingSession::withdraw(qint64 id)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &c) { return l.withdraw(c.id(id)); });
}
MeetingSession::Result MeetingSession::move(qint64 id, int position)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &c) { return l.move(c.id(id), position); });
}
MeetingSession::Result MeetingSession::swap(qint64 a, qint64 b)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &c) { return l.swap(c.id(a), c.id(b)); });
}
MeetingSession::Result MeetingSession::unpin(qint64 id)
{
    return perform([=](const SpeakersList &l, const ActContext &c) { return l.unpin(c.id(id)); });
}
MeetingSession::Result MeetingSession::start()
{
    return perform([](const SpeakersList &l, const ActContext &c) { return l.start(c.now); });
}
MeetingSession::Result MeetingSession::pause()
{
    return perform([](const SpeakersList &l, const ActContext &c) { return l.pause(c.now); });
}
MeetingSession::Result MeetingSession::toggleClock()
{
    const Entry *cur = m_list.current();
    return cur && SpeechClock::isRunning(*cur) ? pause() : start();
}
MeetingSession::Result MeetingSession::next()
{
    return perform([](const SpeakersList &l, const ActContext &c) { return l.next(c.now); });
}
MeetingSession::Result MeetingSession::absent()
{
    return perform([](const SpeakersList &l, const ActContext &c) { return l.absent(c.now); });
}
MeetingSession::Result MeetingSession::addTime(qint64 deltaMs)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &c) { return l.addTime(deltaMs, c.now); });
}
MeetingSession::Result MeetingSession::resetClock()
{
    return perform([](const SpeakersList &l, const ActContext &c) { return l.resetClock(c.now); });
}
MeetingSession::Result MeetingSession::setAllotted(qint64 id, qint64 ms)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &c) { return l.setAllotted(c.id(id), ms); });
}
MeetingSession::Result
MeetingSession::setAllottedForRemaining(qint64 ms, SpeakersList::LaterInscriptions later)
{
    return perform([=](const SpeakersList &l, const ActContext &) {
        return l.setAllottedForRemaining(ms, later);
    });
}
MeetingSession::Result MeetingSession::setListClosed(bool closed)
{
    return perform(
        [=](const SpeakersList &l, const ActContext &) { return l.setListClosed(closed); });
}
MeetingSession::Result MeetingSession::setMeeting(const Meeting &m)
{
    return perform([m](const SpeakersList &l, const ActContext &) { return l.setMeeting(m); });
}
namespace {
// The import's planner; `planOut` is written by the first planning only, as a kept act is
// planned again later, when the caller's plan is long gone.
ActPlanner importPlanner(const QVector<EntryDraft> &drafts, bool skipInvalid,
                         const QString &summary, ImportPlan *planOut)
{
    return [=](const SpeakersList &l, const ActContext &c) {
        ImportPlan plan = l.planImport(drafts, c.now, c.firstNewId, summary);
        if (planOut)
            *planOut = plan;
        if (!plan.errors.isEmpty() && !skipInvalid) {
            return ActPlan::refused(MeetingSession::tr("%n row(s) refused; nothing was imported.",
                                                       nullptr, int(plan.errors.size())));
        }
        if (!plan.change)
            return ActPlan::refused(MeetingSession::tr("No row could be imported."));
        ActPlan act;
        act.change = plan.change;
        act.entryId = plan.createdIds.isEmpty() ? 0 : plan.createdIds.first();
        return act;
    };
}
} // namespace

MeetingSession::Result MeetingSession::importDrafts(const QVector<EntryDraft> &drafts,
                                                    bool skipInvalid, const QString &summary,
                                                    ImportPlan *planOut)
{
    return perform(importPlanner(drafts, skipInvalid, summary, planOut),
                   importPlanner(drafts, skipInvalid, summary, nullptr));
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
