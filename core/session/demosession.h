#pragma once

#include "session/meetingsession.h"

#include <QString>
#include <memory>

namespace rostrum {

class Clock;

// The demo meeting in a file of its own, as the console opens it ("Try the demo", rostrum
// --demo): the seed meeting and its inscriptions, moved in time by offsetMs (DemoMeeting).
namespace DemoSession {
// A new file under the user's data folder, named for the clock's time; never one that exists.
QString freshPath(const Clock &clock);
// Null, with *error set, when the file cannot be made; an inscription the rules refuse leaves
// the demo without it and says so in *error.
std::unique_ptr<MeetingSession> create(const QString &path, qint64 offsetMs, const Clock &clock,
                                       const QString &actor, QString *error);
} // namespace DemoSession

} // namespace rostrum
