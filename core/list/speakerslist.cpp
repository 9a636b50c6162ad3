#include "list/speakerslist.h"

#include "list/inscriptionrules.h"
#include "list/placement.h"

#include <QSet>
#include <algorithm>

namespace rostrum {

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
    m_byDelegation.clear();
    m_byDelegationMade = false;
    rebuildIndex();
}

QList<qint64> SpeakersList::idsOfDelegation(const QString &normalizedDelegation) const
{
    if (!m_byDelegationMade) {
        m_byDelegation.clear();
        for (const Entry &e : m_entries)
            m_byDelegation.insert(Directory::normalized(e.delegation), e.id);
        m_byDelegationMade = true;
    }
    return m_byDelegation.values(normalizedDelegation);
}

void SpeakersList::forgetDelegation(const Entry &e)
{
    m_byDelegation.remove(Directory::normalized(e.delegation), e.id);
}

void SpeakersList::apply(const Change::Outcome &outcome)
{
    for (const qint64 id : outcome.deletions) {
        if (const auto old = m_entries.constFind(id); m_byDelegationMade && old != m_entries.cend())
            forgetDelegation(old.value());
        m_entries.remove(id);
    }
    for (const Entry &e : outcome.upserts) {
        if (m_byDelegationMade) {
            if (const auto old = m_entries.constFind(e.id); old != m_entries.cend())
                forgetDelegation(old.value());
            m_byDelegation.insert(Directory::normalized(e.delegation), e.id);
        }
        m_entries.insert(e.id, e);
    }
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
    m_interruptedId = 0;
    for (const Entry &e : m_entries) {
        if (e.status == Status::Waiting)
            order.append(&e);
        else if (e.status == Status::Speaking && m_currentId == 0)
            m_currentId = e.id;
        else if (e.status == Status::Interrupted && m_interruptedId == 0)
            m_interruptedId = e.id;
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
    if (touched.contains(m_interruptedId))
        m_interruptedId = 0;
    for (const qint64 id : touched) {
        const auto found = m_entries.constFind(id);
        if (found == m_entries.cend())
            continue; // deleted
        const Entry &e = found.value();
        if (e.status == Status::Speaking) {
            m_currentId = e.id;
        } else if (e.status == Status::Interrupted) {
            m_interruptedId = e.id;
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

const Entry *SpeakersList::interrupted() const
{
    return m_interruptedId == 0 ? nullptr : find(m_interruptedId);
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
    return rostrum::tierIndexOf(m_meeting, e);
}

std::optional<Category> SpeakersList::inferCategory(const EntryDraft &draft, QString *why) const
{
    return InscriptionRules::inferCategory(draft, m_meeting, *m_directory, why);
}

} // namespace rostrum
