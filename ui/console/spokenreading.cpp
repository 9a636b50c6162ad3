#include "spokenreading.h"

#include "bidi.h"
#include "clock/timetext.h"

#include <QCoreApplication>

namespace rostrum {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::SpokenReading)
};
} // namespace

QString spokenReading(const SpeechReading &r)
{
    // The figures are a left-to-right run in every language: "1:35" in Arabic too.
    const auto figures = [](qint64 ms) { return bidi::leftToRight(formatMinSec(ms)); };
    const QString left = figures(std::max<qint64>(r.remainingMs, 0));
    const QString over = figures(std::max<qint64>(-r.remainingMs, 0));
    const bool paused = r.started && !r.running;
    switch (r.phase) {
    case ClockPhase::Idle:
        return Tr::tr("%1 allowed, not started").arg(figures(r.limitMs));
    case ClockPhase::Running:
        return Tr::tr("%1 left, running").arg(left);
    case ClockPhase::Paused:
        return Tr::tr("%1 left, paused").arg(left);
    case ClockPhase::Warning:
        return paused ? Tr::tr("%1 left, paused, in the warning time").arg(left)
                      : Tr::tr("%1 left, running, in the warning time").arg(left);
    case ClockPhase::TimeUp:
        return paused ? Tr::tr("time is up, paused") : Tr::tr("time is up");
    case ClockPhase::Overtime:
        return paused ? Tr::tr("%1 over the limit, paused").arg(over)
                      : Tr::tr("%1 over the limit, running").arg(over);
    case ClockPhase::Finished:
        return Tr::tr("finished after %1").arg(figures(r.elapsedMs));
    }
    return {};
}

} // namespace rostrum
