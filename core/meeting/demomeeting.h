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

// The seed meeting held at another time: every instant of it (the schedule, the deadline, the
// inscriptions) moved by offsetMs, so its length, its late inscriptions and its fit read as on
// 25 May 2023. Its time zone stays New York's.
Meeting meeting(qint64 offsetMs);
QVector<EntryDraft> inscriptions(qint64 offsetMs);
// The offset that makes the seed meeting start soon after utcMs (a clock's time): at the next
// whole five minutes at least two minutes ahead, time to look around before the first speaker.
qint64 offsetToStartSoonAfter(qint64 utcMs);
// The offset that holds the seed meeting at its own hours (15:00 to 17:30 in New York) on the
// day utcMs falls on there: a rehearsed demo plays forward to utcMs from that start.
qint64 offsetToDayOf(qint64 utcMs);
} // namespace DemoMeeting

} // namespace rostrum
