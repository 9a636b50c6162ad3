// The commands about a meeting on a PostgreSQL server: listing a database's meetings, copying a
// meeting file to a server and back, and giving a user a role.
#include "console.h"
#include "handlers.h"
#include "meetingfile.h"
#include "server/serverconnection.h"
#include "server/servercopy.h"
#include "server/serverroles.h"
#include "server/serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum::cli {

namespace {
ServerLocation serverLocation(const QString &text, bool needMeeting)
{
    QString error;
    const std::optional<ServerLocation> where = ServerLocation::parse(text, &error, needMeeting);
    if (!where)
        throw UsageError{error};
    return *where;
}

std::unique_ptr<ServerConnection> connectTo(const ServerLocation &where)
{
    QString error;
    std::unique_ptr<ServerConnection> connection = ServerConnection::open(where, &error);
    if (!connection)
        throw Refusal{error};
    return connection;
}
} // namespace

int runMeetings(const CommandLine &cl)
{
    const QString format = cl.has("format")
                               ? parseChoice(cl.value("format"), QStringLiteral("--format"),
                                             {QStringLiteral("text"), QStringLiteral("json")})
                               : QStringLiteral("text");
    const ServerLocation where = serverLocation(cl.positionals().at(0), false);
    const auto connection = connectTo(where);
    QVector<ServerSchema::Listed> meetings;
    QString error;
    if (!ServerSchema::listMeetings(connection->db(), &meetings, &error))
        throw Refusal{Tr::tr("%1: the meetings cannot be listed: %2").arg(where.toString(), error)};
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const ServerSchema::Listed &m : meetings)
            rows.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("title"), m.title},
                                    {QStringLiteral("date"), m.date},
                                    {QStringLiteral("format"), m.format}});
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    if (meetings.isEmpty())
        out() << Tr::tr("%1 holds no meetings yet.").arg(where.toString()) << Qt::endl;
    for (const ServerSchema::Listed &m : meetings) {
        // A meeting the user has no role in shows its name only.
        out() << m.name << QLatin1Char('\t') << m.date << QLatin1Char('\t') << shown(m.title)
              << Qt::endl;
    }
    return Success;
}

int runPush(const CommandLine &cl)
{
    const QString file = cl.positionals().at(0);
    const ServerLocation where = serverLocation(cl.positionals().at(1), true);
    QString error;
    if (!ServerCopy::push(file, where, &error))
        throw Refusal{error};
    out() << Tr::tr("Copied %1 to %2").arg(file, where.toString()) << Qt::endl;
    return Success;
}

int runPull(const CommandLine &cl)
{
    const QString url = cl.positionals().at(0);
    serverLocation(url, true); // a file here is a mistake: backup copies files
    const QString file = cl.positionals().at(1);
    const auto session = openMeetingForReading(url);
    QString error;
    if (!session->backupTo(file, &error))
        throw Refusal{error};
    out() << Tr::tr("Copied %1 to %2").arg(url, file) << Qt::endl;
    return Success;
}

int runGrant(const CommandLine &cl)
{
    const ServerLocation where = serverLocation(cl.positionals().at(0), true);
    const QString user = cl.value("user").trimmed();
    if (user.isEmpty() || user.size() > 63)
        throw UsageError{Tr::tr("--user must name a PostgreSQL user (1 to 63 characters)")};
    const QString role =
        parseChoice(cl.value("role"), QStringLiteral("--role"), ServerRoles::roles());
    const auto connection = connectTo(where);
    QString error;
    if (!ServerRoles::grant(connection->db(), where.meeting, user, role, &error))
        throw Refusal{Tr::tr("%1: %2 was not given the role %3: %4")
                          .arg(where.toString(), user, role, error)};
    out() << Tr::tr("%1 is now %2 of the meeting %3").arg(user, role, where.meeting) << Qt::endl;
    return Success;
}

} // namespace rostrum::cli
