#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace rostrum {

// Where a meeting lives on a PostgreSQL server, as every command and the console accept it:
//   postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME[&sslmode=MODE]
// The password is never part of it: libpq finds it in PGPASSWORD or ~/.pgpass, or the console
// asks for it. A URL that carries one is refused, since a command line is visible to every user
// of the computer and the settings would keep it in plain text.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ServerLocation)

public:
    QString user; // empty: libpq's own default (PGUSER, else the login name)
    QString host; // a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString meeting; // empty where a command names the database only (meetings)
    QString sslMode; // empty: libpq's default (prefer)

    // Whether the text is meant as a server URL rather than a file name.
    static bool looksLikeServer(const QString &text);
    // The location, or nothing with a one-line reason. needMeeting: refuse a URL without one.
    static std::optional<ServerLocation> parse(const QString &text, QString *error,
                                               bool needMeeting = true);
    // Whether a meeting's name can be used: lower-case letters, digits and '_', at most 40, so
    // that it names the meeting's PostgreSQL schema and roles as it is.
    static bool isValidMeetingName(const QString &name);

    // The URL again, without a password: what the title bar and the messages show.
    QString toString() const;
    // The PostgreSQL schema that holds this meeting's tables: "rostrum_" and its name.
    QString schema() const { return QStringLiteral("rostrum_") + meeting; }
};

} // namespace rostrum
