#include "list/changerecorder.h"

#include "list/speakerslist.h"

namespace rostrum {

Entry &ChangeRecorder::edit(qint64 id)
{
    auto it = m_work.find(id);
    if (it == m_work.end()) {
        it = m_work.emplace(id, *m_list.find(id)).first;
        m_touched.append(id);
    }
    return it->second;
}

Entry &ChangeRecorder::editFrom(const Entry &baseline)
{
    m_baseline.insert(baseline.id, baseline);
    return edit(baseline.id) = baseline;
}

void ChangeRecorder::create(const Entry &e)
{
    m_work.insert_or_assign(e.id, e);
    m_created.insert(e.id);
    m_touched.append(e.id);
}

void ChangeRecorder::erase(qint64 id)
{
    edit(id);
    m_erased.insert(id);
}

void ChangeRecorder::clearMessage()
{
    Meeting m = m_meeting ? *m_meeting : m_list.meeting();
    if (m.message.isEmpty())
        return;
    m.message.clear();
    m_meeting = m;
}

void ChangeRecorder::renumber(const Placement &place)
{
    for (auto it = place.renumbered.cbegin(); it != place.renumbered.cend(); ++it)
        edit(it.key()).orderKey = it.value();
}

Change ChangeRecorder::finish(const QString &act, const QString &summary, bool undoable) const
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

} // namespace rostrum
