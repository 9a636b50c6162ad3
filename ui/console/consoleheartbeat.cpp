#include "consoleheartbeat.h"

#include "clock/timetext.h"
#include "session/meetingsession.h"
#include "settingskeys.h"

#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace rostrum {

namespace {
// One key per meeting file, however it was named when opened (a relative path, a link).
QString keyOf(const QString &meetingPath)
{
    const QFileInfo info(meetingPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return ConsoleHeartbeat::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ConsoleHeartbeat::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return ConsoleHeartbeat::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}
} // namespace

ConsoleHeartbeat::ConsoleHeartbeat(const MeetingSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_key(keyOf(session->path()))
{
    connect(&m_timer, &QTimer::timeout, this, &ConsoleHeartbeat::beat);
    m_timer.start(kIntervalMs);
    beat();
}

void ConsoleHeartbeat::beat()
{
    QSettings settings;
    QVariantMap alive = settings.value(SettingsKeys::consoleAlive()).toMap();
    alive.insert(m_key, m_session->now());
    while (alive.size() > kMeetingsKept) {
        const auto oldest =
            std::min_element(alive.begin(), alive.end(), [](const QVariant &a, const QVariant &b) {
                return a.toLongLong() < b.toLongLong();
            });
        alive.erase(oldest);
    }
    settings.setValue(SettingsKeys::consoleAlive(), alive);
}

std::optional<qint64> ConsoleHeartbeat::lastAliveMs(const QString &meetingPath)
{
    const QVariant at =
        QSettings().value(SettingsKeys::consoleAlive()).toMap().value(keyOf(meetingPath));
    if (!at.isValid())
        return std::nullopt;
    return at.toLongLong();
}

QString ConsoleHeartbeat::resumeNote(const MeetingSession &session,
                                     std::optional<qint64> lastAliveMs)
{
    const Entry *current = session.list().current();
    const SpeechReading reading = session.currentReading();
    if (!current || !reading.running)
        return {};
    // As the countdown shows it, overtime included ("+0:23").
    const QString time = formatCountdown(reading.remainingMs);
    const QString speaker = SpeakersList::describe(*current);
    const bool over = reading.remainingMs <= -1000;
    // This console never ran the meeting (a new demo, a file another console started): it
    // resumes nothing, and the running countdown says all there is to say.
    if (!lastAliveMs)
        return {};
    // A beat from the future (the computer's clock was set back) tells nothing true.
    const qint64 away = session.now() - *lastAliveMs;
    // The same meeting opened again at once (File > Open on itself): nothing ran on unseen.
    if (away >= 0 && away < 1000)
        return {};
    if (away < 0) {
        return over ? tr("Resumed: %1, %2 over the limit").arg(speaker, time)
                    : tr("Resumed: %1, %2 left").arg(speaker, time);
    }
    return over ? tr("Resumed: %1, %2 over the limit; the console was closed for %3")
                      .arg(speaker, time, durationText(away))
                : tr("Resumed: %1, %2 left; the console was closed for %3")
                      .arg(speaker, time, durationText(away));
}

} // namespace rostrum
