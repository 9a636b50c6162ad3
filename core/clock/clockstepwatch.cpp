#include "clock/clockstepwatch.h"

#include "clock/timetext.h"

namespace rostrum {

qint64 ClockStepWatch::unnotedStepMs() const
{
    const qint64 step = m_time.wallLeadMs() - m_knownLeadMs;
    return step > kStepToleranceMs || step < -kStepToleranceMs ? step : 0;
}

QString ClockStepWatch::spanText(qint64 ms)
{
    // Past two days, hours read as a puzzle ("30865:53:37"): a clock years off says days.
    const qint64 magnitude = ms < 0 ? -ms : ms;
    constexpr qint64 kTwoDaysMs = qint64(48) * 3600 * 1000;
    if (magnitude < kTwoDaysMs)
        return formatHourMinSec(magnitude);
    return tr("%1 days").arg(magnitude / (qint64(24) * 3600 * 1000));
}

QString ClockStepWatch::stepSummary(qint64 stepMs)
{
    return stepMs < 0 ? tr("The computer's clock was set back by %1; the speech clocks kept true "
                           "time.")
                            .arg(spanText(stepMs))
                      : tr("The computer's clock was set forward by %1; the speech clocks kept "
                           "true time.")
                            .arg(spanText(stepMs));
}

QString ClockStepWatch::behindRecordWarning(qint64 behindMs)
{
    return tr("The computer's clock is %1 behind this meeting's record: the speech clocks count "
              "on from the record, not from the computer's clock. Set the computer's clock right.")
        .arg(spanText(behindMs));
}

} // namespace rostrum
