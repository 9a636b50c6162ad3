#pragma once

#include "session/meetingsession.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QVector>
#include <optional>

namespace rostrum {

// One row of the list of speakers: an entry with what the running order says about it now.
struct ListRow
{
    Entry entry;
    int position = 0;                     // 1-based among waiting speakers; 0 otherwise
    std::optional<qint64> projectedStart; // UTC ms, for waiting speakers
    qint64 spokenMs = 0;                  // speaking time so far, for the current and past
};

// The running order; with `all`, those who spoke (in order), the current speaker, the waiting
// list, then the absent and withdrawn.
QVector<ListRow> listRows(const MeetingSession &session, bool all);

// ISO 8601 with the meeting's offset: 2023-05-25T15:03:00-04:00.
QString isoInMeetingZone(const Meeting &meeting, qint64 utcMs);

// The one definition of a row's columns, in order, so the JSON (`list --format json`,
// `GET /api/list`) and the CSV always agree.
using ListFields = QList<QPair<QString, QJsonValue>>;
ListFields listFields(const ListRow &row, const Meeting &meeting);
QJsonArray listJson(const QVector<ListRow> &rows, const Meeting &meeting);

} // namespace rostrum
