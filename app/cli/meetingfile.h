#pragma once

#include "session/meetingsession.h"

#include <memory>

namespace rostrum::cli {

const Clock &systemClock();

// Opens an existing meeting; throws Refusal with the core's one-line reason.
std::unique_ptr<MeetingSession> openMeeting(const QString &path);
// Creates a new meeting; throws Refusal when the file exists or the settings are refused.
std::unique_ptr<MeetingSession> createMeeting(const QString &path, const Meeting &meeting);
// Throws Refusal when the act was refused.
void require(const MeetingSession::Result &result);

} // namespace rostrum::cli
