#pragma once

#include "clock/clock.h"
#include "session/meetingsession.h"

#include <memory>

namespace rostrum {

// The demo meeting played through on a manual clock, the way the seed meeting might have gone:
// a late start, briefers who run long, overruns and short speeches, a pause, time added by the
// chair, an absent speaker who comes back, a withdrawal. Deterministic, so the sample documents
// come out the same every time.
namespace ScriptedMeeting {
// Creates the meeting file at path and plays it to the end of the list.
std::unique_ptr<MeetingSession> play(const QString &path, ManualClock &clock, QString *error);
// 25 May 2023, 14:55 in New York: before the meeting, for the list circulated in the room.
constexpr qint64 kBeforeTheMeetingUtcMs = 1685040900000;
} // namespace ScriptedMeeting

} // namespace rostrum
