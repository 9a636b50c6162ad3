#include "records/documentspeaker.h"

#include "meeting/entry.h"

namespace rostrum {

DocumentSpeaker documentSpeaker(const Entry &e)
{
    DocumentSpeaker s;
    s.entryId = e.id;
    s.delegation = e.delegation;
    s.onBehalfOf = e.onBehalfOf;
    s.speaker = e.speaker;
    s.title = e.title;
    s.category = e.category;
    s.tier = tierOf(e.category, e.groupSize);
    s.language = e.language;
    s.late = e.late;
    s.allottedMs = e.allottedMs;
    return s;
}

} // namespace rostrum
