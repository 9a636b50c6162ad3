#include "clock/runningorder.h"

#include "clock/speechclock.h"
#include "clock/timetext.h"

#include <QCoreApplication>
#include <algorithm>

namespace rostrum::RunningOrder {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::RunningOrder)
};

QString hhmm(const Meeting &meeting, qint64 utcMs)
{
    return meeting.toLocal(utcMs).toString(QStringLiteral("HH:mm"));
}
} // namespace

Projection project(const Meeting &meeting, const QVector<Entry> &waiting, const Entry *current,
                   qint64 nowMs, const Entry *interrupted)
{
    Projection p;
    const qint64 changeover = qint64(std::max(0, meeting.changeoverSeconds)) * 1000;
    if (current) {
        const SpeechReading r = SpeechClock::read(*current, nowMs, meeting.warningSeconds);
        // A speaker in overtime may stop at any moment: the next one can start now, not earlier.
        p.baseMs = nowMs + std::max<qint64>(0, r.remainingMs);
        if (interrupted) {
            const SpeechReading stopped =
                SpeechClock::read(*interrupted, nowMs, meeting.warningSeconds);
            p.baseMs += changeover + std::max<qint64>(0, stopped.remainingMs);
        }
    } else {
        p.baseMs = std::max(meeting.scheduledStartUtcMs(), nowMs);
    }

    const qint64 scheduledEnd = meeting.scheduledEndUtcMs();
    qint64 t = p.baseMs;
    int position = 0;
    for (const Entry &e : waiting) {
        // Rule 10: someone leaves the rostrum before each speaker but the one called first.
        if (current || position > 0)
            t += changeover;
        ++position;
        p.projectedStartMs.insert(e.id, t);
        t += e.allottedMs;
        if (t <= scheduledEnd)
            p.lastReachedPosition = position;
    }
    p.projectedEndMs = t;
    p.overUnderMs = t - scheduledEnd;
    p.remainingSpeakers = int(waiting.size());
    p.fitsAtCurrentLimits = p.projectedEndMs <= scheduledEnd;

    if (waiting.isEmpty()) {
        p.advice = Tr::tr("No one is waiting to speak.");
        return p;
    }
    const qint64 changeovers = current ? waiting.size() : waiting.size() - 1;
    const qint64 available = scheduledEnd - p.baseMs - changeovers * changeover;
    // Limits are announced in steps of five seconds; round down so the promise holds.
    const qint64 uniform = available > 0 ? (available / waiting.size()) / 5000 * 5000 : 0;
    const QString end = hhmm(meeting, scheduledEnd);
    if (p.fitsAtCurrentLimits) {
        p.uniformLimitMs = int(std::min<qint64>(uniform, 24 * 3600 * 1000));
        p.advice = Tr::tr("On time: the list ends by %1 at the current limits.").arg(end);
    } else if (uniform >= kMinimumAdvisedLimitMs) {
        p.uniformLimitMs = int(uniform);
        p.advice =
            QCoreApplication::translate("rostrum::RunningOrder",
                                        "Limit %1 for the remaining %n speaker(s) to end at %2.",
                                        nullptr, int(waiting.size()))
                .arg(formatMinSec(uniform), end);
    } else {
        p.uniformLimitMs = 0;
        p.advice = p.lastReachedPosition > 0
                       ? Tr::tr("Cannot end at %1 even at %2 each; at the current limits the last "
                                "speaker reached is no. %3.")
                             .arg(end, formatMinSec(kMinimumAdvisedLimitMs))
                             .arg(p.lastReachedPosition)
                       : Tr::tr("Cannot end at %1 even at %2 each; no waiting speaker finishes "
                                "before then.")
                             .arg(end, formatMinSec(kMinimumAdvisedLimitMs));
    }
    return p;
}

} // namespace rostrum::RunningOrder
