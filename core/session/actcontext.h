#pragma once

#include "list/speakerslist.h"

#include <QHash>
#include <functional>

namespace rostrum {

// What an act is planned with besides the list: when it was made, the first id free for an
// entry it creates, and the ids the views named, as the file now knows them. An act kept in
// memory is planned again when it finally reaches the file; a speaker it inscribed may then get
// another id (another writer took that one meanwhile), and a later act that names the speaker
// must follow it there.
struct ActContext
{
    qint64 now = 0;
    qint64 firstNewId = 1;
    const QHash<qint64, qint64> *renamed = nullptr;

    qint64 id(qint64 shown) const { return renamed ? renamed->value(shown, shown) : shown; }
};

using ActPlanner = std::function<ActPlan(const SpeakersList &, const ActContext &)>;

} // namespace rostrum
