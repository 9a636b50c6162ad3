#pragma once

#include "commands.h"

#include <QString>

namespace rostrum::cli {

// Every command with its whole synopsis, the exit codes and where to read more.
QString overviewHelp();
// One command: synopsis, what it does, and each option.
QString commandHelp(const Command &command);

} // namespace rostrum::cli
