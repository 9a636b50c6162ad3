#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace rostrum::cli {

// Every user-visible string of the command line is in this one translation context, declared
// so that lupdate files the strings under the context the code looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::cli)
};

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

// The language rostrum-cli speaks (`rostrum-cli --language xx COMMAND`, else LANG and the like), as
// a code of core/language/uilanguage.h: its messages, and the documents it writes unless told
// otherwise.
QString cliLanguage();
void setCliLanguage(const QString &code);

} // namespace rostrum::cli
