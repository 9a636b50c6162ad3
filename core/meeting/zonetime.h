#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <optional>

namespace rostrum {

// A wall-clock time in a zone, and the instants it names: one, none (the hour the clocks skip
// in spring) or two (the hour they repeat in autumn). Qt quietly picks one for the last two
// cases; a meeting's deadline decides who is late, so a person has to say which is meant.
class ZoneTime final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ZoneTime)

public:
    ZoneTime() = delete;

    // The instants a meeting may name: 2000-01-01T00:00:00Z to 2100-12-31T23:59:59.999Z. Outside
    // it a typo (year 0202, a 1970 "zero") would pass for a time and sort first or last.
    static constexpr qint64 kEarliestMs = 946'684'800'000;
    static constexpr qint64 kLatestMs = 4'133'980'799'999;
    static bool isSane(qint64 utcMs) { return utcMs >= kEarliestMs && utcMs <= kLatestMs; }
    static bool isSane(const QDate &date);
    // "2100-12-31T23:59:59Z is outside the years 2000 to 2100", naming what was typed.
    static QString outOfRangeMessage(const QString &typed);

    // "02:30 on 14 Mar 2027 does not exist in America/New_York: ..."
    static QString skippedMessage(const QDate &date, const QTime &time, const QString &zoneId);

    // Every instant at which clocks in `zone` show date and time, earliest first.
    static QList<qint64> instantsOf(const QDate &date, const QTime &time, const QTimeZone &zone);

    // The instant a person meant by date and time: with an offset ("-04:00") exactly that; without
    // one, the only instant the zone's clocks show it. Empty, with a one-line reason in *why,
    // when the time does not exist, happens twice, or lies outside the sane range.
    static std::optional<qint64> resolve(const QDate &date, const QTime &time,
                                         std::optional<int> offsetSeconds, const QString &zoneId,
                                         QString *why);

    // "01:30" or "01:30:20": seconds only where they say something.
    static QString clockText(const QTime &time);
    // "-04:00", "+05:30", "+00:00".
    static QString offsetText(int offsetSeconds);
};

} // namespace rostrum
