#pragma once

#include <QString>
#include <optional>

namespace rostrum {

// "3:00", "0:05", "12:30"; negative durations are written "-0:05".
QString formatMinSec(qint64 ms);
// "1:00:00", "0:00:05": a step of the computer's clock, hours always shown.
QString formatHourMinSec(qint64 ms);
// Overtime reads as "+0:23": the clock counts up once the limit has passed.
QString formatCountdown(qint64 remainingMs);
// Accepts "M:SS", "MM:SS", "H:MM:SS" and plain seconds ("90").
std::optional<int> parseMinSecToMs(const QString &text);
// "+18 min", "-4 min", "on time"
QString formatOverUnder(qint64 ms);

} // namespace rostrum
