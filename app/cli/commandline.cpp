#include "commandline.h"

#include "clock/timetext.h"
#include "console.h"
#include "meeting/directory.h"
#include "meeting/zonetime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace rostrum::cli {

namespace {
QString quoted(const QString &text)
{
    return Tr::tr("“%1”").arg(text);
}

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options) {
        if (name == QLatin1String(o.name))
            return &o;
    }
    return nullptr;
}

// A lone "-" followed by a digit is a value (add-time -30), not an option.
bool looksNumeric(const QString &arg)
{
    return arg.size() > 1 && arg[0] == QLatin1Char('-') && arg[1].isDigit();
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, const QList<OptionSpec> &options)
{
    CommandLine cl;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-") ||
            looksNumeric(arg)) {
            cl.m_positionals.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            cl.m_help = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            throw UsageError{Tr::tr("unknown option %1").arg(arg)};
        QString name = arg.mid(2);
        std::optional<QString> value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        const OptionSpec *spec = findOption(options, name);
        if (!spec)
            throw UsageError{Tr::tr("unknown option --%1").arg(name)};
        if (cl.m_values.contains(name))
            throw UsageError{Tr::tr("--%1 is given more than once").arg(name)};
        if (!spec->value) {
            if (value)
                throw UsageError{Tr::tr("--%1 takes no value").arg(name)};
            cl.m_values.insert(name, QString());
            continue;
        }
        if (!value) {
            if (i + 1 >= arguments.size())
                throw UsageError{
                    Tr::tr("--%1 needs a value (%2)").arg(name, QLatin1String(spec->value))};
            value = arguments[++i];
        }
        cl.m_values.insert(name, *value);
    }
    return cl;
}

void CommandLine::checkRequired(const QList<OptionSpec> &options) const
{
    for (const OptionSpec &o : options) {
        if (o.required && !m_values.contains(QLatin1String(o.name)))
            throw UsageError{Tr::tr("--%1 is required").arg(QLatin1String(o.name))};
    }
}

bool CommandLine::has(const char *name) const
{
    return m_values.contains(QLatin1String(name));
}

QString CommandLine::value(const char *name) const
{
    return m_values.value(QLatin1String(name));
}

qint64 Moment::toUtcMs(const Meeting &meeting) const
{
    QString why;
    const auto ms = ZoneTime::resolve(date, time, offsetSeconds, meeting.timeZoneId, &why);
    if (!ms)
        throw UsageError{Tr::tr("%1: %2").arg(option, why)};
    return *ms;
}

QDateTime Moment::inZoneOf(const Meeting &meeting) const
{
    return meeting.toLocal(toUtcMs(meeting));
}

qint64 parseEntryId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{
            Tr::tr("%1 is not an entry id (a whole number, as shown by “list”)").arg(quoted(text))};
    return id;
}

int parsePosition(const QString &text)
{
    bool ok = false;
    const int position = text.toInt(&ok);
    if (!ok || position <= 0)
        throw UsageError{
            Tr::tr("%1 is not a position on the list (1 is the first)").arg(quoted(text))};
    return position;
}

int parseCount(const QString &text, const QString &what)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        throw UsageError{Tr::tr("%1 for %2 is not a whole number").arg(quoted(text), what)};
    return n;
}

qint64 parseSignedSeconds(const QString &text)
{
    // Up to nine digits: whether the time still fits in a speaker's day is the list's rule, and
    // it says so (SpeakersList::addTime); past that it cannot be meant as a number of seconds.
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    if (!ok || seconds == 0 || seconds > 999'999'999 || seconds < -999'999'999)
        throw UsageError{
            Tr::tr("%1 is not a number of seconds to add (30) or remove (-30)").arg(quoted(text))};
    return qint64(seconds) * 1000;
}

qint64 parseLimit(const QString &text, const QString &what)
{
    const auto ms = parseMinSecToMs(text);
    if (!ms || *ms <= 0)
        throw UsageError{
            Tr::tr("%1 for %2 is not a time limit; write minutes and seconds, like 3:00 "
                   "or 2:30")
                .arg(quoted(text), what)};
    return *ms;
}

QDate parseDate(const QString &text, const QString &what)
{
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw UsageError{Tr::tr("%1 for %2 is not a date; write YYYY-MM-DD, like 2023-05-25")
                             .arg(quoted(text), what)};
    if (!ZoneTime::isSane(date))
        throw UsageError{Tr::tr("%1: %2").arg(what, ZoneTime::outOfRangeMessage(text.trimmed()))};
    return date;
}

QTime parseTime(const QString &text, const QString &what)
{
    const QString t = text.trimmed();
    QTime time = QTime::fromString(t, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(t, QStringLiteral("H:mm:ss"));
    if (!time.isValid())
        throw UsageError{
            Tr::tr(
                "%1 for %2 is not a time of day; write HH:MM or HH:MM:SS, like 15:00 or 15:00:30")
                .arg(quoted(text), what)};
    return time;
}

Moment parseMoment(const QString &text, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d{1,3})?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    Moment moment;
    moment.typed = text.trimmed();
    moment.option = what;
    if (m.hasMatch()) {
        moment.date = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
        const QString t = m.captured(2);
        moment.time = QTime::fromString(
            t, t.count(QLatin1Char(':')) == 2 ? QStringLiteral("H:mm:ss") : QStringLiteral("H:mm"));
        const QString zone = m.captured(3);
        if (zone == QLatin1String("Z")) {
            moment.offsetSeconds = 0;
        } else if (!zone.isEmpty()) {
            const QString digits = zone.mid(1).remove(QLatin1Char(':'));
            const int hours = digits.left(2).toInt();
            const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
            if (hours <= 14 && minutes < 60) {
                const int sign = zone[0] == QLatin1Char('-') ? -1 : 1;
                moment.offsetSeconds = sign * (hours * 3600 + minutes * 60);
            } else {
                moment.time = QTime();
            }
        }
    }
    if (!moment.date.isValid() || !moment.time.isValid())
        throw UsageError{
            Tr::tr("%1 for %2 is not a date and time; write \"YYYY-MM-DD HH:MM[:SS]\" in "
                   "the meeting's time zone, or ISO 8601 with an offset "
                   "(2023-05-23T16:00-04:00)")
                .arg(quoted(text), what)};
    // A year like 0202 or 9999 is a typo; say so before the zone is even known.
    if (!ZoneTime::isSane(moment.date))
        throw UsageError{Tr::tr("%1: %2").arg(what, ZoneTime::outOfRangeMessage(moment.typed))};
    return moment;
}

QStringList parseDelegations(const QString &text, const QString &what)
{
    const Directory &directory = Directory::builtIn();
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const auto found = directory.find(name);
        if (!found) {
            const QStringList near = directory.closest(name, 3);
            QString message =
                Tr::tr("%1 in %2 is not in the directory of delegations").arg(quoted(name), what);
            if (!near.isEmpty())
                message += Tr::tr("; did you mean %1?").arg(near.join(Tr::tr(", ")));
            throw UsageError{message};
        }
        if (!names.contains(found->name))
            names.append(found->name);
    }
    return names;
}

QString parseChoice(const QString &text, const QString &what, const QStringList &keys)
{
    const QString key = text.trimmed().toLower();
    if (!keys.contains(key))
        throw UsageError{Tr::tr("%1 is not a valid %2; choose one of: %3")
                             .arg(quoted(text), what, keys.join(Tr::tr(", ")))};
    return key;
}

} // namespace rostrum::cli
