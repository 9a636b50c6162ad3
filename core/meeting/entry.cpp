#include "meeting/entry.h"

namespace rostrum {

EntryDraft EntryDraft::fromEntry(const Entry &e)
{
    EntryDraft d;
    d.delegation = e.delegation;
    d.speaker = e.speaker;
    d.title = e.title;
    d.level = e.level;
    d.category = e.category;
    d.onBehalfOf = e.onBehalfOf;
    d.groupSize = e.groupSize;
    d.language = e.language;
    d.inscribedAtMs = e.inscribedAtMs;
    d.allottedMs = e.allottedMs;
    d.notes = e.notes;
    return d;
}

} // namespace rostrum
