#pragma once

#include "list/speakerslist.h"

#include <QStringList>
#include <optional>

namespace rostrum {

// What must hold for any list, whatever acts and crashes came before: each entry once, the
// running order in contiguous places with no two on the same key, at most one speaker at the
// rostrum, and speech clocks whose recorded instants make sense at `nowMs` (no later than the
// newest act; without nowMs, what does not depend on the time). Returns one line per violation;
// empty when the list is sound. The storm checks it after every crash; opening a meeting checks it
// too, and a file that breaks it (written by hand, or by another tool) opens read only, saying what
// is wrong.
QStringList listInvariantViolations(const SpeakersList &list, std::optional<qint64> nowMs);

} // namespace rostrum
