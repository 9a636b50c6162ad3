#include "scriptedmeeting.h"

#include "meeting/demomeeting.h"

#include <iterator>

namespace rostrum::ScriptedMeeting {

namespace {
constexpr qint64 kSecond = 1000;

// How long each speaker talks beyond (or short of) the limit, in seconds, by order of calling.
// Briefers run long; most delegations keep close to three minutes.
qint64 deviationSeconds(int called, Category category)
{
    static const int pattern[] = {-25, 12, 41, -8, 23, 0, 65, -40, 8, 30, -15, 17, 5, -32, 48};
    if (category == Category::Briefer)
        return 150 + 20 * called;
    return pattern[called % int(std::size(pattern))];
}

bool ok(const MeetingSession::Result &r, QString *error)
{
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}
} // namespace

std::unique_ptr<MeetingSession> play(const QString &path, ManualClock &clock, QString *error)
{
    auto session = MeetingSession::create(path, DemoMeeting::meeting(), clock,
                                          QStringLiteral("sample"), error);
    if (!session)
        return nullptr;
    for (const EntryDraft &d : DemoMeeting::inscriptions()) {
        if (!ok(session->add(d), error))
            return nullptr;
    }
    // The chair opens the floor at 15:02:10.
    clock.advance(7 * 60 * kSecond + 10 * kSecond);
    if (!ok(session->start(), error))
        return nullptr;

    int called = 0;
    while (const Entry *current = session->list().current()) {
        const Entry speaker = *current;
        if (called == 19 && speaker.absences == 0) {
            // The twentieth speaker called is not in the room; the rule sends them to the end
            // of their tier, and they speak later.
            clock.advance(20 * kSecond);
            if (!ok(session->absent(), error))
                return nullptr;
        } else {
            if (!SpeechClock::isRunning(speaker) && !ok(session->start(), error))
                return nullptr;
            const qint64 speech =
                speaker.allottedMs + deviationSeconds(called, speaker.category) * kSecond;
            if (called == 6) {
                // The interpretation fails for 45 seconds; the chair pauses the clock.
                clock.advance(speech / 2);
                if (!ok(session->pause(), error))
                    return nullptr;
                clock.advance(45 * kSecond);
                if (!ok(session->start(), error))
                    return nullptr;
                clock.advance(speech - speech / 2);
            } else if (called == 11) {
                // The chair grants 30 seconds more to let a speaker finish.
                clock.advance(speech - 40 * kSecond);
                if (!ok(session->addTime(30 * kSecond), error))
                    return nullptr;
                clock.advance(40 * kSecond);
            } else {
                clock.advance(speech);
            }
            if (!ok(session->next(), error))
                return nullptr;
        }
        ++called;
        if (called == 25) {
            // Access Now withdraws during the debate.
            for (const Entry &e : session->list().waiting()) {
                if (e.delegation == QLatin1String("Access Now") &&
                    !ok(session->withdraw(e.id), error))
                    return nullptr;
            }
        }
        // The next speaker walks to the rostrum.
        clock.advance(8 * kSecond);
    }
    return session;
}

} // namespace rostrum::ScriptedMeeting
