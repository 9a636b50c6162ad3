#pragma once

#include "commandline.h"

#include <QList>
#include <QString>

namespace rostrum::cli {

// One command of rostrum-cli. Texts are QT_TRANSLATE_NOOP("rostrum::cli", ...) literals.
struct Command
{
    const char *name;
    const char *arguments; // the positional arguments, in order: "FILE ID POSITION"
    const char *summary;   // one line for the overview
    const char *details;   // more for "help COMMAND"; may be empty
    QList<OptionSpec> options;
    int (*run)(const CommandLine &);

    int positionalCount() const;
    // "add", "FILE", "--delegation D", "[--speaker NAME]", ...: the whole synopsis, in parts
    // that a line break must not split.
    QStringList synopsisParts() const;
};

// The commands of the floor (floorcommandtable.cpp), which commands() lists after "absent".
QList<Command> floorCommands();
// Adds them to `all`, and the options of the floor to "settings".
void addFloorCommands(QList<Command> &all);

// The web views' command (servecommandtable.cpp), which commands() lists last.
Command serveCommand();
// A server's own commands (servercommandtable.cpp), which commands() lists before serve.
QList<Command> serverCommands();

// Every command, in the order the overview lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

} // namespace rostrum::cli
