#include "clock/clockstepwatch.h"

#include "clock/timetext.h"

namespace rostrum {

qint64 ClockStepWatch::unnotedStepMs() const
{
    const qint64 step = m_time.wallLeadMs() - m_knownLeadMs;
    return step > kStepToleranceMs || step < -kStepToleranceMs ? step : 0;
}

QString ClockStepWatch::stepSummary(qint64 stepMs)
{
    return stepMs < 0 ? tr("The computer's clock was set back by %1; the speech clocks kept true "
                           "time.")
                            .arg(formatHourMinSec(-stepMs))
                      : tr("The computer's clock was set forward by %1; the speech clocks kept "
                           "true time.")
                            .arg(formatHourMinSec(stepMs));
}

QString ClockStepWatch::behindRecordWarning(qint64 behindMs)
{
    return tr("The computer's clock is %1 behind this meeting's record: the speech clocks count "
              "on from the record, not from the computer's clock. Set the computer's clock right.")
        .arg(formatHourMinSec(behindMs));
}

} // namespace rostrum
