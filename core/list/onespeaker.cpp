// The rule the chair must never see broken: one speaker at the rostrum at most.
#include "list/speakerslist.h"

#include <QSet>

namespace rostrum {

QString SpeakersList::secondSpeakerAfter(const Change::Outcome &outcome) const
{
    QSet<qint64> touched(outcome.deletions.cbegin(), outcome.deletions.cend());
    for (const Entry &e : outcome.upserts)
        touched.insert(e.id);
    QSet<qint64> ids;
    QStringList speaking;
    const Entry *speakingNow = current();
    if (speakingNow && !touched.contains(speakingNow->id)) {
        ids.insert(speakingNow->id);
        speaking.append(describe(*speakingNow));
    }
    for (const Entry &e : outcome.upserts) {
        if (e.status == Status::Speaking && !ids.contains(e.id)) {
            ids.insert(e.id);
            speaking.append(describe(e));
        }
    }
    if (speaking.size() < 2)
        return {};
    return tr("Refused: %1 and %2 would both be at the rostrum; one speaker speaks at a time.")
        .arg(speaking.at(0), speaking.at(1));
}

qint64 SpeakersList::highestId() const
{
    // Read off the keys: an act must not copy the list to find the next id.
    qint64 highest = 0;
    for (auto it = m_entries.keyBegin(); it != m_entries.keyEnd(); ++it)
        highest = std::max(highest, *it);
    return highest;
}

} // namespace rostrum
