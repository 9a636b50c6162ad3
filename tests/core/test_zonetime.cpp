// Wall-clock times in a zone: the hour the clocks skip names no instant, the hour they repeat
// names two, and this computer's zone is an IANA id or nothing.

#include "corehelpers.h"
#include "language/datetext.h"
#include "meeting/systemzone.h"
#include "meeting/zonetime.h"

#include <QTemporaryDir>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));
const QString kZoneinfo = QStringLiteral("/usr/share/zoneinfo");

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QString fromTz(const char *tz)
{
    return SystemZone::ianaIdFrom(QByteArray(tz), kZoneinfo, name("/nonexistent/localtime"),
                                  name("/nonexistent/timezone"));
}
} // namespace

TEST_CASE("A wall-clock time names one instant, none in the skipped hour, two in the repeated",
          "[zonetime]")
{
    CHECK(ZoneTime::instantsOf(QDate(2027, 11, 8), QTime(9, 0), kNewYork) ==
          QList<qint64>{utc("2027-11-08T14:00:00Z")});
    CHECK(ZoneTime::instantsOf(QDate(2027, 11, 7), QTime(1, 30), kNewYork) ==
          QList<qint64>{utc("2027-11-07T05:30:00Z"), utc("2027-11-07T06:30:00Z")});
    CHECK(ZoneTime::instantsOf(QDate(2027, 3, 14), QTime(2, 30), kNewYork).isEmpty());
    CHECK(ZoneTime::instantsOf(QDate(2027, 3, 14), QTime(3, 0), kNewYork) ==
          QList<qint64>{utc("2027-03-14T07:00:00Z")});
    // Zurich and Sydney go the other way round the year.
    CHECK(ZoneTime::instantsOf(QDate(2027, 3, 28), QTime(2, 30), QTimeZone("Europe/Zurich"))
              .isEmpty());
    CHECK(ZoneTime::instantsOf(QDate(2027, 4, 4), QTime(2, 30), QTimeZone("Australia/Sydney"))
              .size() == 2);
}

TEST_CASE("Resolving a typed time refuses with a message that says what to write", "[zonetime]")
{
    const QString ny = name("America/New_York");
    QString why;
    CHECK_FALSE(ZoneTime::resolve(QDate(2027, 11, 7), QTime(1, 30), std::nullopt, ny, &why));
    // The day as the language of the messages writes it ("7 November 2027").
    CHECK(why == QCoreApplication::translate("rostrum::ZoneTime",
                                             "%1 on %2 happens twice in %3; add the offset: %4 "
                                             "or %5")
                     .arg(name("01:30"), DateText::longDate(QDate(2027, 11, 7)), ny,
                          name("01:30-04:00"), name("01:30-05:00")));
    CHECK(ZoneTime::resolve(QDate(2027, 11, 7), QTime(1, 30), -4 * 3600, ny, &why) ==
          utc("2027-11-07T05:30:00Z"));
    CHECK(ZoneTime::resolve(QDate(2027, 11, 7), QTime(1, 30), -5 * 3600, ny, &why) ==
          utc("2027-11-07T06:30:00Z"));
    CHECK_FALSE(ZoneTime::resolve(QDate(2027, 3, 14), QTime(2, 30), std::nullopt, ny, &why));
    CHECK(why == QCoreApplication::translate("rostrum::ZoneTime",
                                             "%1 on %2 does not exist in %3: the clocks skip "
                                             "that hour")
                     .arg(name("02:30"), DateText::longDate(QDate(2027, 3, 14)), ny));
    CHECK_FALSE(ZoneTime::resolve(QDate(1970, 1, 1), QTime(0, 0), 0, ny, &why));
    CHECK(why.contains(name("outside the years 2000 to 2100")));
    CHECK_FALSE(ZoneTime::resolve(QDate(2100, 12, 31), QTime(23, 0), -5 * 3600, ny, &why));
    CHECK(ZoneTime::resolve(QDate(2100, 12, 31), QTime(18, 59, 59), std::nullopt, ny, &why) ==
          ZoneTime::kLatestMs - 999);
    CHECK(ZoneTime::resolve(QDate(2000, 1, 1), QTime(0, 0), 0, ny, &why) == ZoneTime::kEarliestMs);
    CHECK_FALSE(ZoneTime::resolve(QDate(1999, 12, 31), QTime(23, 59, 59), 0, ny, &why));
    CHECK(ZoneTime::clockText(QTime(9, 0, 59)) == name("09:00:59"));
    CHECK(ZoneTime::offsetText(5 * 3600 + 1800) == name("+05:30"));
}

TEST_CASE("This computer's zone is the IANA id TZ names, never a POSIX rule", "[zonetime]")
{
    CHECK(fromTz("America/New_York") == name("America/New_York"));
    CHECK(fromTz(":Europe/Zurich") == name("Europe/Zurich"));
    CHECK(fromTz("/usr/share/zoneinfo/Asia/Tokyo") == name("Asia/Tokyo"));
    CHECK(fromTz("") == name("UTC"));
    for (const char *rule : {"UTC+3", "UTC-3", "EST5EDT,M3.2.0,M11.1.0", "<-03>3", "Europe/Geneva",
                             "../../etc/passwd", "GMT+3", "Mars/Olympus"}) {
        INFO(rule);
        CHECK(fromTz(rule).isEmpty());
    }
}

TEST_CASE("A meeting's zone is an IANA id or a fixed UTC offset, never a POSIX rule", "[zonetime]")
{
    for (const char *id :
         {"America/New_York", "Europe/Zurich", "UTC", "Etc/GMT-3", "UTC+03:00", "UTC-05:00"}) {
        INFO(id);
        CHECK(SystemZone::isZoneName(name(id)));
    }
    for (const char *id :
         {"UTC+3", "UTC-3", "EST5EDT,M3.2.0,M11.1.0", "<-03>3", "Europe/Geneva", "", "UTC+3:00"}) {
        INFO(id);
        CHECK_FALSE(SystemZone::isZoneName(name(id)));
    }
}

TEST_CASE("Without TZ the zone comes from /etc/localtime's link, then /etc/timezone", "[zonetime]")
{
    QTemporaryDir dir;
    const QString link = dir.filePath(name("localtime"));
    REQUIRE(QFile::link(kZoneinfo + name("/Europe/Zurich"), link));
    CHECK(SystemZone::ianaIdFrom(std::nullopt, kZoneinfo, link, name("/nonexistent")) ==
          name("Europe/Zurich"));
    const QString copy = dir.filePath(name("copied"));
    REQUIRE(QFile::copy(kZoneinfo + name("/Europe/Zurich"), copy));
    const QString etcTimezone = dir.filePath(name("timezone"));
    QFile file(etcTimezone);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("America/Sao_Paulo\n");
    file.close();
    CHECK(SystemZone::ianaIdFrom(std::nullopt, kZoneinfo, copy, etcTimezone) ==
          name("America/Sao_Paulo"));
    CHECK(SystemZone::ianaIdFrom(std::nullopt, kZoneinfo, copy, name("/nonexistent")).isEmpty());
}
