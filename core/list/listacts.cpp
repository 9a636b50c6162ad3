#include "list/changerecorder.h"
#include "list/inscriptionrules.h"
#include "list/placement.h"
#include "list/speakerslist.h"
#include "meeting/entrycolumns.h"
#include "meeting/zonetime.h"

#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace rostrum {

// The acts on the list itself: inscriptions, their order, and the list's settings. Each one only
// plans a Change; the list changes when the session applies it.

namespace {
// Where an entry that is not waiting stands, as a whole clause: "Latvia (X) has spoken".
QString standing(const QString &who, Status status)
{
    switch (status) {
    case Status::Waiting:
        return SpeakersList::tr("%1 is waiting").arg(who);
    case Status::Speaking:
        return SpeakersList::tr("%1 is speaking").arg(who);
    case Status::Spoke:
        return SpeakersList::tr("%1 has spoken").arg(who);
    case Status::Absent:
        return SpeakersList::tr("%1 was absent and is off the list").arg(who);
    case Status::Withdrawn:
        return SpeakersList::tr("%1 has withdrawn").arg(who);
    case Status::Interrupted:
        return SpeakersList::tr("%1 was interrupted by a point of order").arg(who);
    }
    return who;
}

// Why a time of inscription cannot be meant; 0 stands for "now" and is fine.
QString inscriptionTimeProblem(const EntryDraft &draft)
{
    if (draft.inscribedAtMs == 0 || ZoneTime::isSane(draft.inscribedAtMs))
        return {};
    return ZoneTime::outOfRangeMessage(
        QDateTime::fromMSecsSinceEpoch(draft.inscribedAtMs, QTimeZone::utc())
            .toString(Qt::ISODate));
}

} // namespace

ActPlan SpeakersList::add(const EntryDraft &draft, qint64 nowMs, qint64 newId) const
{
    if (m_meeting.listClosed)
        return ActPlan::refused(tr("The list of speakers is closed. Reopen it to inscribe %1.")
                                    .arg(draft.delegation.trimmed()));
    if (const QString problem = inscriptionTimeProblem(draft); !problem.isEmpty())
        return ActPlan::refused(problem);
    QString why;
    std::optional<Category> category = draft.category;
    if (const QString error = InscriptionRules::validateDraft(draft, *m_directory, category);
        !error.isEmpty())
        return ActPlan::refused(error);
    if (!category)
        category = inferCategory(draft, &why);
    if (!category)
        return ActPlan::refused(why);

    Entry e = InscriptionRules::entryFromDraft(draft, *category, nowMs, m_meeting, *m_directory);
    e.id = newId;
    if (const auto dup = InscriptionRules::duplicateOf(e, *this))
        return ActPlan::refused(*dup);

    // The new entry is not on the list yet: the running order as it is is the order without it.
    const Placement place = placeAmong(m_entries, m_waitingIds,
                                       automaticIndexAmong(m_meeting, e, m_entries, m_waitingIds));
    e.orderKey = place.key;
    ChangeRecorder r(*this);
    r.renumber(place);
    r.create(e);
    ActPlan plan;
    plan.entryId = e.id;
    plan.change =
        r.finish(QStringLiteral("add"), e.late ? tr("%1 inscribed (late)").arg(describe(e))
                                               : tr("%1 inscribed").arg(describe(e)));
    return plan;
}

ActPlan SpeakersList::edit(qint64 id, const EntryDraft &draft) const
{
    const Entry *old = find(id);
    if (!old)
        return ActPlan::refused(tr("There is no entry #%1.").arg(id));
    if (const QString problem = inscriptionTimeProblem(draft); !problem.isEmpty())
        return ActPlan::refused(problem);
    std::optional<Category> category = draft.category;
    if (const QString error = InscriptionRules::validateDraft(draft, *m_directory, category);
        !error.isEmpty())
        return ActPlan::refused(error);
    QString why;
    if (!category)
        category = inferCategory(draft, &why);
    if (!category)
        return ActPlan::refused(why);

    Entry fresh = InscriptionRules::entryFromDraft(draft, *category, old->inscribedAtMs, m_meeting,
                                                   *m_directory);
    ChangeRecorder r(*this);
    Entry &e = r.edit(id);
    const Entry before = e;
    EntryColumns::copyInscription(fresh, e);
    if (fresh.inscribedAtMs != before.inscribedAtMs) {
        e.inscribedAtMs = fresh.inscribedAtMs;
        e.late = fresh.late;
    }
    if (draft.allottedMs > 0)
        e.allottedMs = draft.allottedMs;
    if (const auto dup = InscriptionRules::duplicateOf(e, *this))
        return ActPlan::refused(*dup);

    const bool orderMayChange = tierIndexOf(e) != tierIndexOf(before) || e.late != before.late ||
                                e.inscribedAtMs != before.inscribedAtMs;
    if (e.status == Status::Waiting && !e.pinned && orderMayChange) {
        const QVector<Entry> order = withoutEntry(waiting(), id);
        const Placement place = placeAt(order, automaticIndex(m_meeting, e, order));
        e.orderKey = place.key;
        r.renumber(place);
    }
    ActPlan plan;
    plan.entryId = id;
    plan.change = r.finish(QStringLiteral("edit"), tr("%1 edited").arg(describe(e)));
    if (plan.change->isEmpty())
        return ActPlan::refused(tr("Nothing to change for %1.").arg(describe(e)));
    return plan;
}

ActPlan SpeakersList::remove(qint64 id) const
{
    const Entry *e = find(id);
    if (!e)
        return ActPlan::refused(tr("There is no entry #%1.").arg(id));
    if (e->status == Status::Speaking)
        return ActPlan::refused(
            tr("%1 is speaking. Call the next speaker before removing this entry.")
                .arg(describe(*e)));
    if (e->status == Status::Interrupted)
        return ActPlan::refused(tr("%1 was interrupted by a point of order and gets the floor "
                                   "back when it closes; close it with Next first.")
                                    .arg(describe(*e)));
    ChangeRecorder r(*this);
    r.erase(id);
    ActPlan plan;
    plan.entryId = id;
    plan.change = r.finish(QStringLiteral("remove"), tr("%1 removed").arg(describe(*e)));
    return plan;
}

ActPlan SpeakersList::withdraw(qint64 id) const
{
    const Entry *e = find(id);
    if (!e)
        return ActPlan::refused(tr("There is no entry #%1.").arg(id));
    if (e->status != Status::Waiting)
        return ActPlan::refused(
            tr("Only a waiting speaker can withdraw; %1.").arg(standing(describe(*e), e->status)));
    ChangeRecorder r(*this);
    r.edit(id).status = Status::Withdrawn;
    ActPlan plan;
    plan.entryId = id;
    plan.change = r.finish(QStringLiteral("withdraw"), tr("%1 withdrew").arg(describe(*e)));
    return plan;
}

ActPlan SpeakersList::move(qint64 id, int position) const
{
    const Entry *e = find(id);
    if (!e)
        return ActPlan::refused(tr("There is no entry #%1.").arg(id));
    if (e->status != Status::Waiting)
        return ActPlan::refused(
            tr("Only waiting speakers can be moved; %1.").arg(standing(describe(*e), e->status)));
    // Ids only: copying every waiting entry made a move on a long list slow.
    QVector<qint64> others = m_waitingIds;
    const int count = int(others.size());
    if (position < 1 || position > count) {
        if (count == 1) {
            return ActPlan::refused(tr("There is no position %1 for %2: %2 is the only waiting "
                                       "speaker, at position 1.")
                                        .arg(position)
                                        .arg(describe(*e)));
        }
        return ActPlan::refused(tr("There is no position %1 for %2: there are %n waiting "
                                   "speakers: choose a position from 1 to %n.",
                                   nullptr, count)
                                    .arg(position)
                                    .arg(describe(*e)));
    }
    const int from = int(others.indexOf(id));
    const int to = position - 1;
    if (from == to && e->pinned)
        return ActPlan::refused(tr("%1 is already at position %2.").arg(describe(*e)).arg(to + 1));
    others.remove(from);
    const Placement place = placeAmong(m_entries, others, to);
    ChangeRecorder r(*this);
    Entry &moved = r.edit(id);
    moved.orderKey = place.key;
    moved.pinned = true;
    r.renumber(place);
    ActPlan plan;
    plan.entryId = id;
    plan.change = r.finish(QStringLiteral("move"),
                           tr("%1 moved to position %2").arg(describe(*e)).arg(to + 1));
    return plan;
}

ActPlan SpeakersList::swap(qint64 a, qint64 b) const
{
    const Entry *ea = find(a);
    const Entry *eb = find(b);
    if (!ea || !eb)
        return ActPlan::refused(tr("There is no entry #%1.").arg(ea ? b : a));
    if (a == b)
        return ActPlan::refused(tr("Choose two different speakers to exchange places."));
    if (ea->status != Status::Waiting || eb->status != Status::Waiting)
        return ActPlan::refused(tr("Only waiting speakers can exchange places."));
    ChangeRecorder r(*this);
    Entry &x = r.edit(a);
    Entry &y = r.edit(b);
    std::swap(x.orderKey, y.orderKey);
    x.pinned = true;
    y.pinned = true;
    ActPlan plan;
    plan.entryId = a;
    plan.change = r.finish(QStringLiteral("swap"),
                           tr("%1 exchanged places with %2").arg(ea->delegation, eb->delegation));
    return plan;
}

ActPlan SpeakersList::unpin(qint64 id) const
{
    const Entry *e = find(id);
    if (!e || e->status != Status::Waiting || !e->pinned)
        return ActPlan::refused(tr("Only a waiting speaker placed by hand can be released."));
    const QVector<Entry> order = withoutEntry(waiting(), id);
    ChangeRecorder r(*this);
    Entry &moved = r.edit(id);
    moved.pinned = false;
    const Placement place = placeAt(order, automaticIndex(m_meeting, moved, order));
    moved.orderKey = place.key;
    r.renumber(place);
    ActPlan plan;
    plan.entryId = id;
    plan.change = r.finish(QStringLiteral("unpin"),
                           tr("%1 returned to the automatic order").arg(describe(*e)));
    return plan;
}

ImportPlan SpeakersList::planImport(const QVector<EntryDraft> &drafts, qint64 nowMs, qint64 firstId,
                                    const QString &summary) const
{
    ImportPlan out;
    // Inscribe on a copy, one row after another, so every rule (and every duplicate, within
    // the file or against the list) is judged exactly as a single inscription would be.
    SpeakersList simulated = *this;
    QVector<qint64> touched; // in the order first touched, for a change that reads the same
    QSet<qint64> touchedSet; // and to ask in constant time: a row of 10,000 touches one entry
    qint64 nextId = firstId;
    for (int row = 0; row < drafts.size(); ++row) {
        const ActPlan one = simulated.add(drafts[row], nowMs, nextId);
        if (!one.ok()) {
            out.errors.append({row, one.error});
            continue;
        }
        simulated.apply(
            one.change->replay(Change::Direction::Redo, simulated.entries(), simulated.meeting()));
        for (const EntryDelta &d : one.change->entries) {
            if (!touchedSet.contains(d.id)) {
                touchedSet.insert(d.id);
                touched.append(d.id);
            }
        }
        out.createdIds.append(nextId++);
        out.acceptedRows.append(row);
    }
    if (out.createdIds.isEmpty())
        return out;
    // An import only inscribes and renumbers: every entry it touched is still on the copy.
    ChangeRecorder r(*this);
    for (const qint64 id : touched) {
        const Entry &after = *simulated.find(id);
        if (find(id))
            r.edit(id) = after;
        else
            r.create(after);
    }
    out.change = r.finish(QStringLiteral("import"), summary);
    return out;
}

} // namespace rostrum
