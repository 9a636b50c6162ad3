#pragma once

#include <QObject>
#include <QTimer>
#include <optional>

namespace rostrum {

class MeetingSession;

// When this console was last alive on a meeting, kept in the console's own settings so that a
// crash leaves it behind: written at open, every few seconds while the meeting is open, and at
// a clean close. The next open of the same meeting reads it to tell the chair how long the
// console was away while a speech ran on. The meeting file is never written for it: its seat
// table is refreshed once a minute only, too coarse to say "closed for 28 s".
class ConsoleHeartbeat final : public QObject
{
    Q_OBJECT

public:
    // A crash is placed at most this long after the last beat: the console then says it was
    // closed for up to this much longer than it was, never shorter.
    static constexpr int kIntervalMs = 5000;
    // The meetings remembered: a console runs one at a time, and the oldest are forgotten.
    static constexpr int kMeetingsKept = 20;

    // Beats at once, then every kIntervalMs; read lastAliveMs() before, or it reads this beat.
    explicit ConsoleHeartbeat(const MeetingSession *session, QObject *parent = nullptr);

    // The last beat recorded for the meeting file at this path, in the session's UTC
    // milliseconds; none when this console never ran it.
    static std::optional<qint64> lastAliveMs(const QString &meetingPath);
    // What the console says once when it opens a meeting whose speech is running: "Resumed:
    // Denmark, 1:35 left; the console was closed for 28 s". Empty when no clock runs.
    static QString resumeNote(const MeetingSession &session, std::optional<qint64> lastAliveMs);

public slots:
    void beat();

private:
    const MeetingSession *m_session;
    QString m_key;
    QTimer m_timer;
};

} // namespace rostrum
