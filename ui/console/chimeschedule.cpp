#include "chimeschedule.h"

namespace rostrum {

qint64 ChimeSchedule::thresholdMs(Cue cue, int warningSeconds)
{
    return cue == Cue::Warning ? qint64(warningSeconds) * 1000 : 0;
}

void ChimeSchedule::forget()
{
    m_entryId = 0;
    m_startedAtMs = 0;
    m_warningArmed = false;
    m_zeroArmed = false;
}

std::optional<ChimeSchedule::Due> ChimeSchedule::next(const Entry *current,
                                                      const SpeechReading &reading,
                                                      int warningSeconds, qint64 nowMs)
{
    if (!current || !reading.started) {
        // Nobody speaking, or a clock reset: the next start is a new speech.
        forget();
        return std::nullopt;
    }
    if (current->id != m_entryId || current->startedAtMs != m_startedAtMs) {
        // Only thresholds still ahead of this speech are armed, so a speaker who starts with
        // less than the warning left hears no warning, and one brought back by undo after the
        // zero chime does not hear it twice.
        forget();
        m_entryId = current->id;
        m_startedAtMs = current->startedAtMs;
    }
    // A warning of 0 s is no warning (the display never shows one): only zero chimes.
    const bool warns = warningSeconds > 0;
    for (const Cue cue : {Cue::Warning, Cue::Zero}) {
        if (reading.remainingMs > thresholdMs(cue, warningSeconds) && (cue == Cue::Zero || warns))
            armed(cue) = true;
    }
    if (!reading.running || reading.phase == ClockPhase::Finished)
        return std::nullopt;

    std::optional<Due> soonest;
    for (const Cue cue : {Cue::Warning, Cue::Zero}) {
        if (!armed(cue))
            continue;
        // A running clock loses one millisecond of remaining time per millisecond: the
        // threshold is crossed as far ahead as the reading is above it.
        const qint64 at = nowMs + reading.remainingMs - thresholdMs(cue, warningSeconds);
        if (nowMs - at > kLatestMs) {
            armed(cue) = false;
            continue;
        }
        if (!soonest || at < soonest->atMs)
            soonest = Due{cue, at};
    }
    return soonest;
}

void ChimeSchedule::played(Cue cue)
{
    armed(cue) = false;
}

QString ChimeSchedule::cueName(Cue cue)
{
    return cue == Cue::Warning ? QStringLiteral("warning") : QStringLiteral("zero");
}

} // namespace rostrum
