#pragma once

#include "webrole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

namespace rostrum {
class MeetingSession;
}

namespace rostrum::web {

// The tokens of the links to a meeting's web views, one per role. A token is 256 bits from the
// system's secure random source, written in URL-safe base64. The meeting file keeps only the
// SHA-256 of each (WebLinks), so a copy of the file that circulates opens no door; the tokens
// themselves are kept for the user who made them, in a file only they can read, so that the
// console and `rostrum-cli serve` can show the same links again after a restart.
class AccessTokens final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::web::AccessTokens)

public:
    // The links of the meeting as they stand: the user's own tokens when they still match the
    // file's hashes; otherwise (or with `renew`) new ones for every role, whose hashes replace
    // the file's, so every older link stops working. Null, with why, when new tokens are needed
    // and the file cannot take them.
    static std::optional<AccessTokens> forMeeting(MeetingSession &session, bool renew,
                                                  QString *error);

    QString tokenOf(WebRole role) const { return m_tokens.value(role); }
    // The role whose token this is, compared in constant time; none for a wrong token.
    std::optional<WebRole> roleOf(const QByteArray &token) const;

    static QString newToken();
    static QByteArray hashOf(const QByteArray &token);
    // Where the user's own tokens of a meeting are kept (readable by the owner only).
    static QString keptTokensPath(const QString &meetingIdentity);

private:
    QHash<WebRole, QString> m_tokens;
    QHash<WebRole, QByteArray> m_hashes;
};

} // namespace rostrum::web
