#pragma once

// Helpers shared by the core suites: instants of the seed meeting's day, finding entries by
// delegation, and readable Catch2 output for Qt strings.

#include "session/meetingsession.h"
#include "tempmeeting.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <catch2/catch.hpp>

// An act that the test needs to succeed; on refusal the engine's message is shown.
#define REQUIRE_DONE(expr)                                                                         \
    do {                                                                                           \
        const auto result_ = (expr);                                                               \
        INFO("refused: " << result_.error.toStdString());                                          \
        REQUIRE(result_.ok);                                                                       \
    } while (false)

namespace Catch {
// Built by appending: GCC 12 at -O2 warns (-Wrestrict, a known false positive) on
// "literal" + std::string&&, which would fail a Release build with warnings as errors.
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s)
    {
        std::string out = "\"";
        out += s.toStdString();
        out += '"';
        return out;
    }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        std::string out = "[";
        out += l.join(QStringLiteral(", ")).toStdString();
        out += ']';
        return out;
    }
};
} // namespace Catch

namespace rostrum::testing {

// A delegation's or a person's name as the tests write it, in UTF-8.
inline QString name(const char *text)
{
    return QString::fromUtf8(text);
}

inline QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out.append(name(n));
    return out;
}

// An instant in New York in May 2023, as UTC milliseconds.
inline qint64 newYork(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2023, 5, day), QTime(hour, minute, second),
                     QTimeZone(QByteArrayLiteral("America/New_York")))
        .toMSecsSinceEpoch();
}

// An instant on the day of the seed meeting, 25 May 2023.
inline qint64 meetingDay(int hour, int minute, int second = 0)
{
    return newYork(25, hour, minute, second);
}

// Lets time pass on the manual clock (wall and steady clocks together) up to an instant.
inline void advanceTo(ManualClock &clock, qint64 utcMs)
{
    REQUIRE(utcMs >= clock.utcMs());
    clock.advance(utcMs - clock.utcMs());
}

inline const Entry *entryOf(const SpeakersList &list, const QString &delegation,
                            const QString &onBehalfOf = {})
{
    for (const Entry &e : list.entries()) {
        if (e.delegation == delegation && e.onBehalfOf == onBehalfOf)
            return &e;
    }
    return nullptr;
}

inline qint64 idOf(const MeetingSession &s, const QString &delegation,
                   const QString &onBehalfOf = {})
{
    const Entry *e = entryOf(s.list(), delegation, onBehalfOf);
    INFO(delegation.toStdString());
    REQUIRE(e);
    return e->id;
}

inline EntryDraft draftFor(const QString &delegation, const QString &speaker = {},
                           std::optional<Category> category = std::nullopt)
{
    EntryDraft d;
    d.delegation = delegation;
    d.speaker = speaker;
    d.category = category;
    return d;
}

inline QString currentDelegation(const MeetingSession &s)
{
    const Entry *e = s.list().current();
    return e ? e->delegation : QString();
}

inline EntryDraft inscribedAt(const QString &delegation, qint64 atMs,
                              std::optional<Category> category = std::nullopt)
{
    EntryDraft d = draftFor(delegation, {}, category);
    d.inscribedAtMs = atMs;
    return d;
}

inline EntryDraft onBehalfOf(const QString &delegation, const QString &group, int size)
{
    EntryDraft d = draftFor(delegation);
    d.onBehalfOf = group;
    d.groupSize = size;
    return d;
}

// The demo meeting's settings with three Council members, a co-sponsor, three Member States and
// an observer, inscribed one second apart in that order on the morning of the meeting.
struct SmallList
{
    TempMeeting tm;
    std::unique_ptr<MeetingSession> s = tm.createEmpty();

    SmallList()
    {
        for (const char *delegation :
             {"Ecuador", "Japan", "France", "Estonia", "Latvia", "Peru", "Kenya", "Holy See"}) {
            inscribe(*s, QString::fromUtf8(delegation));
            tm.clock.advance(1'000);
        }
        REQUIRE(delegationsInOrder(*s) == names({"Ecuador", "Japan", "France", "Estonia", "Latvia",
                                                 "Peru", "Kenya", "Holy See"}));
    }
    void setAbsentRule(AbsentRule rule)
    {
        Meeting m = s->meeting();
        m.absentRule = rule;
        REQUIRE_DONE(s->setMeeting(m));
    }
};

} // namespace rostrum::testing
