#pragma once

#include <QStringList>

namespace rostrum {

// The meeting files opened lately, newest first, kept in QSettings; the first one is the
// meeting the console reopens at start.
namespace RecentMeetings {
constexpr int kMaximum = 8;
QStringList list();
void add(const QString &path);
void forget(const QString &path);
// The last meeting opened, if its file is still there.
QString last();
} // namespace RecentMeetings

} // namespace rostrum
