#include "meeting/meeting.h"

#include "meeting/zonetime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace rostrum {

namespace {
QString joinList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList splitList(const QVariant &value)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

// Version 1 of the file wrote times of day as "HH:mm"; version 2 writes "HH:mm:ss".
QTime timeOfDay(const QVariant &value)
{
    const QString text = value.toString();
    const QTime withSeconds = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    return withSeconds.isValid() ? withSeconds : QTime::fromString(text, QStringLiteral("HH:mm"));
}
} // namespace

int Meeting::tierIndex(Tier t) const
{
    const int i = tierOrder.indexOf(t);
    // A tier missing from a customised order goes last rather than vanishing.
    return i < 0 ? int(tierOrder.size()) : i;
}

QDateTime Meeting::localDateTime(const QDate &d, const QTime &t) const
{
    QTimeZone zone(timeZoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime(d, t, zone);
}

qint64 Meeting::localUtcMs(const QDate &d, const QTime &t) const
{
    // A time the clocks show twice is the first of the two; one they skip (refused when the
    // settings are made) falls back to Qt's reading.
    const QList<qint64> instants = ZoneTime::instantsOf(d, t, QTimeZone(timeZoneId.toUtf8()));
    return instants.isEmpty() ? localDateTime(d, t).toMSecsSinceEpoch() : instants.first();
}

qint64 Meeting::scheduledStartUtcMs() const
{
    return localUtcMs(date, scheduledStart);
}

qint64 Meeting::scheduledEndUtcMs() const
{
    // A meeting that runs past midnight ends on the next day.
    const QDate endDate = scheduledEnd < scheduledStart ? date.addDays(1) : date;
    return localUtcMs(endDate, scheduledEnd);
}

qint64 Meeting::deadlineUtcMs() const
{
    return deadline.isValid() ? deadline.toMSecsSinceEpoch() : 0;
}

QDateTime Meeting::toLocal(qint64 utcMs) const
{
    QTimeZone zone(timeZoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone);
}

QString Meeting::headingBeforeFormat4(const QStringList &council)
{
    // The words of records/meetingheading.cpp before format 4, in its translation context, so
    // a migrated file prints them translated as it did.
    return council.isEmpty() ? QString()
                             : QString::fromLatin1(QT_TRANSLATE_NOOP(
                                   "rostrum::MeetingHeading",
                                   "United Nations Security Council Arria-formula meeting"));
}

QVariantMap Meeting::toColumns() const
{
    QJsonObject limits;
    for (auto it = limitSeconds.cbegin(); it != limitSeconds.cend(); ++it)
        limits.insert(categoryKey(it.key()), it.value());
    QStringList tiers;
    for (Tier t : tierOrder)
        tiers.append(tierKey(t));
    QVariantMap c;
    c[QStringLiteral("title")] = title;
    c[QStringLiteral("heading")] = heading.isNull() ? QStringLiteral("") : heading;
    // Empty, never null: a null QString binds as SQL NULL, which the NOT NULL columns refuse.
    c[QStringLiteral("venue")] = venue.isNull() ? QStringLiteral("") : venue;
    c[QStringLiteral("date")] = date.toString(Qt::ISODate);
    c[QStringLiteral("scheduled_start")] = scheduledStart.toString(QStringLiteral("HH:mm:ss"));
    c[QStringLiteral("scheduled_end")] = scheduledEnd.toString(QStringLiteral("HH:mm:ss"));
    c[QStringLiteral("time_zone")] = timeZoneId;
    // The instant with the offset then in force: "2027-11-07T01:30:00-04:00" says which of the
    // two 01:30s of that night is meant, and keeps the seconds.
    c[QStringLiteral("deadline")] =
        deadline.isValid() ? toLocal(deadlineUtcMs()).toString(Qt::ISODate) : QStringLiteral("");
    c[QStringLiteral("organizers")] = joinList(organizers);
    c[QStringLiteral("cosponsors")] = joinList(cosponsors);
    c[QStringLiteral("council")] = joinList(council);
    c[QStringLiteral("tier_order")] = joinList(tiers);
    c[QStringLiteral("limits")] =
        QString::fromUtf8(QJsonDocument(limits).toJson(QJsonDocument::Compact));
    c[QStringLiteral("default_limit_s")] = defaultLimitSeconds;
    c[QStringLiteral("warning_s")] = warningSeconds;
    c[QStringLiteral("absent_rule")] = absentRuleKey(absentRule);
    c[QStringLiteral("list_closed")] = listClosed ? 1 : 0;
    c[QStringLiteral("point_of_order_limit_s")] = pointOfOrderLimitSeconds;
    c[QStringLiteral("replies_allowed")] = repliesAllowed;
    c[QStringLiteral("reply_first_s")] = replyFirstSeconds;
    c[QStringLiteral("reply_second_s")] = replySecondSeconds;
    c[QStringLiteral("changeover_s")] = changeoverSeconds;
    c[QStringLiteral("message")] = message.isNull() ? QStringLiteral("") : message;
    c[QStringLiteral("chimes")] = chimes ? 1 : 0;
    return c;
}

Meeting Meeting::fromColumns(const QVariantMap &c)
{
    Meeting m;
    m.title = c.value(QStringLiteral("title")).toString();
    m.venue = c.value(QStringLiteral("venue")).toString();
    m.date = QDate::fromString(c.value(QStringLiteral("date")).toString(), Qt::ISODate);
    m.scheduledStart = timeOfDay(c.value(QStringLiteral("scheduled_start")));
    m.scheduledEnd = timeOfDay(c.value(QStringLiteral("scheduled_end")));
    m.timeZoneId = c.value(QStringLiteral("time_zone")).toString();
    const QString deadline = c.value(QStringLiteral("deadline")).toString();
    const QDateTime legacy = QDateTime::fromString(deadline, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (legacy.isValid()) {
        // Version 1's local text, still found in journaled settings changes: read as it read
        // it then, so undoing such a change brings back the deadline it had.
        m.deadline = m.localDateTime(legacy.date(), legacy.time());
    } else if (const QDateTime instant = QDateTime::fromString(deadline, Qt::ISODate);
               instant.isValid()) {
        m.deadline = m.toLocal(instant.toMSecsSinceEpoch());
    }
    m.organizers = splitList(c.value(QStringLiteral("organizers")));
    m.cosponsors = splitList(c.value(QStringLiteral("cosponsors")));
    m.council = splitList(c.value(QStringLiteral("council")));
    QList<Tier> tiers;
    for (const QString &key : splitList(c.value(QStringLiteral("tier_order")))) {
        if (auto t = tierFromKey(key); t && !tiers.contains(*t))
            tiers.append(*t);
    }
    if (!tiers.isEmpty())
        m.tierOrder = tiers;
    const QJsonObject limits =
        QJsonDocument::fromJson(c.value(QStringLiteral("limits")).toString().toUtf8()).object();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        if (auto cat = categoryFromKey(it.key()))
            m.limitSeconds.insert(*cat, it.value().toInt());
    }
    m.defaultLimitSeconds = c.value(QStringLiteral("default_limit_s"), 180).toInt();
    m.warningSeconds = c.value(QStringLiteral("warning_s"), 30).toInt();
    m.absentRule = absentRuleFromKey(c.value(QStringLiteral("absent_rule")).toString())
                       .value_or(AbsentRule::EndOfTier);
    m.listClosed = c.value(QStringLiteral("list_closed")).toInt() != 0;
    // Format 5's settings; a settings change journaled before them reads as their defaults.
    const Meeting defaults;
    m.pointOfOrderLimitSeconds =
        c.value(QStringLiteral("point_of_order_limit_s"), defaults.pointOfOrderLimitSeconds)
            .toInt();
    m.repliesAllowed = c.value(QStringLiteral("replies_allowed"), defaults.repliesAllowed).toInt();
    m.replyFirstSeconds =
        c.value(QStringLiteral("reply_first_s"), defaults.replyFirstSeconds).toInt();
    m.replySecondSeconds =
        c.value(QStringLiteral("reply_second_s"), defaults.replySecondSeconds).toInt();
    m.changeoverSeconds =
        c.value(QStringLiteral("changeover_s"), defaults.changeoverSeconds).toInt();
    m.message = c.value(QStringLiteral("message")).toString();
    m.chimes = c.value(QStringLiteral("chimes"), 1).toInt() != 0;
    // A settings change journaled in format 3 or older has no heading: undoing it brings back
    // the heading the meeting then printed.
    const auto heading = c.constFind(QStringLiteral("heading"));
    m.heading =
        heading == c.constEnd() ? headingBeforeFormat4(m.council) : heading.value().toString();
    return m;
}

} // namespace rostrum
