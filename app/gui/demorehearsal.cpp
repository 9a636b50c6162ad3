#include "demorehearsal.h"

#include "clock/clock.h"
#include "session/meetingsession.h"

#include <algorithm>

namespace rostrum {

namespace {
// Speeches of 2:25 to 3:40, in a fixed pattern so every run of the demo looks the same.
qint64 speechLengthMs(int index)
{
    return (145 + (index * 37) % 76) * 1000;
}
constexpr qint64 kChangeoverMs = 20'000; // from "next" to the first words of the next speaker

qint64 idOf(const MeetingSession &session, const QString &delegation)
{
    for (const Entry &e : session.list().waiting()) {
        if (e.delegation == delegation)
            return e.id;
    }
    return 0;
}
} // namespace

void rehearseDemo(MeetingSession &session, ManualClock *clock, qint64 untilUtcMs)
{
    if (!clock) {
        session.start();
        return;
    }
    const qint64 start = session.meeting().scheduledStartUtcMs();
    if (clock->utcMs() < start)
        clock->advance(start - clock->utcMs());

    bool lateAdded = false;
    bool absentDone = false;
    for (int i = 0;; ++i) {
        if (session.list().current() == nullptr && session.list().waiting().isEmpty())
            break;
        const qint64 length = speechLengthMs(i);
        if (!absentDone && i == 6) {
            // The seventh speaker called is not in the room; the chair presses A.
            session.absent();
            absentDone = true;
        }
        session.start();
        if (clock->utcMs() + length >= untilUtcMs) {
            clock->advance(std::max<qint64>(0, untilUtcMs - clock->utcMs()));
            return;
        }
        clock->advance(length);
        if (!lateAdded && i == 10) {
            // Story 1: a late inscription mid-meeting, then Story 2: an exchange of places.
            EntryDraft latvia;
            latvia.delegation = QStringLiteral("Latvia");
            latvia.speaker = QStringLiteral("Andris Bērziņš");
            latvia.title = QStringLiteral("Permanent Representative");
            latvia.level = Level::PermanentRepresentative;
            session.add(latvia);
            session.swap(idOf(session, QStringLiteral("Latvia")),
                         idOf(session, QStringLiteral("Lithuania")));
            lateAdded = true;
        }
        session.next();
        clock->advance(kChangeoverMs);
    }
    if (clock->utcMs() < untilUtcMs)
        clock->advance(untilUtcMs - clock->utcMs());
}

} // namespace rostrum
