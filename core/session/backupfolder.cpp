#include "session/backupfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <algorithm>

namespace rostrum {

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Greedy, so a meeting whose own name ends in a stamp ("m-20230101-120000") keeps it.
const QRegularExpression &backupName()
{
    static const QRegularExpression re(QStringLiteral("^(.+)-(\\d{8}-\\d{6})\\.rostrum$"));
    return re;
}
} // namespace

QString BackupFolder::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

bool BackupFolder::ensureExists(QString *error) const
{
    if (!QDir().mkpath(m_path)) {
        if (error)
            *error = tr("the backup folder %1 cannot be made").arg(m_path);
        return false;
    }
    const QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFile::setPermissions(m_path, ownerOnly)) {
        if (error)
            *error = tr("the backup folder %1 cannot be made private to its owner").arg(m_path);
        return false;
    }
    return true;
}

QString BackupFolder::pathFor(const QString &meetingPath, const QDateTime &writtenUtc) const
{
    const QString stem = QFileInfo(meetingPath).completeBaseName();
    return QDir(m_path).filePath(
        QStringLiteral("%1-%2.rostrum").arg(stem, writtenUtc.toUTC().toString(kStampFormat)));
}

BackupFile BackupFolder::describe(const QString &path)
{
    const QFileInfo info(path);
    const QRegularExpressionMatch m = backupName().match(info.fileName());
    if (!m.hasMatch())
        return {};
    QDateTime written = QDateTime::fromString(m.captured(2), kStampFormat);
    written.setTimeZone(QTimeZone::utc());
    if (!written.isValid())
        return {};
    return {info.absoluteFilePath(), m.captured(1), written, info.size()};
}

QVector<BackupFile> BackupFolder::list() const
{
    QVector<BackupFile> found;
    const QFileInfoList files =
        QDir(m_path).entryInfoList({QStringLiteral("*.rostrum")}, QDir::Files, QDir::NoSort);
    for (const QFileInfo &f : files) {
        if (BackupFile b = describe(f.filePath()); !b.path.isEmpty())
            found.append(b);
    }
    std::sort(found.begin(), found.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.writtenUtc != b.writtenUtc ? a.writtenUtc > b.writtenUtc
                                            : a.meetingStem < b.meetingStem;
    });
    return found;
}

void BackupFolder::prune(const QString &meetingStem, int keep) const
{
    int kept = 0;
    for (const BackupFile &b : list()) {
        if (b.meetingStem != meetingStem || ++kept <= keep)
            continue;
        QFile::remove(b.path);
        // Opening a backup for reading may have left SQLite's files beside it.
        QFile::remove(b.path + QStringLiteral("-wal"));
        QFile::remove(b.path + QStringLiteral("-shm"));
    }
}

QString BackupFolder::readOnlyReason(const BackupFile &backup)
{
    return tr("it is a backup of “%1”, written %2")
        .arg(backup.meetingStem,
             backup.writtenUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace rostrum
