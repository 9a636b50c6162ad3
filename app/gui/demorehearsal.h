#pragma once

#include <QtGlobal>

namespace rostrum {

class ManualClock;
class MeetingSession;

// Plays the demo meeting forward so the console opens mid-meeting: speeches of varied length
// from the scheduled start, an absentee, a late inscription and an exchange of places, with the
// current speaker's clock running at `untilUtcMs`. With no manual clock (the real time), it only
// calls the first speaker and starts the clock.
void rehearseDemo(MeetingSession &session, ManualClock *clock, qint64 untilUtcMs);

} // namespace rostrum
