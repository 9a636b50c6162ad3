#include "help.h"

#include "console.h"
#include "language/languagechoice.h"

#include <algorithm>

namespace rostrum::cli {

namespace {
QString translated(const char *text)
{
    return text && *text ? Tr::tr(text) : QString();
}

// Lays words out in lines of at most 78 columns, for an 80-column terminal. Lines after the
// first get `hanging` more spaces, so a long synopsis reads as one block.
QString wrapped(const QStringList &words, int indent, int hanging = 0)
{
    QString result;
    QString line;
    int lineIndent = indent;
    for (const QString &word : words) {
        if (!line.isEmpty() && lineIndent + line.size() + 1 + word.size() > 78) {
            result += QString(lineIndent, QLatin1Char(' ')) + line + QLatin1Char('\n');
            line.clear();
            lineIndent = indent + hanging;
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        result += QString(lineIndent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    return result;
}

QString wrapped(const QString &text, int indent)
{
    return wrapped(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), indent);
}

QString synopsisLines(const Command &c, int indent)
{
    return wrapped(QStringList{QStringLiteral("rostrum-cli")} + c.synopsisParts(), indent, 2);
}
} // namespace

QString overviewHelp()
{
    QString text =
        Tr::tr("Usage: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]") + QLatin1Char('\n');
    text +=
        wrapped(Tr::tr("Runs the speakers list of a Rostrum meeting file. Every act is saved to "
                       "the file as one transaction and journaled under the name cli:$USER. "
                       "Other programs, the console included, may have the file open at the "
                       "same time."),
                0);
    text += QLatin1Char('\n') + Tr::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands()) {
        text += synopsisLines(c, 2);
        text += wrapped(translated(c.summary), 6);
    }
    text += QLatin1Char('\n');
    text +=
        wrapped(Tr::tr("ID is an entry id as shown by “list --format json” and printed by “add”. "
                       "POSITION counts from 1. M:SS is a time like 3:00. Dates and times are in "
                       "the meeting's time zone."),
                0);
    text += QLatin1Char('\n');
    text +=
        wrapped(Tr::tr("Exit status: 0 when done; 1 when the rules of the list or the file refuse "
                       "the act; 2 when the command line is wrong. An error is one line on "
                       "standard error, starting with “rostrum-cli: ”. A refused act never "
                       "changes the file."),
                0);
    text += QLatin1Char('\n');
    text += Tr::tr("Global options: --help, -h (this help); --version.") + QLatin1Char('\n');
    text += wrapped(Tr::tr("Before the command, --language xx chooses the language of the "
                           "messages (%1); without it they follow LANG and LC_MESSAGES.")
                        .arg(spokenLanguageCodes()),
                    0);
    text +=
        Tr::tr("More about one command: rostrum-cli help COMMAND, or rostrum-cli COMMAND --help.") +
        QLatin1Char('\n');
    return text;
}

QString commandHelp(const Command &c)
{
    QString text = Tr::tr("Usage:") + QLatin1Char('\n');
    text += synopsisLines(c, 2);
    text += QLatin1Char('\n') + wrapped(translated(c.summary), 0);
    if (const QString details = translated(c.details); !details.isEmpty())
        text += wrapped(details, 0);
    if (!c.options.isEmpty()) {
        text += QLatin1Char('\n') + Tr::tr("Options:") + QLatin1Char('\n');
        QStringList names;
        for (const OptionSpec &o : c.options) {
            names.append(QStringLiteral("--") + QLatin1String(o.name) +
                         (o.value ? QLatin1Char(' ') + QLatin1String(o.value) : QString()));
        }
        int width = 0;
        for (const QString &n : std::as_const(names))
            width = std::max(width, int(n.size()));
        width = std::min(width, 28);
        for (int i = 0; i < c.options.size(); ++i) {
            QString help = translated(c.options[i].help);
            if (c.options[i].required)
                help = Tr::tr("%1 (required)").arg(help);
            const int indent = 2 + width + 2;
            const QString body = wrapped(help, indent);
            if (names[i].size() > width)
                text += QStringLiteral("  ") + names[i] + QLatin1Char('\n') + body;
            else
                text += QStringLiteral("  ") + names[i].leftJustified(width + 2) + body.mid(indent);
        }
    }
    text += QLatin1Char('\n') + Tr::tr("Exit status: 0 done, 1 refused, 2 wrong command line.") +
            QLatin1Char('\n');
    return text;
}

} // namespace rostrum::cli
