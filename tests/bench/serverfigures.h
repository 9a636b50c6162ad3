#pragma once

#include "samples.h"

#include <QString>

namespace rostrum::bench {

// The figures of a meeting on PostgreSQL (issue 16), on the server scripts/bench starts for the
// run (scripts/postgres): an act against a raw one-row UPDATE transaction there, the time from
// one console's commit to another console's model, and a server carrying 20 meetings of 4
// consoles each with acts in flight.
struct ServerOptions
{
    QString url; // postgresql://USER@HOST:PORT/DATABASE, without a meeting
    QString workDir;
    int actRepetitions = 200;
    int notifyRepetitions = 200;
    int meetings = 20;
    int consoles = 4;
    int actsPerConsole = 25;
};

struct ServerFigures
{
    Figure act;
    Figure toOtherConsole;
    Figure underLoad;
};
ServerFigures serverFigures(const ServerOptions &options, QString *error);

} // namespace rostrum::bench
