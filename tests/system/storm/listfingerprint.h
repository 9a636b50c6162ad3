#pragma once

#include "list/speakerslist.h"

#include <QString>

namespace rostrum::storm {

// A short digest of everything the list holds: the meeting's settings and every column of every
// entry. The storm driver prints it after each act it has committed, and the test compares it
// with the file a kill -9 left behind, so "the act is in the file" means its whole effect.
QString listFingerprint(const SpeakersList &list);

} // namespace rostrum::storm
