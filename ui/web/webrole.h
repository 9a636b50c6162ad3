#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace rostrum::web {

// Who holds a link to the meeting's web views. Each role has its own token; a role may do its
// own acts and look at everything (docs/API.md).
enum class WebRole
{
    Viewer,     // looks only
    Timekeeper, // the clock: start, pause, next, time, the message to the speaker
    Staff,      // the list: inscriptions, replies, moves, absences
    Chair       // everything, undo and redo included
};

QList<WebRole> allWebRoles();
// Stable keys for URLs, JSON and the meeting file: "viewer", "timekeeper", "staff", "chair".
QString webRoleKey(WebRole role);
std::optional<WebRole> webRoleFromKey(const QString &key);
// The role's name for people, in the program's language.
QString webRoleName(WebRole role);

// Every act of the API (POST /api/acts/ACT), and the ones a role may do.
QStringList allWebActs();
QStringList webActsOf(WebRole role);
bool webRoleMay(WebRole role, const QString &act);

} // namespace rostrum::web
