#include "accesstokens.h"

#include "records/savefile.h"
#include "session/meetingsession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace rostrum::web {

namespace {
constexpr int kTokenBytes = 32;

// Equal digests, looked at byte by byte to the end whatever they hold, so the time taken says
// nothing of how much of a guess was right.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QHash<WebRole, QString> readKept(const QString &path)
{
    QHash<WebRole, QString> tokens;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tokens;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (const WebRole role : allWebRoles()) {
        const QString token = object.value(webRoleKey(role)).toString();
        if (!token.isEmpty())
            tokens.insert(role, token);
    }
    return tokens;
}

bool writeKept(const QString &path, const QHash<WebRole, QString> &tokens, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = AccessTokens::tr("Cannot make the folder %1 for the links.")
                         .arg(QFileInfo(path).absolutePath());
        return false;
    }
    QJsonObject object;
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        object.insert(webRoleKey(it.key()), it.value());
    QSaveFile file(path);
    if (!SaveFile::open(file, error))
        return false;
    // Owner only before a byte is written: the tokens open the meeting to whoever reads them.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return SaveFile::commit(file, error);
}
} // namespace

QString AccessTokens::newToken()
{
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          kTokenBytes / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray AccessTokens::hashOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QString AccessTokens::keptTokensPath(const QString &meetingIdentity)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/rostrum/links/") + meetingIdentity + QStringLiteral(".json");
}

std::optional<WebRole> AccessTokens::roleOf(const QByteArray &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray digest = hashOf(token);
    std::optional<WebRole> found;
    for (const WebRole role : allWebRoles()) {
        if (sameDigest(digest, m_hashes.value(role)) && !found)
            found = role;
    }
    return found;
}

std::optional<AccessTokens> AccessTokens::forMeeting(MeetingSession &session, bool renew,
                                                     QString *error)
{
    const QString identity = session.identity();
    if (identity.isEmpty()) {
        if (error)
            *error = tr("This meeting file is too old to be shared: open it in the console "
                        "once, which brings it up to date.");
        return std::nullopt;
    }
    const QString keptPath = keptTokensPath(identity);
    const QHash<QString, QByteArray> stored = session.webLinkHashes();
    AccessTokens tokens;
    tokens.m_tokens = renew ? QHash<WebRole, QString>() : readKept(keptPath);
    bool matches = tokens.m_tokens.size() == allWebRoles().size();
    for (const WebRole role : allWebRoles()) {
        const QByteArray hash = hashOf(tokens.m_tokens.value(role).toLatin1());
        matches = matches && sameDigest(hash, stored.value(webRoleKey(role)));
        tokens.m_hashes.insert(role, hash);
    }
    if (matches)
        return tokens;

    tokens.m_tokens.clear();
    QHash<QString, QByteArray> hashes;
    for (const WebRole role : allWebRoles()) {
        const QString token = newToken();
        tokens.m_tokens.insert(role, token);
        tokens.m_hashes.insert(role, hashOf(token.toLatin1()));
        hashes.insert(webRoleKey(role), tokens.m_hashes.value(role));
    }
    // The user's copy first: links in the file that nobody can show would lock everyone out.
    if (!writeKept(keptPath, tokens.m_tokens, error) ||
        !session.replaceWebLinkHashes(hashes, error))
        return std::nullopt;
    return tokens;
}

} // namespace rostrum::web
