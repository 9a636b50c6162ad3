#pragma once

#include "clock/clock.h"
#include "meeting/demomeeting.h"
#include "session/meetingsession.h"

#include <QTemporaryDir>
#include <memory>

namespace rostrum::testing {

// A fresh folder per test, a manual clock, and helpers to make meetings in it.
class TempMeeting final
{
public:
    // 25 May 2023, 14:55 in New York: five minutes before the seed meeting starts.
    static constexpr qint64 kSeedMorningUtcMs = 1685040900000;

    TempMeeting();
    QString path(const QString &name = QStringLiteral("meeting.rostrum")) const;
    ManualClock clock{kSeedMorningUtcMs};

    // The demo meeting's settings, with no one inscribed.
    std::unique_ptr<MeetingSession>
    createEmpty(const QString &name = QStringLiteral("meeting.rostrum"));
    // The demo meeting with its inscriptions.
    std::unique_ptr<MeetingSession>
    createDemo(const QString &name = QStringLiteral("meeting.rostrum"));
    std::unique_ptr<MeetingSession> reopen(const QString &name = QStringLiteral("meeting.rostrum"));

private:
    QTemporaryDir m_dir;
};

// Adds a delegation with inferred category; fails the test if refused.
qint64 inscribe(MeetingSession &s, const QString &delegation, const QString &speaker = {});
QStringList delegationsInOrder(const MeetingSession &s);

} // namespace rostrum::testing
