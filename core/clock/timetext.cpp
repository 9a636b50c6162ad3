#include "clock/timetext.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace rostrum {

namespace {
// Nine digits of seconds (31 years): far past any limit, and still whole seconds in an int.
constexpr qint64 kLongestReadSeconds = 999'999'999;
} // namespace

QString formatMinSec(qint64 ms)
{
    const bool negative = ms < 0;
    // Whole seconds, rounded toward zero, so 2:59.4 still reads 2:59 in a countdown.
    const qint64 seconds = (negative ? -ms : ms) / 1000;
    const QString body =
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return negative && seconds > 0 ? QLatin1Char('-') + body : body;
}

QString formatHourMinSec(qint64 ms)
{
    const qint64 seconds = (ms < 0 ? -ms : ms) / 1000;
    const QString body = QStringLiteral("%1:%2:%3")
                             .arg(seconds / 3600)
                             .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return ms < 0 && seconds > 0 ? QLatin1Char('-') + body : body;
}

QString formatCountdown(qint64 remainingMs)
{
    if (remainingMs > -1000) {
        // A countdown shows the second it is in: 2:59.4 left reads 3:00 until a full second
        // has gone, so 0:00 is reached exactly when the time is up and then held for one
        // second before overtime starts counting "+0:01".
        return formatMinSec(((remainingMs + 999) / 1000) * 1000);
    }
    return QLatin1Char('+') + formatMinSec(-remainingMs);
}

std::optional<qint64> parseMinSecToMs(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    qint64 total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        // Digits only: toInt() would read "-0" as zero and so take "-0:30" for half a minute.
        const bool digits =
            !parts[i].isEmpty() && std::all_of(parts[i].cbegin(), parts[i].cend(), [](QChar c) {
                return c >= QLatin1Char('0') && c <= QLatin1Char('9');
            });
        bool ok = false;
        const qint64 v = parts[i].toLongLong(&ok);
        if (!digits || !ok || parts[i].size() > 9)
            return std::nullopt;
        // Seconds and, with hours, minutes must stay below 60 once they are not the lead field.
        if (i > 0 && v >= 60)
            return std::nullopt;
        total = total * 60 + v;
    }
    if (total > kLongestReadSeconds)
        return std::nullopt;
    return total * 1000;
}

QString formatOverUnder(qint64 ms)
{
    const qint64 minutes = (ms >= 0 ? ms + 30'000 : ms - 30'000) / 60'000;
    if (minutes == 0)
        return QCoreApplication::translate("rostrum::TimeText", "on time");
    // Past two days (a meeting opened long after its date, such as the demo), a count of
    // minutes is too long to read at a glance.
    const qint64 size = minutes > 0 ? minutes : -minutes;
    if (size >= 48 * 60)
        return QCoreApplication::translate("rostrum::TimeText", "%1%2 days")
            .arg(minutes > 0 ? QStringLiteral("+") : QStringLiteral("-"))
            .arg((size + 12 * 60) / (24 * 60));
    if (minutes > 0)
        return QCoreApplication::translate("rostrum::TimeText", "+%1 min").arg(minutes);
    return QCoreApplication::translate("rostrum::TimeText", "%1 min").arg(minutes);
}

} // namespace rostrum
