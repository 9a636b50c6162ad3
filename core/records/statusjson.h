#pragma once

#include "session/meetingsession.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace rostrum {

// Everything a status reports, read from the session at one instant: `rostrum-cli status`
// prints it, and the web server sends it to every page.
struct StatusView
{
    Meeting meeting;
    qint64 nowMs = 0;
    std::optional<Entry> current;
    SpeechReading reading;
    std::optional<Entry> interrupted; // stopped by the point of order at the rostrum
    qint64 interruptedRemainingMs = 0;
    std::optional<Entry> next;
    Projection projection;
    QString undoText;
    QString redoText;
    QString clockWarning;
};

StatusView statusOf(MeetingSession &session);
// The one definition of the status JSON (`status --format json`, `GET /api/status`).
QJsonObject statusJson(const StatusView &status);

// Stable keys for the clock's phases, for scripts: "running", "overtime", ...
QString phaseKey(ClockPhase phase);
// Whole seconds as a countdown shows them: 2:59.4 left is 180, 0:23.4 over is -23.
qint64 countdownSeconds(qint64 remainingMs);

} // namespace rostrum
