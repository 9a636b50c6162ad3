#pragma once

#include "meeting/categories.h"
#include "meeting/meeting.h"
#include "records/documentspeaker.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace rostrum {

class SpeakersList;
struct MeetingReport;

// One line of the list of speakers as circulated: the speaker at the rostrum, if any, then
// everyone waiting, in running order.
struct CirculationRow : DocumentSpeaker
{
    int position = 0;      // 1-based among waiting speakers, as the console shows it; 0 for the
                           // speaker at the rostrum
    bool speaking = false; // at the rostrum now
    qint64 projectedStartMs = 0; // UTC ms; for the speaker at the rostrum, when they started
};

struct ListOfSpeakers
{
    Meeting meeting;
    QString language; // the document's (records/documentlanguage.h); empty: the program's
    qint64 generatedAtMs = 0;
    qint64 projectedEndMs = 0;
    QVector<CirculationRow> rows;
};

// The list as it stands at nowMs, with projected starts from the running order.
ListOfSpeakers listOfSpeakers(const SpeakersList &list, qint64 nowMs);

// RFC 4180, CRLF line ends, UTF-8 with a byte order mark so that spreadsheets read accents
// and every script; one header row of stable column keys.
QByteArray listOfSpeakersCsv(const ListOfSpeakers &list);
// A standalone HTML page with the meeting heading, in the list's language (right to left in
// Arabic). Every text from the file is escaped.
QString listOfSpeakersHtml(const ListOfSpeakers &list, const std::optional<QString> &kind = {});
// One row per speaker with machine-friendly columns: whole seconds, ISO 8601 instants with the
// meeting's offset, status keys.
QByteArray reportCsv(const MeetingReport &report);

// "Estonia, on behalf of the Nordic countries", or the delegation alone.
QString delegationLine(const QString &delegation, const QString &onBehalfOf);
} // namespace rostrum
