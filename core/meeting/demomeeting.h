#pragma once

#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QVector>

namespace rostrum {

// The meeting of the seed concept note: the UNSC Arria-formula meeting on cyberattacks on
// critical infrastructure, 25 May 2023, with a realistic list of inscriptions.
namespace DemoMeeting {
Meeting meeting();
// Inscriptions in the order they arrived, with their inscription times (some after the
// deadline, some on behalf of groups). Categories are left to inference where a real
// secretariat would leave them.
QVector<EntryDraft> inscriptions();
} // namespace DemoMeeting

} // namespace rostrum
