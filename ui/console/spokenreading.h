#pragma once

#include "clock/speechclock.h"

#include <QString>

namespace rostrum {

// What a screen reader says of a speech's clock: the time and its state in words, as a
// sighted chair reads them from the figures and the colour ("0:34 left, running, warning").
// The readout, the now-speaking panel and the timekeeper's display all say it the same way.
QString spokenReading(const SpeechReading &reading);

} // namespace rostrum
