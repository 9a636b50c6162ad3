#pragma once

#include "meeting/meeting.h"

#include <QString>

namespace rostrum::ProcedureRules {

// Rule 10: the changeover is set in whole seconds, from none to ten minutes.
constexpr int kLongestChangeoverSeconds = 600;
// Rule 9: how many replies a body may allow a delegation.
constexpr int kMostRepliesAllowed = 9;

// Why the meeting's settings for points of order, replies, the changeover and the message cannot
// stand (empty when they can). The settings dialog and every act that changes them ask this.
QString settingsProblem(const Meeting &meeting);
// Why `text` cannot be the message to the speaker (empty when it can).
QString messageProblem(const QString &text);

} // namespace rostrum::ProcedureRules
