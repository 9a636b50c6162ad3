#pragma once

#include "list/speakerslist.h"

#include <QStringList>

namespace rostrum::storm {

// What must hold for any list, whatever acts and crashes came before: each entry once, the
// running order in contiguous places with no two on the same key, at most one speaker at the
// rostrum, and speech clocks whose recorded instants make sense at `nowMs` (no later than the
// newest act). Returns one line per violation; empty when the list is sound.
QStringList listInvariantViolations(const SpeakersList &list, qint64 nowMs);

} // namespace rostrum::storm
