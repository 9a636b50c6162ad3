#pragma once

#include "clock/clock.h"
#include "server/serverlocation.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"

#include <QString>
#include <memory>

namespace rostrum::testing {

// The test PostgreSQL that scripts/postgres started for this run (ctest's fixture): its URL,
// without a meeting. Fails the test, saying why, when there is none: nothing is skipped.
QString testServerUrl();
// A URL on the test server for a meeting no other case uses, as the given user (empty: the
// server's superuser, who is the chair of every meeting).
QString newServerMeeting(const QString &user = {});
// A location the test wrote, parsed; fails the test with the reason when it is refused.
ServerLocation locationOf(const QString &url);
// The same URL for another user.
QString asUser(const QString &url, const QString &user);

// Where a case's meeting lives: a file in a temporary folder, or a meeting on the test server.
// The store's and the session's cases run on both, so the two behave alike.
class Backend final
{
public:
    enum class Kind
    {
        File,
        Server
    };
    explicit Backend(Kind kind);
    Kind kind() const { return m_kind; }
    const char *name() const { return m_kind == Kind::File ? "file" : "server"; }
    QString location() const { return m_location; }
    ManualClock &clock() { return m_temp.clock; }
    TempMeeting &temp() { return m_temp; }

    std::unique_ptr<MeetingSession> createEmpty();
    std::unique_ptr<MeetingSession> createDemo();
    std::unique_ptr<MeetingSession> open(const QString &actor = QStringLiteral("test"));

    // Brings the session up to date with another's acts, as its console would: a file is
    // looked at, a server's announcement is awaited (up to two seconds) and acted on by the
    // session's own callback. True when the session saw a change.
    static bool catchUp(MeetingSession &session);

private:
    Kind m_kind;
    TempMeeting m_temp;
    QString m_location;
};

} // namespace rostrum::testing
