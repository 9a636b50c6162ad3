#pragma once

#include <QString>

namespace rostrum {

// Who the journal says did an act. One definition, so that the console and the command line
// name themselves the same way in every meeting file.
enum class Program
{
    Console,
    CommandLine
};

// "console", or "cli:" and the user's login for the command line.
QString actorName(Program program);

} // namespace rostrum
