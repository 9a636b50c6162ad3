#pragma once

#include <QString>

// Every key the console keeps in QSettings, in one place: a key read in one file and written in
// another under a different spelling would silently forget what the chair set.
namespace rostrum::SettingsKeys {

inline QString chairGeometry()
{
    return QStringLiteral("chair/geometry");
}
inline QString timekeeperGeometry()
{
    return QStringLiteral("timekeeper/geometry");
}
inline QString timekeeperScreen()
{
    return QStringLiteral("timekeeper/screen");
}
inline QString timekeeperFullScreen()
{
    return QStringLiteral("timekeeper/fullscreen");
}
inline QString recentMeetings()
{
    return QStringLiteral("recentMeetings");
}

} // namespace rostrum::SettingsKeys
