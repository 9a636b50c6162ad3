#include "list/speakerslist.h"

#include "clock/speechclock.h"
#include "meeting/entrycolumns.h"
#include "clock/timetext.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <unordered_map>

namespace rostrum {

namespace {
constexpr qint64 kKeyStep = qint64(1) << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("rostrum::SpeakersList", text);
}

bool waitingOrder(const Entry &a, const Entry &b)
{
    return a.orderKey != b.orderKey ? a.orderKey < b.orderKey : a.id < b.id;
}

bool sameName(const QString &a, const QString &b)
{
    return Directory::normalized(a) == Directory::normalized(b);
}

// The directory's name for a delegation typed as an alias ("UK", "US"), so that it is found in
// the meeting's lists whichever form either side uses.
QString canonicalName(const Directory &directory, const QString &name)
{
    const auto found = directory.find(name);
    return found ? found->name : name;
}

bool listed(const Directory &directory, const QStringList &names, const QString &name)
{
    const QString canonical = canonicalName(directory, name);
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
        return sameName(canonicalName(directory, n), canonical);
    });
}

// Where an entry that is not waiting stands, as a whole clause: "Latvia (X) has spoken".
QString standing(const QString &who, Status status)
{
    switch (status) {
    case Status::Waiting:
        return tr("%1 is waiting").arg(who);
    case Status::Speaking:
        return tr("%1 is speaking").arg(who);
    case Status::Spoke:
        return tr("%1 has spoken").arg(who);
    case Status::Absent:
        return tr("%1 was absent and is off the list").arg(who);
    case Status::Withdrawn:
        return tr("%1 has withdrawn").arg(who);
    }
    return who;
}

// Briefers and other non-State speakers are told apart by the person; States by capacity.
bool speaksAsPerson(Category c)
{
    return c == Category::Briefer || c == Category::Other;
}
} // namespace

// Records, while an act is planned, each touched entry's row before and after.
class SpeakersList::Recorder
{
public:
    explicit Recorder(const SpeakersList &list) : m_list(list) {}

    Entry &edit(qint64 id)
    {
        auto it = m_work.find(id);
        if (it == m_work.end()) {
            it = m_work.emplace(id, *m_list.find(id)).first;
            m_touched.append(id);
        }
        return it->second;
    }
    // The row as journaled "before" is this one: used when the act first pauses a running
    // clock, so an undo never brings back a clock that kept running in the meantime.
    Entry &editFrom(const Entry &baseline)
    {
        m_baseline.insert(baseline.id, baseline);
        return edit(baseline.id) = baseline;
    }
    void create(const Entry &e)
    {
        m_work.insert_or_assign(e.id, e);
        m_created.insert(e.id);
        m_touched.append(e.id);
    }
    void erase(qint64 id)
    {
        edit(id);
        m_erased.insert(id);
    }
    void setMeeting(const Meeting &m) { m_meeting = m; }

    Change finish(const QString &act, const QString &summary, bool undoable = true) const
    {
        Change c;
        c.act = act;
        c.summary = summary;
        c.undoable = undoable;
        for (const qint64 id : m_touched) {
            EntryDelta d;
            d.id = id;
            if (!m_created.contains(id))
                d.before = m_baseline.contains(id) ? m_baseline.value(id).toColumns()
                                                   : m_list.find(id)->toColumns();
            if (!m_erased.contains(id))
                d.after = m_work.at(id).toColumns();
            if (d.before != d.after)
                c.entries.append(d);
        }
        if (m_meeting) {
            c.meetingBefore = m_list.meeting().toColumns();
            c.meetingAfter = m_meeting->toColumns();
        }
        return c;
    }

private:
    const SpeakersList &m_list;
    // References handed out by edit() must survive later edits, which a QHash does not promise.
    std::unordered_map<qint64, Entry> m_work;
    QHash<qint64, Entry> m_baseline;
    QVector<qint64> m_touched;
    QSet<qint64> m_created;
    QSet<qint64> m_erased;
    std::optional<Meeting> m_meeting;
};

SpeakersList::SpeakersList(Meeting meeting, const QVector<Entry> &entries,
                           const Directory &directory)
    : m_directory(&directory)
{
    replaceAll(std::move(meeting), entries);
}

void SpeakersList::replaceAll(Meeting meeting, const QVector<Entry> &entries)
{
    m_meeting = std::move(meeting);
    m_entries.clear();
    for (const Entry &e : entries)
        m_entries.insert(e.id, e);
    rebuildIndex();
}

void SpeakersList::apply(const Change::Outcome &outcome)
{
    for (const qint64 id : outcome.deletions)
        m_entries.remove(id);
    for (const Entry &e : outcome.upserts)
        m_entries.insert(e.id, e);
    if (outcome.meeting)
        m_meeting = *outcome.meeting;
    reindex(outcome);
}

void SpeakersList::rebuildIndex()
{
    // Sorted as pointers: sorting copies of whole entries (eight strings each) was most of
    // the time of an act on a long list (docs/BENCHMARKS.md).
    QVector<const Entry *> order;
    order.reserve(m_entries.size());
    m_currentId = 0;
    for (const Entry &e : m_entries) {
        if (e.status == Status::Waiting)
            order.append(&e);
        else if (e.status == Status::Speaking && m_currentId == 0)
            m_currentId = e.id;
    }
    std::sort(order.begin(), order.end(),
              [](const Entry *a, const Entry *b) { return waitingOrder(*a, *b); });
    m_waitingIds = QVector<qint64>();
    m_waitingIds.reserve(order.size());
    for (const Entry *e : order)
        m_waitingIds.append(e->id);
    forgetEmptyBuffer();
}

void SpeakersList::forgetEmptyBuffer()
{
    // Qt 6.4 compares two empty lists with memcmp when only one of them has a buffer, and
    // memcmp with a null pointer is undefined even for zero bytes (UBSan reports it): an empty
    // running order is kept without one, like a list that never had an entry.
    if (m_waitingIds.isEmpty())
        m_waitingIds = QVector<qint64>();
}

void SpeakersList::reindex(const Change::Outcome &outcome)
{
    QSet<qint64> touched(outcome.deletions.cbegin(), outcome.deletions.cend());
    for (const Entry &e : outcome.upserts)
        touched.insert(e.id);
    // Past a quarter of the list, one sort is cheaper than that many insertions.
    if (touched.size() > m_waitingIds.size() / 4 + 8) {
        rebuildIndex();
        return;
    }
    // An act touches one or two entries: finding each is a scan of plain ids, cheaper than a
    // hash lookup for every id on the list.
    if (touched.size() <= 8) {
        for (const qint64 id : touched) {
            if (const qsizetype at = m_waitingIds.indexOf(id); at >= 0)
                m_waitingIds.remove(at);
        }
    } else {
        m_waitingIds.removeIf([&](qint64 id) { return touched.contains(id); });
    }
    if (touched.contains(m_currentId))
        m_currentId = 0;
    for (const qint64 id : touched) {
        const auto found = m_entries.constFind(id);
        if (found == m_entries.cend())
            continue; // deleted
        const Entry &e = found.value();
        if (e.status == Status::Speaking) {
            m_currentId = e.id;
        } else if (e.status == Status::Waiting) {
            const auto at = std::lower_bound(
                m_waitingIds.begin(), m_waitingIds.end(), e, [this](qint64 other, const Entry &x) {
                    return waitingOrder(m_entries.constFind(other).value(), x);
                });
            m_waitingIds.insert(at, e.id);
        }
    }
    forgetEmptyBuffer();
}

QVector<Entry> SpeakersList::waiting() const
{
    QVector<Entry> out;
    out.reserve(m_waitingIds.size());
    for (const qint64 id : m_waitingIds)
        out.append(m_entries.constFind(id).value());
    return out;
}

QVector<qint64> SpeakersList::waitingIds() const
{
    return m_waitingIds;
}

const Entry *SpeakersList::current() const
{
    return m_currentId == 0 ? nullptr : find(m_currentId);
}

QVector<Entry> SpeakersList::spoken() const
{
    QVector<Entry> out;
    for (const Entry &e : m_entries) {
        if (e.status == Status::Spoke)
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        const qint64 ta = a.startedAtMs ? a.startedAtMs : a.endedAtMs;
        const qint64 tb = b.startedAtMs ? b.startedAtMs : b.endedAtMs;
        return ta != tb ? ta < tb : a.id < b.id;
    });
    return out;
}

QVector<Entry> SpeakersList::others() const
{
    QVector<Entry> out;
    for (const Entry &e : m_entries) {
        if (e.status == Status::Absent || e.status == Status::Withdrawn)
            out.append(e);
    }
    std::sort(out.begin(), out.end(), waitingOrder);
    return out;
}

const Entry *SpeakersList::find(qint64 id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? nullptr : &it.value();
}

int SpeakersList::positionOf(qint64 id) const
{
    const int i = int(m_waitingIds.indexOf(id));
    return i < 0 ? 0 : i + 1;
}

QString SpeakersList::describe(const Entry &e)
{
    if (e.speaker.isEmpty())
        return e.delegation;
    return tr("%1 (%2)").arg(e.delegation, e.speaker);
}

int SpeakersList::tierIndexOf(const Entry &e) const
{
    return m_meeting.tierIndex(tierOf(e.category, e.groupSize));
}

bool SpeakersList::autoBefore(const Entry &a, const Entry &b) const
{
    const int ta = tierIndexOf(a), tb = tierIndexOf(b);
    if (ta != tb)
        return ta < tb;
    if (a.late != b.late)
        return !a.late;
    if (a.inscribedAtMs != b.inscribedAtMs)
        return a.inscribedAtMs < b.inscribedAtMs;
    return a.id < b.id;
}

int SpeakersList::automaticIndex(const Entry &e, const QVector<Entry> &order) const
{
    // Before the first unpinned entry that should follow it. Pinned entries in front of that
    // point stay in front: a manual move is never undone by an automatic placement.
    for (int i = 0; i < order.size(); ++i) {
        if (!order[i].pinned && autoBefore(e, order[i]))
            return i;
    }
    return int(order.size());
}

int SpeakersList::endOfTierIndex(const Entry &e, const QVector<Entry> &order) const
{
    const int tier = tierIndexOf(e);
    int index = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (tierIndexOf(order[i]) <= tier)
            index = i + 1;
    }
    return index;
}

template <typename KeyAt, typename IdAt>
SpeakersList::Placement SpeakersList::placeWith(int size, int index, KeyAt keyAt, IdAt idAt)
{
    Placement p;
    index = std::clamp(index, 0, size);
    if (size == 0) {
        p.key = kKeyStep;
    } else if (index == 0) {
        p.key = keyAt(0) - kKeyStep;
    } else if (index == size) {
        p.key = keyAt(size - 1) + kKeyStep;
    } else {
        const qint64 a = keyAt(index - 1), b = keyAt(index);
        if (b - a >= 2) {
            p.key = a + (b - a) / 2;
        } else {
            // The gap is used up: space the whole list out again. Rare, and one act still.
            for (int i = 0; i <= size; ++i) {
                const qint64 key = (i + 1) * kKeyStep;
                if (i == index)
                    p.key = key;
                const int source = i < index ? i : i - 1;
                if (i != index && keyAt(source) != key)
                    p.renumbered.insert(idAt(source), key);
            }
            if (index == size)
                p.key = (index + 1) * kKeyStep;
        }
    }
    return p;
}

SpeakersList::Placement SpeakersList::placeAt(const QVector<Entry> &order, int index)
{
    return placeWith(
        int(order.size()), index, [&](int i) { return order[i].orderKey; },
        [&](int i) { return order[i].id; });
}

SpeakersList::Placement SpeakersList::placeAmong(const QVector<qint64> &ids, int index) const
{
    // Keys are looked up only where needed: next to the place, or all of them when the list
    // is spaced out again.
    return placeWith(
        int(ids.size()), index, [&](int i) { return m_entries.constFind(ids[i])->orderKey; },
        [&](int i) { return ids[i]; });
}

std::optional<Category> SpeakersList::inferCategory(const EntryDraft &draft, QString *why) const
{
    const QString name = draft.delegation.trimmed();
    QList<Category> qualifies;
    if (listed(*m_directory, m_meeting.organizers, name))
        qualifies.append(Category::Organizer);
    if (listed(*m_directory, m_meeting.council, name))
        qualifies.append(Category::Council);
    if (listed(*m_directory, m_meeting.cosponsors, name))
        qualifies.append(Category::Cosponsor);
    if (!draft.onBehalfOf.trimmed().isEmpty() && draft.groupSize >= 2)
        qualifies.append(Category::Group);
    if (const auto found = m_directory->find(name)) {
        qualifies.append(found->kind == Directory::Kind::MemberState ? Category::Member
                                                                     : Category::Observer);
    }
    if (qualifies.isEmpty()) {
        if (why) {
            *why = tr("“%1” is not in the directory of delegations, so its category cannot be "
                      "inferred. Choose the category (briefer or other for non-State speakers).")
                       .arg(name);
        }
        return std::nullopt;
    }
    // A delegation keeps the highest tier it qualifies for.
    return *std::min_element(qualifies.cbegin(), qualifies.cend(), [&](Category a, Category b) {
        return m_meeting.tierIndex(tierOf(a, draft.groupSize)) <
               m_meeting.tierIndex(tierOf(b, draft.groupSize));
    });
}

std::optional<QString> SpeakersList::duplicateOf(const Entry &candidate) const
{
    const bool person = speaksAsPerson(candidate.category);
    for (const Entry &e : m_entries) {
        if (e.id == candidate.id || e.status == Status::Withdrawn || e.status == Status::Absent)
            continue;
        if (!sameName(e.delegation, candidate.delegation))
            continue;
        if (person != speaksAsPerson(e.category))
            continue;
        const bool same = person ? sameName(e.speaker, candidate.speaker)
                                 : sameName(e.onBehalfOf, candidate.onBehalfOf);
        if (!same)
            continue;
        const int position = positionOf(e.id);
        const QString where =
            position > 0 ? tr("no. %1 on the list").arg(position) : statusName(e.status).toLower();
        if (person) {
            return tr("%1 is already inscribed (entry #%2, %3). The same speaker cannot be "
                      "inscribed twice.")
                .arg(describe(e))
                .arg(e.id)
                .arg(where);
        }
        if (candidate.onBehalfOf.trimmed().isEmpty()) {
            return tr("%1 is already inscribed in its national capacity (entry #%2, %3). A "
                      "delegation may speak once nationally and once on behalf of a group.")
                .arg(describe(e))
                .arg(e.id)
                .arg(where);
        }
        return tr("%1 is already inscribed on behalf of %2 (entry #%3, %4).")
            .arg(describe(e), e.onBehalfOf)
            .arg(e.id)
            .arg(where);
    }
    return std::nullopt;
}

Entry SpeakersList::entryFromDraft(const EntryDraft &draft, Category category, qint64 nowMs) const
{
    Entry e;
    e.delegation = draft.delegation.trimmed();
    if (const auto found = m_directory->find(e.delegation))
        e.delegation = found->name;
    e.speaker = draft.speaker.trimmed();
    e.title = draft.title.trimmed();
    e.level = draft.level;
    e.category = category;
    e.onBehalfOf = draft.onBehalfOf.trimmed();
    e.groupSize = e.onBehalfOf.isEmpty() ? 0 : draft.groupSize;
    e.language = draft.language.trimmed().toLower();
    e.inscribedAtMs = draft.inscribedAtMs > 0 ? draft.inscribedAtMs : nowMs;
    const qint64 deadline = m_meeting.deadlineUtcMs();
    e.late = deadline > 0 && e.inscribedAtMs > deadline;
    e.allottedMs = draft.allottedMs > 0 ? draft.allottedMs : m_meeting.limitFor(category) * 1000;
    e.notes = draft.notes;
    return e;
}

namespace {
QString validateDraft(const EntryDraft &draft, const Directory &directory,
                      std::optional<Category> category)
{
    const QString name = draft.delegation.trimmed();
    if (name.isEmpty())
        return tr("A delegation is required.");
    if (!unLanguages().contains(draft.language.trimmed().toLower())) {
        return tr("“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).")
            .arg(draft.language);
    }
    if (draft.groupSize < 0)
        return tr("The group size cannot be negative.");
    if (category == Category::Group && draft.onBehalfOf.trimmed().isEmpty())
        return tr("A group statement needs the name of the group it is made on behalf of.");
    const bool freeText = category == Category::Briefer || category == Category::Other ||
                          category == Category::Organizer;
    if (!freeText && !directory.find(name)) {
        const QStringList near = directory.closest(name, 3);
        QString message = tr("“%1” is not in the directory of delegations.").arg(name);
        if (!near.isEmpty())
            message += QLatin1Char(' ') + tr("Did you mean %1?").arg(near.join(tr(", ")));
        message += QLatin1Char(' ') +
                   tr("For a briefer, an NGO or another non-State speaker, choose the category "
                      "briefer or other.");
        return message;
    }
    return {};
}
} // namespace

ActPlan SpeakersList::add(const EntryDraft &draft, qint64 nowMs, qint64 newId) const
{
    if (m_meeting.listClosed)
        return ActPlan::refused(tr("The list of speakers is closed. Reopen it to inscribe %1.")
                                    .arg(draft.delegation.trimmed()));
    QString why;
    std::optional<Category> category = draft.category;
    if (const QString error = validateDraft(draft, *m_directory, category); !error.isEmpty())
        return ActPlan::refused(error);
    if (!category)
        category = inferCategory(draft, &why);
    if (!category)
        return ActPlan::refused(why);

    Entry e = entryFromDraft(draft, *category, nowMs);
    e.id = newId;
    if (const auto dup = duplicateOf(e))
        return ActPlan::refused(*dup);

    const QVector<Entry> order = waiting();
    const Placement place = placeAt(order, automaticIndex(e, order));
    e.orderKey = place.key;
    Recorder r(*this);
    for (auto it = place.renumbered.cbegin(); it != place.renumbered.cend(); ++it)
        r.edit(it.key()).orderKey = it.value();
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
    std::optional<Category> category = draft.category;
    if (const QString error = validateDraft(draft, *m_directory, category); !error.isEmpty())
        return ActPlan::refused(error);
    QString why;
    if (!category)
        category = inferCategory(draft, &why);
    if (!category)
        return ActPlan::refused(why);

    Entry fresh = entryFromDraft(draft, *category, old->inscribedAtMs);
    Recorder r(*this);
    Entry &e = r.edit(id);
    const Entry before = e;
    EntryColumns::copyInscription(fresh, e);
    if (fresh.inscribedAtMs != before.inscribedAtMs) {
        e.inscribedAtMs = fresh.inscribedAtMs;
        e.late = fresh.late;
    }
    if (draft.allottedMs > 0)
        e.allottedMs = draft.allottedMs;
    if (const auto dup = duplicateOf(e))
        return ActPlan::refused(*dup);

    const bool orderMayChange = tierIndexOf(e) != tierIndexOf(before) || e.late != before.late ||
                                e.inscribedAtMs != before.inscribedAtMs;
    if (e.status == Status::Waiting && !e.pinned && orderMayChange) {
        QVector<Entry> order = waiting();
        order.erase(
            std::remove_if(order.begin(), order.end(), [id](const Entry &x) { return x.id == id; }),
            order.end());
        const Placement place = placeAt(order, automaticIndex(e, order));
        e.orderKey = place.key;
        for (auto it = place.renumbered.cbegin(); it != place.renumbered.cend(); ++it)
            r.edit(it.key()).orderKey = it.value();
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
    Recorder r(*this);
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
    Recorder r(*this);
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
    const int from = int(others.indexOf(id));
    const int to = std::clamp(position, 1, int(others.size())) - 1;
    if (from == to && e->pinned)
        return ActPlan::refused(tr("%1 is already at position %2.").arg(describe(*e)).arg(to + 1));
    others.remove(from);
    const Placement place = placeAmong(others, to);
    Recorder r(*this);
    Entry &moved = r.edit(id);
    moved.orderKey = place.key;
    moved.pinned = true;
    for (auto it = place.renumbered.cbegin(); it != place.renumbered.cend(); ++it)
        r.edit(it.key()).orderKey = it.value();
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
    Recorder r(*this);
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
    QVector<Entry> order = waiting();
    order.erase(
        std::remove_if(order.begin(), order.end(), [id](const Entry &x) { return x.id == id; }),
        order.end());
    Recorder r(*this);
    Entry &moved = r.edit(id);
    moved.pinned = false;
    const Placement place = placeAt(order, automaticIndex(moved, order));
    moved.orderKey = place.key;
    for (auto it = place.renumbered.cbegin(); it != place.renumbered.cend(); ++it)
        r.edit(it.key()).orderKey = it.value();
    ActPlan plan;
    plan.entryId = id;
    plan.change = r.finish(QStringLiteral("unpin"),
                           tr("%1 returned to the automatic order").arg(describe(*e)));
    return plan;
}

ActPlan SpeakersList::start(qint64 nowMs) const
{
    if (const Entry *cur = current()) {
        if (SpeechClock::isRunning(*cur))
            return ActPlan::refused(tr("The clock is already running."));
        Recorder r(*this);
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
    Recorder r(*this);
    Entry &e = r.edit(order.first().id);
    e.status = Status::Speaking;
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
    Recorder r(*this);
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
    Recorder r(*this);
    QString summary;
    if (cur) {
        Entry &closing = r.editFrom(SpeechClock::paused(*cur, nowMs));
        closing = SpeechClock::ended(closing, nowMs);
        closing.status = Status::Spoke;
    }
    ActPlan plan;
    if (!order.isEmpty()) {
        Entry &called = r.edit(order.first().id);
        called.status = Status::Speaking;
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
    QVector<Entry> order = waiting();
    if (!cur && order.isEmpty())
        return ActPlan::refused(tr("No one has been called."));
    const Entry target = cur ? *cur : order.first();
    order.erase(std::remove_if(order.begin(), order.end(),
                               [&](const Entry &x) { return x.id == target.id; }),
                order.end());

    Recorder r(*this);
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
                              ? endOfTierIndex(gone, order)
                              : int(order.size());
        const Placement place = placeAt(order, index);
        gone.orderKey = place.key;
        for (auto it = place.renumbered.cbegin(); it != place.renumbered.cend(); ++it)
            r.edit(it.key()).orderKey = it.value();
        where = m_meeting.absentRule == AbsentRule::EndOfTier ? tr("moved to the end of the tier")
                                                              : tr("moved to the end of the list");
        break;
    }
    }
    ActPlan plan;
    plan.entryId = target.id;
    QString summary = tr("%1 absent, %2").arg(describe(target), where);
    if (!order.isEmpty()) {
        Entry &called = r.edit(order.first().id);
        called.status = Status::Speaking;
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
    Recorder r(*this);
    Entry &e = r.edit(cur->id);
    // The limit never goes below zero: removing time can end a speech's allowance, not more.
    const qint64 extra = std::max<qint64>(qint64(e.extraMs) + deltaMs, -qint64(e.allottedMs));
    if (extra == e.extraMs)
        return ActPlan::refused(tr("No time left to remove."));
    e.extraMs = int(extra);
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
    Recorder r(*this);
    Entry &e = r.editFrom(SpeechClock::paused(*cur, nowMs));
    e = SpeechClock::reset(e);
    ActPlan plan;
    plan.entryId = cur->id;
    plan.change = r.finish(QStringLiteral("reset"), tr("Clock reset for %1").arg(describe(*cur)));
    if (plan.change->isEmpty())
        return ActPlan::refused(tr("The clock is already at the full limit."));
    return plan;
}

ActPlan SpeakersList::setAllotted(qint64 id, int ms) const
{
    const Entry *e = find(id);
    if (!e)
        return ActPlan::refused(tr("There is no entry #%1.").arg(id));
    if (ms <= 0)
        return ActPlan::refused(tr("A time limit must be longer than zero."));
    if (e->status != Status::Waiting && e->status != Status::Speaking)
        return ActPlan::refused(tr("%1 has already spoken.").arg(describe(*e)));
    Recorder r(*this);
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

ActPlan SpeakersList::setAllottedForRemaining(int ms) const
{
    if (ms <= 0)
        return ActPlan::refused(tr("A time limit must be longer than zero."));
    Recorder r(*this);
    for (const Entry &e : waiting())
        r.edit(e.id).allottedMs = ms;
    ActPlan plan;
    plan.change = r.finish(QStringLiteral("set-limit-all"),
                           tr("Limit %1 for all remaining speakers").arg(formatMinSec(ms)));
    if (plan.change->isEmpty())
        return ActPlan::refused(
            tr("Every remaining speaker already has a limit of %1.").arg(formatMinSec(ms)));
    return plan;
}

ActPlan SpeakersList::setListClosed(bool closed) const
{
    if (m_meeting.listClosed == closed)
        return ActPlan::refused(closed ? tr("The list is already closed.")
                                       : tr("The list is already open."));
    Meeting m = m_meeting;
    m.listClosed = closed;
    Recorder r(*this);
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
    if (!m.date.isValid())
        return ActPlan::refused(tr("The meeting needs a valid date."));
    if (!m.scheduledStart.isValid() || !m.scheduledEnd.isValid() ||
        m.scheduledStart == m.scheduledEnd)
        return ActPlan::refused(tr("The meeting needs a start and an end time that differ."));
    if (!QTimeZone(m.timeZoneId.toUtf8()).isValid())
        return ActPlan::refused(tr("“%1” is not a known time zone.").arg(m.timeZoneId));
    if (m.warningSeconds < 0 || m.defaultLimitSeconds <= 0)
        return ActPlan::refused(tr("Time limits must be longer than zero."));
    for (const int s : m.limitSeconds) {
        if (s <= 0)
            return ActPlan::refused(tr("Time limits must be longer than zero."));
    }
    Recorder r(*this);
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
                  [&](const Entry &a, const Entry &b) { return ruled.autoBefore(a, b); });
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

ImportPlan SpeakersList::planImport(const QVector<EntryDraft> &drafts, qint64 nowMs, qint64 firstId,
                                    const QString &summary) const
{
    ImportPlan out;
    // Inscribe on a copy, one row after another, so every rule (and every duplicate, within
    // the file or against the list) is judged exactly as a single inscription would be.
    SpeakersList simulated = *this;
    QVector<qint64> touched;
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
            if (!touched.contains(d.id))
                touched.append(d.id);
        }
        out.createdIds.append(nextId++);
        out.acceptedRows.append(row);
    }
    if (out.createdIds.isEmpty())
        return out;
    Change c;
    c.act = QStringLiteral("import");
    c.summary = summary;
    for (const qint64 id : touched) {
        EntryDelta d;
        d.id = id;
        if (const Entry *before = find(id))
            d.before = before->toColumns();
        if (const Entry *after = simulated.find(id))
            d.after = after->toColumns();
        if (d.before != d.after)
            c.entries.append(d);
    }
    out.change = c;
    return out;
}

} // namespace rostrum
