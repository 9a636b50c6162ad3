#include "commands.h"
#include "handlers.h"

namespace rostrum::cli {

// The commands of a meeting on a PostgreSQL server (docs/SERVER.md). Every other command takes
// a server's URL wherever it takes a FILE; these four are about the server itself. Their texts
// are QT_TRANSLATE_NOOP in the context help.cpp translates them in (see commands.cpp).
QList<Command> serverCommands()
{
    return {
        {"meetings",
         "SERVER",
         QT_TRANSLATE_NOOP("rostrum::cli", "List the meetings a PostgreSQL database holds."),
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "SERVER is postgresql://[USER@]HOST[:PORT]/DATABASE. The password "
                           "comes from PGPASSWORD or ~/.pgpass, never from the command line."),
         {{"format", "text|json",
           QT_TRANSLATE_NOOP("rostrum::cli", "output format (default: text)")}},
         &runMeetings},
        {"push",
         "FILE URL",
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "Copy a meeting file, journal included, to a new meeting on a server."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "URL is postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, and NAME must not be "
             "taken. Undo and redo carry on where the file left them; the copy has an identity "
             "of its own. Whoever pushes owns the meeting and is its chair. Only reads FILE."),
         {},
         &runPush},
        {"pull",
         "URL FILE",
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "Copy a meeting on a server, journal included, into a new file."),
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "One snapshot of the meeting, taken while consoles may be acting on "
                           "it. FILE must not exist yet."),
         {},
         &runPull},
        {"grant",
         "URL",
         QT_TRANSLATE_NOOP("rostrum::cli", "Give a PostgreSQL user one role on a meeting."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "The server enforces the role, whatever program the user connects with: a viewer "
             "reads; a timekeeper runs the clock and the message; staff inscribe, move, mark "
             "absent and edit; the chair does everything. The user is created (without a "
             "password: set one with psql's \\password) where the server has none, and loses any "
             "other role on the meeting. Needs the right to create roles."),
         {{"user", "NAME", QT_TRANSLATE_NOOP("rostrum::cli", "the PostgreSQL user"), true},
          {"role", "ROLE", QT_TRANSLATE_NOOP("rostrum::cli", "chair, staff, timekeeper or viewer"),
           true}},
         &runGrant},
    };
}

} // namespace rostrum::cli
