#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace rostrum {

// This computer's time zone as an IANA id, for the default zone of a new meeting.
namespace SystemZone {
// From TZ when it names a zone of the database (":Europe/Zurich", a path into it too), else
// from /etc/localtime's link or /etc/timezone. Empty when TZ holds only a POSIX rule
// ("UTC+3", "EST5EDT,M3.2.0,M11.1.0"): such a rule has no IANA name, and Qt reads "UTC+3"
// as three hours east where POSIX means three hours west.
QString ianaId();
// The same from given inputs: tz is the TZ variable (empty optional: not set), zoneinfo the
// zone database's folder; etcLocaltime and etcTimezone stand for /etc/localtime and /etc/timezone.
// Whether id names a zone a meeting may use: a zone of the database under zoneinfo (an IANA id)
// or Qt's fixed "UTC+03:00"; never a POSIX rule ("UTC+3", "EST5EDT,M3.2.0,M11.1.0"), which Qt
// accepts but reads "UTC+3" as three hours east where POSIX means three hours west.
bool isZoneName(const QString &id, const QString &zoneinfo = QString());
QString ianaIdFrom(const std::optional<QByteArray> &tz, const QString &zoneinfo,
                   const QString &etcLocaltime, const QString &etcTimezone);
} // namespace SystemZone

} // namespace rostrum
