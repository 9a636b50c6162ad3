#pragma once

#include "meeting/meeting.h"
#include "store/meetingstore.h"

#include <QJsonArray>
#include <QString>
#include <QVector>

namespace rostrum::cli {

// Who did what, and when; records in the order they happened.
QJsonArray journalJson(const QVector<JournalRecord> &records, const Meeting &meeting);
QString journalText(const QVector<JournalRecord> &records, const Meeting &meeting);

} // namespace rostrum::cli
