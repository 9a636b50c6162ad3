#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rostrum::ServerRoles {

// The four roles of a meeting on a server, as PostgreSQL enforces them. Each meeting has a
// group role per role ("rostrum_NAME_viewer", ..._timekeeper, ..._staff, ..._chair) holding
// exactly the privileges that role needs; a user is a member of one. The table privileges say
// what a role may touch at all (a viewer may write nothing but its console's seat); the guards
// of the meeting's tables (serverschema.cpp) refuse, row by row, the columns it may not change
// (a timekeeper the list, staff the clock). The meeting's owner is its chair.

// The register's functions that make the groups and grant one to a user.
const QStringList &registerStatements();
// "chair", "staff", "timekeeper", "viewer".
const QStringList &roles();
// Makes the user (as a login role) where the server has none, takes away any other role it has
// on the meeting and gives it this one. The caller needs the right to create roles.
bool grant(QSqlDatabase &db, const QString &meeting, const QString &user, const QString &role,
           QString *error);
// The role this connection's user has on the meeting: one of roles(), or "none".
QString roleOf(QSqlDatabase &db, const QString &meeting);

} // namespace rostrum::ServerRoles
