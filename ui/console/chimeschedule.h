#pragma once

#include "clock/speechclock.h"

#include <QString>
#include <optional>

namespace rostrum {

// When the room hears a chime: at the warning threshold and at zero, once per speech each, worked
// out from the clock's reading alone (no sound here, and no timer). A threshold is armed while
// the clock reads above it, and disarmed once its cue has played: a clock paused and resumed
// past it stays quiet, and time added that puts the speaker back above it arms it again. Only a
// running clock has a cue due; a paused, finished or idle one has none.
class ChimeSchedule final
{
public:
    enum class Cue
    {
        Warning,
        Zero
    };
    struct Due
    {
        Cue cue = Cue::Warning;
        qint64 atMs = 0; // on the session's time line (MeetingSession::now)

        bool operator==(const Due &other) const = default;
    };

    // A cue found this long after its instant is dropped, not played: the display has moved on
    // by a second, and a chime then would mark nothing the room can connect with the clock
    // (time taken away that jumped past the threshold, an event loop held up for seconds).
    static constexpr qint64 kLatestMs = 1000;

    // Looks at the clock of the entry at the rostrum (null when none) as `reading` gives it at
    // nowMs, and says which cue comes next and at what instant. An instant already past, by no
    // more than kLatestMs, is returned as it is: that cue is due at once. Not const: what it sees
    // arms the thresholds the clock reads above, and a new speech forgets the last one's cues.
    std::optional<Due> next(const Entry *current, const SpeechReading &reading, int warningSeconds,
                            qint64 nowMs);
    // The cue has played: quiet for the rest of this speech, unless added time re-arms it.
    void played(Cue cue);

    // The cue's name in the cue log (ROSTRUM_CUE_LOG) and in tests; never shown, not translated.
    static QString cueName(Cue cue);

private:
    static qint64 thresholdMs(Cue cue, int warningSeconds);
    bool &armed(Cue cue) { return cue == Cue::Warning ? m_warningArmed : m_zeroArmed; }
    void forget();

    // The speech the armed thresholds belong to: an undo that brings back another speaker, or a
    // reset and a new start, is another speech.
    qint64 m_entryId = 0;
    qint64 m_startedAtMs = 0;
    bool m_warningArmed = false;
    bool m_zeroArmed = false;
};

} // namespace rostrum
