#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rostrum {

class MeetingSession;

// Wakes the views exactly when the current speaker's displayed second changes. One single-shot
// timer aimed at the next boundary, re-aimed after each fire and after every act, so the
// countdown never drifts from the recorded instants and nothing runs while no clock does.
class SecondTicker final : public QObject
{
    Q_OBJECT

public:
    // Fired late by this much on purpose: a timer that lands a hair early would read the old
    // second and the display would skip one.
    static constexpr int kSlackMs = 1;

    explicit SecondTicker(MeetingSession *session, QObject *parent = nullptr);

    bool isArmed() const { return m_timer.isActive(); }
    // The instant (steady UTC ms) the armed timer aims at; 0 when not armed.
    qint64 armedBoundaryMs() const { return isArmed() ? m_boundaryMs : 0; }
    // The interval the timer was last armed with: the boundary minus now plus kSlackMs.
    int armedIntervalMs() const { return isArmed() ? m_intervalMs : -1; }
    // How late the last tick was, in ms after the true boundary; -1 before the first tick.
    qint64 lastLagMs() const { return m_lastLagMs; }

public slots:
    // Aims at the next boundary of the current speaker's clock, or disarms when none runs.
    void rearm();

signals:
    void tick();
    // For benchmarks: measured right before tick() is emitted.
    void lagMeasured(qint64 lagMs);

private:
    void onTimeout();
    void arm(qint64 boundaryMs, qint64 nowMs);

    QPointer<MeetingSession> m_session;
    QTimer m_timer;
    qint64 m_boundaryMs = 0;
    int m_intervalMs = -1;
    qint64 m_lastLagMs = -1;
};

} // namespace rostrum
