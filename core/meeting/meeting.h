#pragma once

#include "meeting/categories.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QTime>
#include <QVariantMap>

namespace rostrum {

// The meeting's settings: a plain value. Times of day are local to the meeting's time zone;
// the deadline is an instant, shown in that zone.
struct Meeting
{
    QString title;
    // The line above the title of every document, naming the body and the kind of meeting
    // ("United Nations General Assembly, plenary meeting"); empty leaves the line out.
    QString heading;
    QString venue;
    QDate date;
    QTime scheduledStart;
    QTime scheduledEnd;
    QString timeZoneId = QStringLiteral("America/New_York"); // IANA id
    QDateTime deadline; // an instant, in the meeting's zone; may be null
    QStringList organizers;
    QStringList cosponsors;
    QStringList council;
    QList<Tier> tierOrder = defaultTierOrder();
    QMap<Category, int> limitSeconds; // missing category: defaultLimitSeconds
    int defaultLimitSeconds = 180;
    int warningSeconds = 30;
    AbsentRule absentRule = AbsentRule::EndOfTier;
    bool listClosed = false;
    // The floor as the UN runs it (docs/RULES.md, rules 8 to 11).
    int pointOfOrderLimitSeconds = 120; // 0: untimed, the clock counts up
    int repliesAllowed = 2;             // rights of reply per delegation
    int replyFirstSeconds = 300;        // the limit of a delegation's first reply
    int replySecondSeconds = 180;       // of its second, and of any after it
    int changeoverSeconds = 0;          // from one speaker's end to the next one's start
    // To the speaker, on the timekeeper's display until cleared or the floor changes hands.
    QString message;
    bool chimes = true; // the cues at the warning and at zero, for this meeting

    int replyLimitSeconds(int replyNumber) const
    {
        return replyNumber <= 1 ? replyFirstSeconds : replySecondSeconds;
    }

    int limitFor(Category c) const { return limitSeconds.value(c, defaultLimitSeconds); }
    int tierIndex(Tier t) const;
    qint64 scheduledStartUtcMs() const;
    qint64 scheduledEndUtcMs() const;
    qint64 deadlineUtcMs() const; // 0 when there is no deadline
    QDateTime toLocal(qint64 utcMs) const;
    QDateTime localDateTime(const QDate &date, const QTime &time) const;
    // The instant the meeting's clocks show date and time; the first, where they show it twice.
    qint64 localUtcMs(const QDate &date, const QTime &time) const;

    // The heading a file of format 3 or older printed, which did not store one: a meeting with a
    // council list was taken for a Security Council Arria-formula meeting. In English, as
    // stored; documents translate it (MeetingHeading::of).
    static QString headingBeforeFormat4(const QStringList &council);

    // The columns of the meeting row, as stored and as journaled for undo.
    QVariantMap toColumns() const;
    static Meeting fromColumns(const QVariantMap &columns);

    bool operator==(const Meeting &other) const { return toColumns() == other.toColumns(); }
};

} // namespace rostrum
