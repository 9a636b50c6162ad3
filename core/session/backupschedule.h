#pragma once

#include "session/backupfolder.h"

#include <QObject>
#include <QTimer>

namespace rostrum {

class MeetingSession;

// Automatic backups while a meeting is run: every interval, when an act has happened since the
// last one, a consistent copy of the meeting file (MeetingSession::backupTo) goes into the
// backup folder, and only the newest kKeptPerMeeting of that meeting stay. A backup that fails
// (a full disk) is reported and tried again at the next interval; the meeting never stops.
class BackupSchedule final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;
    static constexpr int kKeptPerMeeting = 12;

    BackupSchedule(MeetingSession &session, BackupFolder folder,
                   int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);

    const BackupFolder &folder() const { return m_folder; }
    // Something changed since the last backup written.
    bool hasChanges() const { return m_changed; }
    // What the timer does: a backup when something changed. True when one was written.
    bool backUpIfChanged();

signals:
    void backedUp(const QString &path);
    // One line: why the backup was not written.
    void failed(const QString &message);

private:
    MeetingSession &m_session;
    BackupFolder m_folder;
    QTimer m_timer;
    bool m_changed = false;
};

} // namespace rostrum
