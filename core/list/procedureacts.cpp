#include "clock/speechclock.h"
#include "clock/timetext.h"
#include "list/changerecorder.h"
#include "list/inscriptionrules.h"
#include "list/placement.h"
#include "list/procedurerules.h"
#include "list/speakerslist.h"

namespace rostrum {

// The acts of the floor as the UN runs it (docs/RULES.md, rules 8 to 11): points of order,
// rights of reply, the changeover and the message to the speaker. Each one only plans a Change.

namespace {
// The entry a point of order or a reply inscribes: the delegation and speaker as staff typed
// them, checked by the rules of any inscription (rule 5's characters, the directory's names).
std::optional<Entry> entryOf(const SpeakersList &list, const EntryDraft &draft, qint64 nowMs,
                             QString *why)
{
    std::optional<Category> category = draft.category;
    if (const QString error = InscriptionRules::validateDraft(draft, list.directory(), category);
        !error.isEmpty()) {
        *why = error;
        return std::nullopt;
    }
    if (!category)
        category = list.inferCategory(draft, why);
    if (!category)
        return std::nullopt;
    Entry e =
        InscriptionRules::entryFromDraft(draft, *category, nowMs, list.meeting(), list.directory());
    e.late = false; // neither is an inscription on the list of speakers: no deadline applies
    return e;
}
} // namespace

ActPlan SpeakersList::pointOfOrder(const EntryDraft &draft, qint64 nowMs, qint64 newId) const
{
    const Entry *cur = current();
    if (cur && cur->kind == EntryKind::PointOfOrder)
        return ActPlan::refused(tr("A point of order by %1 is before the chair; close it with "
                                   "Next before another is raised.")
                                    .arg(describe(*cur)));
    QString why;
    std::optional<Entry> raised = entryOf(*this, draft, nowMs, &why);
    if (!raised)
        return ActPlan::refused(why);
    Entry &e = *raised;
    e.id = newId;
    e.kind = EntryKind::PointOfOrder;
    e.allottedMs = qint64(m_meeting.pointOfOrderLimitSeconds) * 1000;
    e.status = Status::Speaking;
    e = SpeechClock::started(e, nowMs);

    ChangeRecorder r(*this);
    QString summary = tr("Point of order: %1").arg(describe(e));
    if (cur) {
        // The speech stops where it is: paused, so that its remaining time is kept exactly and
        // the floor comes back to it with the time it had.
        Entry &stopped = r.editFrom(SpeechClock::paused(*cur, nowMs));
        stopped.status = Status::Interrupted;
        summary = tr("Point of order: %1, interrupting %2").arg(describe(e), describe(*cur));
    }
    r.create(e);
    r.clearMessage();
    ActPlan plan;
    plan.entryId = e.id;
    plan.change = r.finish(QStringLiteral("point-of-order"), summary);
    return plan;
}

ActPlan SpeakersList::reply(const EntryDraft &draft, qint64 nowMs, qint64 newId) const
{
    QString why;
    std::optional<Entry> asked = entryOf(*this, draft, nowMs, &why);
    if (!asked)
        return ActPlan::refused(why);
    Entry &e = *asked;
    // Rule 9: a delegation's replies are counted by the delegation, whoever speaks for it.
    QVector<const Entry *> earlier;
    for (const Entry &other : m_entries) {
        if (other.kind == EntryKind::Reply && other.status != Status::Withdrawn &&
            other.delegation == e.delegation)
            earlier.append(&other);
    }
    std::sort(earlier.begin(), earlier.end(),
              [](const Entry *a, const Entry *b) { return a->replyNumber < b->replyNumber; });
    if (earlier.size() >= m_meeting.repliesAllowed) {
        if (m_meeting.repliesAllowed == 0)
            return ActPlan::refused(
                tr("This meeting allows no right of reply (%1 asked).").arg(e.delegation));
        QStringList named;
        for (const Entry *x : earlier)
            named.append(tr("reply %1 (entry #%2, %3)")
                             .arg(x->replyNumber)
                             .arg(x->id)
                             .arg(statusName(x->status).toLower()));
        return ActPlan::refused(
            tr("%1 already has the %n right(s) of reply this meeting allows: %2.", nullptr,
               m_meeting.repliesAllowed)
                .arg(e.delegation, named.join(tr(" and "))));
    }
    e.id = newId;
    e.kind = EntryKind::Reply;
    e.replyNumber = earlier.isEmpty() ? 1 : earlier.last()->replyNumber + 1;
    if (draft.allottedMs <= 0)
        e.allottedMs = qint64(m_meeting.replyLimitSeconds(e.replyNumber)) * 1000;
    // After every statement and every earlier reply: in the order asked.
    const QVector<Entry> order = waiting();
    const Placement place = placeAt(order, automaticIndex(m_meeting, e, order));
    e.orderKey = place.key;
    ChangeRecorder r(*this);
    r.renumber(place);
    r.create(e);
    ActPlan plan;
    plan.entryId = e.id;
    plan.change = r.finish(
        QStringLiteral("reply"),
        e.replyNumber == 1
            ? tr("%1: first right of reply inscribed").arg(describe(e))
            : tr("%1: right of reply no. %2 inscribed").arg(describe(e)).arg(e.replyNumber));
    return plan;
}

ActPlan SpeakersList::setChangeover(int seconds) const
{
    Meeting m = m_meeting;
    m.changeoverSeconds = seconds;
    if (const QString why = ProcedureRules::settingsProblem(m); !why.isEmpty())
        return ActPlan::refused(why);
    if (seconds == m_meeting.changeoverSeconds)
        return ActPlan::refused(tr("The changeover is already %1 s.").arg(seconds));
    ChangeRecorder r(*this);
    r.setMeeting(m);
    ActPlan plan;
    plan.change = r.finish(QStringLiteral("set-changeover"),
                           seconds == 0 ? tr("No changeover between speakers")
                                        : tr("Changeover %1 s between speakers").arg(seconds));
    return plan;
}

ActPlan SpeakersList::setMessage(const QString &text) const
{
    const QString message = text.trimmed();
    if (const QString why = ProcedureRules::messageProblem(message); !why.isEmpty())
        return ActPlan::refused(why);
    if (message == m_meeting.message)
        return ActPlan::refused(
            message.isEmpty() ? tr("There is no message to clear.")
                              : tr("“%1” is already the message to the speaker.").arg(message));
    Meeting m = m_meeting;
    m.message = message;
    ChangeRecorder r(*this);
    r.setMeeting(m);
    ActPlan plan;
    // Like the clock's start and pause, a message belongs to its moment: journaled, not undone.
    plan.change = r.finish(QStringLiteral("message"),
                           message.isEmpty() ? tr("Message to the speaker cleared")
                                             : tr("Message to the speaker: “%1”").arg(message),
                           false);
    return plan;
}

} // namespace rostrum
