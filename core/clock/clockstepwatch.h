#pragma once

#include "clock/clock.h"

#include <QCoreApplication>
#include <QString>

namespace rostrum {

// Notices the computer's clock being set (by NTP, by hand, by a dead battery) against the steady
// time line the speech clocks run on, so that the step is said out loud and never believed.
// Inside a process the step is measured as the change of the wall clock's lead over SteadyUtc;
// between processes as how far the wall clock is behind the newest instant the file records.
class ClockStepWatch final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ClockStepWatch)

public:
    // NTP slews by milliseconds and steps by fractions of a second; anything past a few seconds
    // is someone, or something, setting the clock.
    static constexpr qint64 kStepToleranceMs = 5'000;
    // How far the wall clock may lag the file's newest instant before a warning (two machines on
    // one PostgreSQL meeting are never exactly together).
    static constexpr qint64 kBehindRecordToleranceMs = 5'000;
    // Instants past 31 December 9999 are damage, not time: they are never used as a floor.
    static constexpr qint64 kLatestPlausibleUtcMs = 253'402'300'799'999;

    explicit ClockStepWatch(const SteadyUtc &time) : m_time(time) { rebase(); }

    // Takes the wall clock's lead over the time line as it is now as the one already known.
    void rebase() { m_knownLeadMs = m_time.wallLeadMs(); }
    // How far the wall clock has been set since the last step noted: positive forward, negative
    // back; 0 while within the tolerance.
    qint64 unnotedStepMs() const;
    // The step is in the journal: it is not reported again.
    void noted(qint64 stepMs) { m_knownLeadMs += stepMs; }

    // "The computer's clock was set back by 1:00:00; the speech clocks kept true time."
    static QString stepSummary(qint64 stepMs);
    // The one-line warning when the wall clock is behind the file's record at open.
    static QString behindRecordWarning(qint64 behindMs);
    // A length of time as the warnings say it: H:MM:SS, or days past two days.
    static QString spanText(qint64 ms);

private:
    const SteadyUtc &m_time;
    qint64 m_knownLeadMs = 0;
};

} // namespace rostrum
