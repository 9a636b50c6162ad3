#pragma once

#include "meeting/categories.h"

#include <QString>

namespace rostrum {

struct Entry;

// Who a line of a document is about, named alike in the list of speakers and in the report.
struct DocumentSpeaker
{
    qint64 entryId = 0;
    QString delegation;
    QString onBehalfOf;
    QString speaker;
    QString title;
    Category category = Category::Member;
    Tier tier = Tier::Members;
    QString language; // of the statement, for the interpreters: "es" (meeting/categories.h)
    bool late = false;
    qint64 allottedMs = 0; // the limit set before the speech
};

DocumentSpeaker documentSpeaker(const Entry &e);

} // namespace rostrum
