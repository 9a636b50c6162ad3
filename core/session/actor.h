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

// The login and the computer, and which program: "aisha@un-hq-07 (console)", "aisha@un-hq-07
// (cli)". Two consoles of a team, or a console and a script, are told apart in the journal.
QString actorName(Program program);

} // namespace rostrum
