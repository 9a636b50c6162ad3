#include "server/serverlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rostrum {

namespace {
const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

void fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
}
} // namespace

bool ServerLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerLocation::isValidMeetingName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return valid.match(name).hasMatch();
}

std::optional<ServerLocation> ServerLocation::parse(const QString &text, QString *error,
                                                    bool needMeeting)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!looksLikeServer(text) || !url.isValid()) {
        fail(error, tr("%1 is not a server location: write "
                       "postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME")
                        .arg(text));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        fail(error, tr("The server location must not hold a password, which anyone on this "
                       "computer could read: give it in PGPASSWORD or ~/.pgpass instead."));
        return std::nullopt;
    }
    ServerLocation where;
    where.user = url.userName();
    where.host = url.host();
    if (where.host.isEmpty()) {
        fail(error, tr("%1 names no server: write the host after postgresql://").arg(text));
        return std::nullopt;
    }
    where.port = url.port(5432);
    if (where.port < 1 || where.port > 65535) {
        fail(error, tr("%1 has no valid port (1 to 65535)").arg(text));
        return std::nullopt;
    }
    where.database = url.path().mid(1);
    if (where.database.isEmpty() || where.database.contains(QLatin1Char('/'))) {
        fail(error, tr("%1 names no database: write it after the host, as in "
                       "postgresql://HOST/DATABASE")
                        .arg(text));
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("meeting")) {
            where.meeting = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                fail(error, tr("sslmode=%1 is not one of %2")
                                .arg(value, sslModes().join(QStringLiteral(", "))));
                return std::nullopt;
            }
            where.sslMode = value;
        } else {
            fail(error, tr("%1 is not an option of a server location (meeting, sslmode)").arg(key));
            return std::nullopt;
        }
    }
    if (!where.meeting.isEmpty() && !isValidMeetingName(where.meeting)) {
        fail(error, tr("\"%1\" cannot name a meeting: use lower-case letters, digits and _, "
                       "at most 40")
                        .arg(where.meeting));
        return std::nullopt;
    }
    if (needMeeting && where.meeting.isEmpty()) {
        fail(error, tr("%1 names no meeting: add ?meeting=NAME").arg(text));
        return std::nullopt;
    }
    return where;
}

QString ServerLocation::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!meeting.isEmpty())
        query.addQueryItem(QStringLiteral("meeting"), meeting);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    // Encoded, so that what it shows can be read back exactly (a space, an @ in a name).
    return url.toString(QUrl::FullyEncoded);
}

} // namespace rostrum
