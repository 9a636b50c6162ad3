#pragma once

#include "session/meetingsession.h"

#include <memory>

namespace rostrum::cli {

const Clock &systemClock();

// Opens an existing meeting; throws Refusal with the core's one-line reason.
std::unique_ptr<MeetingSession> openMeeting(const QString &path);
// The same for the commands that only read (list, status, journal, export, report): nothing is
// written to the meeting file, so they work on a full disk or a read-only medium.
std::unique_ptr<MeetingSession> openMeetingForReading(const QString &path);
// Creates a new meeting; throws Refusal when the file exists or the settings are refused.
std::unique_ptr<MeetingSession> createMeeting(const QString &path, const Meeting &meeting);
// Throws Refusal when the act was refused.
void require(const MeetingSession::Result &result);

} // namespace rostrum::cli
