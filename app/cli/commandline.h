#pragma once

#include "meeting/meeting.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTime>
#include <optional>

namespace rostrum::cli {

// One option a command accepts. Texts are QT_TRANSLATE_NOOP("rostrum::cli", ...) literals,
// translated when help is shown.
struct OptionSpec
{
    const char *name;  // without the leading "--"
    const char *value; // placeholder for its value ("M:SS"), or nullptr for a flag
    const char *help;
    bool required = false;
};

// The arguments after the command name, checked against the options the command accepts.
// "--name value" and "--name=value" both work; "--" ends the options; "-5" is a value.
class CommandLine final
{
public:
    // Throws UsageError for an unknown or repeated option or a missing value.
    static CommandLine parse(const QStringList &arguments, const QList<OptionSpec> &options);
    // Throws UsageError naming the first required option that is missing.
    void checkRequired(const QList<OptionSpec> &options) const;

    bool helpRequested() const { return m_help; }
    const QStringList &positionals() const { return m_positionals; }
    bool has(const char *name) const;
    QString value(const char *name) const;

private:
    bool m_help = false;
    QStringList m_positionals;
    QHash<QString, QString> m_values;
};

// A moment typed by a person: a local date and time in the meeting's zone, or an ISO 8601
// instant with an explicit offset.
struct Moment
{
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds; // set when the text carried "Z" or "+hh:mm"
    QString typed;                    // as given, for messages
    QString option;                   // "--deadline"

    // Throws UsageError when the meeting's clocks skip the time or show it twice (without an
    // offset), or when the instant lies outside 2000-2100.
    qint64 toUtcMs(const Meeting &meeting) const;
    QDateTime inZoneOf(const Meeting &meeting) const;
};

// Value readers: each throws UsageError with a message that names the option and the value.
qint64 parseEntryId(const QString &text);
int parsePosition(const QString &text);
int parseCount(const QString &text, const QString &what);
qint64 parseSignedSeconds(const QString &text);
qint64 parseLimit(const QString &text, const QString &what);
QDate parseDate(const QString &text, const QString &what);
QTime parseTime(const QString &text, const QString &what);
Moment parseMoment(const QString &text, const QString &what);
// "A;B;C" -> the canonical directory names; throws UsageError naming the closest matches.
QStringList parseDelegations(const QString &text, const QString &what);
// A choice among stable keys; the message lists them.
QString parseChoice(const QString &text, const QString &what, const QStringList &keys);

} // namespace rostrum::cli
