#include "meetingfile.h"

#include "console.h"
#include "session/actor.h"

namespace rostrum::cli {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

namespace {
// Every command says it, not just status: a "next" counted from the record should not surprise
// whoever ran it.
std::unique_ptr<MeetingSession> warnedOf(std::unique_ptr<MeetingSession> session,
                                         const QString &error)
{
    if (!session)
        throw Refusal{error};
    if (const QString warning = session->clockWarning(); !warning.isEmpty())
        printError(warning);
    return session;
}
} // namespace

std::unique_ptr<MeetingSession> openMeeting(const QString &path)
{
    QString error;
    auto session =
        MeetingSession::open(path, systemClock(), actorName(Program::CommandLine), &error);
    return warnedOf(std::move(session), error);
}

std::unique_ptr<MeetingSession> openMeetingForReading(const QString &path)
{
    QString error;
    auto session = MeetingSession::openForReading(path, systemClock(), &error);
    return warnedOf(std::move(session), error);
}

std::unique_ptr<MeetingSession> createMeeting(const QString &path, const Meeting &meeting)
{
    QString error;
    auto session = MeetingSession::create(path, meeting, systemClock(),
                                          actorName(Program::CommandLine), &error);
    if (!session)
        throw Refusal{error};
    return session;
}

void require(const MeetingSession::Result &result)
{
    if (!result.ok)
        throw Refusal{result.error};
}

} // namespace rostrum::cli
