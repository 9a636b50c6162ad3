#include "chimeplayer.h"

#include "session/meetingsession.h"

#include <QAudio>
#include <QAudioDevice>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>
#include <algorithm>
#include <limits>

// The console is a static library and nothing references the object rcc makes of
// console_sounds.qrc, so the linker would drop it; the macro must run outside any namespace.
static void registerConsoleSounds()
{
    Q_INIT_RESOURCE(console_sounds);
}

namespace rostrum {

namespace {
Q_LOGGING_CATEGORY(lcChimes, "rostrum.chimes")
} // namespace

bool chimesWanted(const Meeting &meeting)
{
    return meeting.chimes;
}

ChimePlayer::ChimePlayer(QObject *parent) : ChimePlayer(Sound(), parent) {}

ChimePlayer::ChimePlayer(Sound sound, QObject *parent)
    : QObject(parent), m_sound(std::move(sound)), m_logPath(qEnvironmentVariable("ROSTRUM_CUE_LOG"))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % of its interval late: two seconds on a 3:00 speech.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChimePlayer::onTimeout);
}

ChimePlayer::~ChimePlayer() = default;

QString ChimePlayer::noSoundMessage()
{
    return tr("No sound output: the chimes are off on this console.");
}

void ChimePlayer::setSession(MeetingSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_schedule = ChimeSchedule();
    if (session)
        connect(session, &MeetingSession::changed, this, &ChimePlayer::rearm);
    rearm();
}

void ChimePlayer::setOn(bool on)
{
    m_on = on;
    rearm();
}

void ChimePlayer::setVolumePercent(int percent)
{
    m_volumePercent = std::clamp(percent, 0, 100);
    applyVolume();
}

std::optional<ChimeSchedule::Due> ChimePlayer::armed() const
{
    return m_timer.isActive() ? m_armed : std::nullopt;
}

bool ChimePlayer::wanted() const
{
    return m_session && m_on && !m_silenced && chimesWanted(m_session->meeting());
}

void ChimePlayer::disarm()
{
    m_timer.stop();
    m_armed.reset();
    m_intervalMs = -1;
}

void ChimePlayer::rearm()
{
    if (!wanted() || !loadSounds()) {
        disarm();
        return;
    }
    const Entry *current = m_session->list().current();
    const qint64 now = m_session->now();
    const int warningSeconds = m_session->meeting().warningSeconds;
    const SpeechReading reading =
        current ? SpeechClock::read(*current, now, warningSeconds) : SpeechReading{};
    m_armed = m_schedule.next(current, reading, warningSeconds, now);
    if (!m_armed) {
        disarm();
        return;
    }
    m_intervalMs = int(std::clamp<qint64>(m_armed->atMs - now, 0, std::numeric_limits<int>::max()));
    m_timer.start(m_intervalMs);
}

void ChimePlayer::onTimeout()
{
    if (!m_armed || !wanted())
        return;
    const qint64 now = m_session->now();
    if (now < m_armed->atMs) {
        // Woken early: a chime before its instant would be ahead of the display.
        m_intervalMs = int(std::min<qint64>(m_armed->atMs - now, std::numeric_limits<int>::max()));
        m_timer.start(m_intervalMs);
        return;
    }
    const ChimeSchedule::Due due = *m_armed;
    m_schedule.played(due.cue);
    play(due);
    rearm();
}

void ChimePlayer::play(const ChimeSchedule::Due &due)
{
    if (m_sound && !m_sound(due.cue)) {
        silence();
        return;
    }
    if (QSoundEffect *effect = due.cue == ChimeSchedule::Cue::Warning ? m_warning : m_zero)
        effect->play();
    if (!m_logPath.isEmpty()) {
        // On the wall clock, as a recording of the room is timed: the session's time line runs
        // ahead of it or behind only after the computer's clock was set during the meeting.
        const qint64 playedMs = QDateTime::currentMSecsSinceEpoch();
        const qint64 wallLeadMs = m_session->clock().utcMs() - m_session->now();
        QFile log(m_logPath);
        if (log.open(QIODevice::Append | QIODevice::Text)) {
            log.write(QStringLiteral("%1 %2 %3\n")
                          .arg(ChimeSchedule::cueName(due.cue))
                          .arg(due.atMs + wallLeadMs)
                          .arg(playedMs)
                          .toUtf8());
        }
    }
    emit played(due.cue, due.atMs);
}

bool ChimePlayer::loadSounds()
{
    if (m_sound || m_warning)
        return true;
    if (m_silenced)
        return false;
    if (QMediaDevices::audioOutputs().isEmpty()) {
        qCWarning(lcChimes, "%s (no audio output device)", qPrintable(noSoundMessage()));
        silence();
        return false;
    }
    registerConsoleSounds();
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    const auto load = [this, &output](const QString &file) {
        auto *effect = new QSoundEffect(output, this);
        // Loaded now, long before the first cue, so that a cue is only a play().
        effect->setSource(QUrl(QStringLiteral("qrc:/rostrum/sounds/") + file));
        connect(effect, &QSoundEffect::statusChanged, this, [this, effect, file] {
            if (effect->status() != QSoundEffect::Error)
                return;
            qCWarning(lcChimes, "%s (%s cannot be played)", qPrintable(noSoundMessage()),
                      qPrintable(file));
            silence();
        });
        return effect;
    };
    m_warning = load(QStringLiteral("chime-warning.wav"));
    m_zero = load(QStringLiteral("chime-zero.wav"));
    applyVolume();
    return true;
}

void ChimePlayer::applyVolume()
{
    // Loudness is heard on a logarithmic scale: the menu's even steps should sound even.
    const float linear = QAudio::convertVolume(
        float(m_volumePercent) / 100.0f, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
    for (QSoundEffect *effect : {m_warning, m_zero}) {
        if (effect)
            effect->setVolume(linear);
    }
}

void ChimePlayer::silence()
{
    if (m_silenced)
        return;
    m_silenced = true;
    disarm();
    emit unavailable(noSoundMessage());
}

} // namespace rostrum
