#pragma once

#include "server/serverlocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rostrum::ServerSchema {

// A PostgreSQL database holds many meetings, each in a schema of its own ("rostrum_NAME") with
// the tables of the file's format, so that the meeting file's statements (the journal, the
// seats, the web links) run there unchanged once the search path names that schema. The schema
// "rostrum" holds the register of the meetings and the functions that work with names (schemas,
// roles), which SQL cannot bind: they are quoted by PostgreSQL itself (format('%I')).

// The format of the meeting's tables: the file's, kept in step with it.
int currentFormat();

// Makes the register and its functions where the database has none; they are made once, under
// an advisory lock, so that two consoles creating the first meetings at once do not collide.
bool ensureRegister(QSqlDatabase &db, QString *error);
// In the caller's transaction: the meeting's schema, its tables, its guards and its notice of
// every act; registered under its name. Fails, saying so, when the name is taken.
bool createMeeting(QSqlDatabase &db, const QString &name, QString *error);
// The format of a registered meeting; 0 when the database has no such meeting, -1 (with the
// error) when the register cannot be read.
int formatOf(QSqlDatabase &db, const QString &name, QString *error);
// Points the connection's unqualified names at the meeting's tables.
bool useMeeting(QSqlDatabase &db, const QString &name, QString *error);

struct Listed
{
    QString name;
    QString title;
    QString date;
    int format = 0;
};
// Every registered meeting, by name; false, with the error, when the register cannot be read.
bool listMeetings(QSqlDatabase &db, QVector<Listed> *out, QString *error);

} // namespace rostrum::ServerSchema
