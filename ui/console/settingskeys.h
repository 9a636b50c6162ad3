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
// Whether the display was open when the console last ran: written when it opens or closes.
inline QString timekeeperOpen()
{
    return QStringLiteral("timekeeper/open");
}
// When this console was last alive on each meeting it ran (ui/console/consoleheartbeat.h).
inline QString consoleAlive()
{
    return QStringLiteral("console/alive");
}
// The window F11 goes back to from full screen (a QRect), which Qt's saved geometry of a
// full-screen window does not keep on every platform.
inline QString timekeeperWindowed()
{
    return QStringLiteral("timekeeper/windowed");
}
// The language View → Language chose, a code of core/language/uilanguage.h, for the next start.
inline QString language()
{
    return QStringLiteral("console/language");
}
// View → Chimes (ui/console/chimemenu.h): whether this console chimes at all, and how loud, in
// percent. The meeting's own switch is kept in the meeting file, for every console alike.
inline QString chimesOn()
{
    return QStringLiteral("chimes/on");
}
inline QString chimesVolume()
{
    return QStringLiteral("chimes/volume");
}
inline QString recentMeetings()
{
    return QStringLiteral("recentMeetings");
}

} // namespace rostrum::SettingsKeys
