#pragma once

#include "chimeschedule.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class QSoundEffect;

namespace rostrum {

class MeetingSession;
struct Meeting;

// Whether the meeting wants its chimes heard, at every console that runs it. The one place the
// console reads the meeting's switch.
bool chimesWanted(const Meeting &meeting);

// The chimes of the console: the warning chime and the zero chime (resources/sounds, made by
// scripts/make-chimes), each a QSoundEffect loaded once, played at the instant ChimeSchedule
// gives. One single-shot precise timer aims at that instant and is aimed again after every
// change of the session, so a chime is never up to a second late as a poll would make it.
// Where the console has no sound output, it says so once (unavailable()) and plays nothing for
// the rest of the run.
//
// With ROSTRUM_CUE_LOG naming a file, each cue played appends "<cue> <due> <played>" to it, both
// in UTC ms on the wall clock, for the cue test (tests/system/chimes_onset.sh).
class ChimePlayer final : public QObject
{
    Q_OBJECT

public:
    // How a cue is made audible in a test, so the timing is checked on machines with no sound:
    // false when it cannot be heard, as a failing output would be.
    using Sound = std::function<bool(ChimeSchedule::Cue cue)>;

    static constexpr int kDefaultVolumePercent = 75;

    // The cues sound on the system's default output.
    explicit ChimePlayer(QObject *parent = nullptr);
    // The cues go to `sound` instead of an output (tests).
    ChimePlayer(Sound sound, QObject *parent);
    ~ChimePlayer() override;

    // The meeting whose speeches chime; null for none.
    void setSession(MeetingSession *session);
    // This console's own switch and volume, 0 to 100 % (View → Chimes keeps them).
    void setOn(bool on);
    bool isOn() const { return m_on; }
    void setVolumePercent(int percent);
    int volumePercent() const { return m_volumePercent; }

    // The cue the timer aims at; none while nothing is due or nothing is to be heard.
    std::optional<ChimeSchedule::Due> armed() const;
    // What the timer was last started with: the instant minus now, in ms; -1 when not armed.
    int armedIntervalMs() const { return m_timer.isActive() ? m_intervalMs : -1; }
    // No sound output, or a chime that cannot be played: the chimes are off until the next start.
    bool isSilenced() const { return m_silenced; }
    // What unavailable() says.
    static QString noSoundMessage();

public slots:
    // Aims at the next cue of the speech at the rostrum, or disarms when none is due.
    void rearm();

signals:
    // A cue was played; dueMs is its instant on the session's time line.
    void played(rostrum::ChimeSchedule::Cue cue, qint64 dueMs);
    // Once, the first time the console finds that it cannot be heard.
    void unavailable(const QString &message);

private:
    bool wanted() const;
    // The two chimes, loaded at the first need; false (and silenced) with no output to play on.
    bool loadSounds();
    void applyVolume();
    void onTimeout();
    void play(const ChimeSchedule::Due &due);
    void silence();
    void disarm();

    QPointer<MeetingSession> m_session;
    ChimeSchedule m_schedule;
    QTimer m_timer;
    std::optional<ChimeSchedule::Due> m_armed;
    int m_intervalMs = -1;
    Sound m_sound; // empty: the system's output, through the effects below
    QSoundEffect *m_warning = nullptr;
    QSoundEffect *m_zero = nullptr;
    bool m_on = true;
    int m_volumePercent = kDefaultVolumePercent;
    bool m_silenced = false;
    QString m_logPath;
};

} // namespace rostrum
