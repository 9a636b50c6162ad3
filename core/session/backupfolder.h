#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace rostrum {

// One backup the console wrote: named <meeting stem>-<yyyyMMdd-HHmmss>.rostrum, the instant in
// UTC, so that the names of one meeting sort by time whatever the zone of the machine.
struct BackupFile
{
    QString path;
    QString meetingStem;
    QDateTime writtenUtc;
    qint64 sizeBytes = 0;
};

// The folder of automatic backups (the application's data folder, "backups"): where a copy is
// named, which copies are there, and which old ones of a meeting go.
class BackupFolder final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::BackupFolder)

public:
    explicit BackupFolder(QString path) : m_path(std::move(path)) {}
    // QStandardPaths::AppDataLocation + "/backups".
    static QString defaultPath();

    QString path() const { return m_path; }
    // Made readable by its owner only: the copies hold personal names. False, with why, when
    // it cannot be made.
    bool ensureExists(QString *error) const;
    // The path of the backup of the meeting at meetingPath written at writtenUtc.
    QString pathFor(const QString &meetingPath, const QDateTime &writtenUtc) const;
    // Every backup in the folder, of every meeting, newest first.
    QVector<BackupFile> list() const;
    // Deletes all but the newest `keep` backups of that meeting; other meetings' are left alone.
    void prune(const QString &meetingStem, int keep) const;

    // Why a backup opens read only, for the banner: "it is a backup of “m”, written 2023-05-25
    // 16:12" (local time, 24-hour).
    static QString readOnlyReason(const BackupFile &backup);
    // The backup a path names, or an empty path when it is not one of ours.
    static BackupFile describe(const QString &path);

private:
    QString m_path;
};

} // namespace rostrum
