#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace rostrum::cli {

// Every user-visible string of the command line is in this one translation context.
inline QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("rostrum-cli", text, nullptr, n);
}

// The exit codes scripts may rely on.
enum ExitCode
{
    Success = 0,
    Refused = 1,
    Usage = 2
};

// A command line that cannot be understood: bad options, missing arguments, unreadable values.
// Thrown before the meeting file is opened, so it never changes the file.
struct UsageError
{
    QString message;
};

// A well-formed request that the file or the rules of the list refuse.
struct Refusal
{
    QString message;
};

// UTF-8 standard output and standard error.
QTextStream &out();
QTextStream &err();

// Text from the meeting file as a terminal may show it: a control or bidirectional character in a
// name stored before the rules refused them is written out ("<U+001B>"), not obeyed.
QString shown(const QString &text);

// Writes "rostrum-cli: message" as exactly one line on standard error.
void printError(const QString &message);

} // namespace rostrum::cli
