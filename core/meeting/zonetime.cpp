#include "meeting/zonetime.h"

#include "language/datetext.h"

#include <QDateTime>
#include <algorithm>

namespace rostrum {

namespace {
QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}
} // namespace

bool ZoneTime::isSane(const QDate &date)
{
    return date.isValid() && date >= QDate(2000, 1, 1) && date <= QDate(2100, 12, 31);
}

QString ZoneTime::outOfRangeMessage(const QString &typed)
{
    return tr("“%1” is outside the years 2000 to 2100; check the year").arg(typed);
}

QList<qint64> ZoneTime::instantsOf(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QList<qint64> out;
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return out;
    // The wall time read as if it were UTC; each offset in force within a day of it is tried,
    // and kept when the zone really has that offset at the instant it gives. Zones change their
    // offset at most once in a day, so these are all the candidates.
    const qint64 asUtc = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 86'400'000;
    for (const qint64 probe : {asUtc - kDayMs, asUtc, asUtc + kDayMs}) {
        const int offset = zone.offsetFromUtc(utcAt(probe));
        const qint64 candidate = asUtc - qint64(offset) * 1000;
        if (zone.offsetFromUtc(utcAt(candidate)) == offset && !out.contains(candidate))
            out.append(candidate);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<qint64> ZoneTime::resolve(const QDate &date, const QTime &time,
                                        std::optional<int> offsetSeconds, const QString &zoneId,
                                        QString *why)
{
    auto refuse = [why](const QString &message) -> std::optional<qint64> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const QString typed = date.toString(Qt::ISODate) + QLatin1Char(' ') + clockText(time) +
                          (offsetSeconds ? offsetText(*offsetSeconds) : QString());
    if (!isSane(date))
        return refuse(outOfRangeMessage(typed));
    qint64 ms = 0;
    if (offsetSeconds) {
        ms = QDateTime(date, time, QTimeZone(*offsetSeconds)).toMSecsSinceEpoch();
    } else {
        const QTimeZone zone(zoneId.toUtf8());
        const QList<qint64> instants = instantsOf(date, time, zone);
        if (instants.isEmpty())
            return refuse(skippedMessage(date, time, zoneId));
        if (instants.size() > 1) {
            const QString day = DateText::longDate(date);
            const QString first =
                clockText(time) + offsetText(zone.offsetFromUtc(utcAt(instants.first())));
            const QString second =
                clockText(time) + offsetText(zone.offsetFromUtc(utcAt(instants.last())));
            return refuse(tr("%1 on %2 happens twice in %3; add the offset: %4 or %5")
                              .arg(clockText(time), day, zoneId, first, second));
        }
        ms = instants.first();
    }
    if (!isSane(ms))
        return refuse(outOfRangeMessage(typed));
    return ms;
}

QString ZoneTime::skippedMessage(const QDate &date, const QTime &time, const QString &zoneId)
{
    return tr("%1 on %2 does not exist in %3: the clocks skip that hour")
        .arg(clockText(time), DateText::longDate(date), zoneId);
}

QString ZoneTime::clockText(const QTime &time)
{
    return time.toString(time.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString ZoneTime::offsetText(int offsetSeconds)
{
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
        .arg(magnitude % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace rostrum
