#pragma once

#include "list/change.h"
#include "list/placement.h"
#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>
#include <unordered_map>

namespace rostrum {

class SpeakersList;

// Records, while an act is planned, each touched entry's row before and after. The list is
// never modified: finish() turns what was recorded into the Change to journal.
class ChangeRecorder final
{
public:
    explicit ChangeRecorder(const SpeakersList &list) : m_list(list) {}
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    // The entry as the act leaves it, starting from its row on the list.
    Entry &edit(qint64 id);
    // The row as journaled "before" is this one: used when the act first pauses a running
    // clock, so an undo never brings back a clock that kept running in the meantime.
    Entry &editFrom(const Entry &baseline);
    void create(const Entry &e);
    void erase(qint64 id);
    void setMeeting(const Meeting &m) { m_meeting = m; }
    // Rule 11: the message to the speaker goes when the floor changes hands.
    void clearMessage();
    // The other waiting entries whose keys a placement had to change.
    void renumber(const Placement &place);

    Change finish(const QString &act, const QString &summary, bool undoable = true) const;

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

} // namespace rostrum
