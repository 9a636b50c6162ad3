#pragma once

#include <QString>

namespace rostrum::bench {

// Meeting files for the benchmarks, written straight through the store so that a 10,000-entry
// list takes a second to make rather than the hours of 10,000 inscriptions one by one. The
// entries are realistic (directory delegations of several tiers, a speaker each) and every
// later act goes through the real session.
namespace Fixtures {
// A meeting with `entries` waiting speakers and `journalRows` rows of move acts in its journal.
bool makeMeeting(const QString &path, int entries, int journalRows, QString *error);
// The same, then the first speaker called and the clock started now (the system clock), with a
// 20-minute limit, so a console opened on it shows a running countdown.
bool makeRunningMeeting(const QString &path, int entries, QString *error);
} // namespace Fixtures

} // namespace rostrum::bench
