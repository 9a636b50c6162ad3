#include "clock/timetext.h"
#include "corehelpers.h"

using namespace rostrum;

TEST_CASE("Durations read as minutes and seconds", "[timetext]")
{
    CHECK(formatMinSec(0) == QStringLiteral("0:00"));
    CHECK(formatMinSec(180'000) == QStringLiteral("3:00"));
    CHECK(formatMinSec(5'000) == QStringLiteral("0:05"));
    CHECK(formatMinSec(750'000) == QStringLiteral("12:30"));
    // A duration past an hour stays in minutes: a speech is never announced as "1:02:03".
    CHECK(formatMinSec(3'723'000) == QStringLiteral("62:03"));
    // Whole seconds, toward zero: a recorded 2:59.9 is 2:59 of speaking.
    CHECK(formatMinSec(179'999) == QStringLiteral("2:59"));
    CHECK(formatMinSec(999) == QStringLiteral("0:00"));
    CHECK(formatMinSec(-5'000) == QStringLiteral("-0:05"));
    CHECK(formatMinSec(-61'500) == QStringLiteral("-1:01"));
    // Less than a second either way is no time at all, not "-0:00".
    CHECK(formatMinSec(-999) == QStringLiteral("0:00"));
}

TEST_CASE("The countdown shows the second it is in and counts overtime up with a plus",
          "[timetext]")
{
    CHECK(formatCountdown(180'000) == QStringLiteral("3:00"));
    // The first 999 ms of a speech still read the full limit.
    CHECK(formatCountdown(179'001) == QStringLiteral("3:00"));
    CHECK(formatCountdown(179'000) == QStringLiteral("2:59"));
    CHECK(formatCountdown(178'001) == QStringLiteral("2:59"));
    CHECK(formatCountdown(30'000) == QStringLiteral("0:30"));
    CHECK(formatCountdown(29'999) == QStringLiteral("0:30"));
    CHECK(formatCountdown(29'000) == QStringLiteral("0:29"));
    CHECK(formatCountdown(1) == QStringLiteral("0:01"));
    // Time up: 0:00 is shown from the moment the limit is reached for one whole second.
    CHECK(formatCountdown(0) == QStringLiteral("0:00"));
    CHECK(formatCountdown(-999) == QStringLiteral("0:00"));
    CHECK(formatCountdown(-1'000) == QStringLiteral("+0:01"));
    CHECK(formatCountdown(-5'000) == QStringLiteral("+0:05"));
    CHECK(formatCountdown(-5'999) == QStringLiteral("+0:05"));
    CHECK(formatCountdown(-23'000) == QStringLiteral("+0:23"));
    CHECK(formatCountdown(-600'000) == QStringLiteral("+10:00"));
}

TEST_CASE("Typed time limits are read in every documented form", "[timetext]")
{
    CHECK(parseMinSecToMs(QStringLiteral("3:00")) == 180'000);
    CHECK(parseMinSecToMs(QStringLiteral("2:30")) == 150'000);
    CHECK(parseMinSecToMs(QStringLiteral("0:30")) == 30'000);
    CHECK(parseMinSecToMs(QStringLiteral("12:30")) == 750'000);
    CHECK(parseMinSecToMs(QStringLiteral("90")) == 90'000);
    CHECK(parseMinSecToMs(QStringLiteral("0")) == 0);
    CHECK(parseMinSecToMs(QStringLiteral("1:02:03")) == 3'723'000);
    CHECK(parseMinSecToMs(QStringLiteral("  3:00 ")) == 180'000);
    CHECK(parseMinSecToMs(QStringLiteral("24:00:00")) == 86'400'000);
    CHECK(parseMinSecToMs(QStringLiteral("1440:00")) == 86'400'000);
    // Longer durations are read as what they are; that a limit is at most a day is the list's
    // rule, which says so (tests/core/test_badvalues.cpp), rather than "not a time".
    CHECK(parseMinSecToMs(QStringLiteral("24:00:01")) == 86'401'000);
    CHECK(parseMinSecToMs(QStringLiteral("86401")) == 86'401'000);
    CHECK(parseMinSecToMs(QStringLiteral("999999999")) == 999'999'999'000LL);
}

TEST_CASE("Typed time limits that are not durations are refused", "[timetext]")
{
    const char *refused[] = {
        "",
        "   ",
        "abc",
        "3m",
        "3:00.5",
        "1:60",
        "1:2:60",
        "1:60:00",
        "1:2:3:4",
        ":30",
        "3:",
        "::",
        "-1:00",
        "-0:30",
        "-30",
        "1000000000",
        "99999999999",
        "2147483647",
        "99999999:00:00",
    };
    for (const char *text : refused) {
        const QString t = QString::fromUtf8(text);
        INFO('"' << text << '"');
        CHECK_FALSE(parseMinSecToMs(t).has_value());
    }
}

TEST_CASE("Over or under the scheduled end reads in whole minutes", "[timetext]")
{
    CHECK(formatOverUnder(0) == QStringLiteral("on time"));
    CHECK(formatOverUnder(18 * 60'000) == QStringLiteral("+18 min"));
    CHECK(formatOverUnder(-4 * 60'000) == QStringLiteral("-4 min"));
    // Rounded to the nearest minute, half a minute away from zero.
    CHECK(formatOverUnder(29'999) == QStringLiteral("on time"));
    CHECK(formatOverUnder(-29'999) == QStringLiteral("on time"));
    CHECK(formatOverUnder(30'000) == QStringLiteral("+1 min"));
    // Days, for a meeting opened long after (or before) its date.
    CHECK(formatOverUnder((48 * 60 - 1) * 60'000LL) == QStringLiteral("+2879 min"));
    CHECK(formatOverUnder(1'843'826LL * 60'000) == QStringLiteral("+1280 days"));
    CHECK(formatOverUnder(-3 * 24 * 3'600'000LL) == QStringLiteral("-3 days"));
    CHECK(formatOverUnder(-30'000) == QStringLiteral("-1 min"));
    CHECK(formatOverUnder(89'999) == QStringLiteral("+1 min"));
    CHECK(formatOverUnder(90'000) == QStringLiteral("+2 min"));
    CHECK(formatOverUnder(18 * 60'000 + 29'000) == QStringLiteral("+18 min"));
    CHECK(formatOverUnder(-(18 * 60'000 + 31'000)) == QStringLiteral("-19 min"));
    CHECK(formatOverUnder(3 * 3'600'000) == QStringLiteral("+180 min"));
}
