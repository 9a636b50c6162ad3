#include "store/meetingfilechecks.h"

#include "store/openmeetingfiles.h"
#include "store/schema.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <sys/statvfs.h>

namespace rostrum {

namespace {
quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16) |
           (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}
} // namespace

QString MeetingFileChecks::checkHeader(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("No meeting file was named: give the path of a .rostrum file.");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("There is no file at %1.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a file.").arg(path);
    // Reading a file SQLite has open in this process would drop its locks (openmeetingfiles.h).
    // An open meeting passed this check when it was opened.
    if (OpenMeetingFiles::isOpenMeeting(path))
        return {};
    if (OpenMeetingFiles::belongsToOpenMeeting(path))
        return tr("%1 is the journal of an open meeting, not a meeting file: open the .rostrum "
                  "file beside it.")
            .arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2.").arg(path, file.errorString());
    if (file.size() == 0)
        return tr("%1 is empty (0 bytes), so it is not a Rostrum meeting file.").arg(path);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("%1 is not a Rostrum meeting file (it is not an SQLite database).").arg(path);
    const quint32 pageSize = (quint32(quint8(header[16])) << 8 | quint32(quint8(header[17]))) == 1
                                 ? 65536
                                 : (quint32(quint8(header[16])) << 8 | quint32(quint8(header[17])));
    if (pageSize < 512 || file.size() % pageSize != 0)
        return tr("%1 is damaged: it is cut short or corrupted (its size does not match its "
                  "page size). Open a backup copy.")
            .arg(path);
    const quint32 applicationId = bigEndian32(header, 68);
    const quint32 userVersion = bigEndian32(header, 60);
    if (applicationId != quint32(Schema::kApplicationId))
        return tr("%1 is an SQLite database of another application, not a Rostrum meeting file.")
            .arg(path);
    if (userVersion > quint32(Schema::kCurrentVersion))
        return tr("%1 was written by a newer version of Rostrum (file format %2; this version "
                  "reads up to %3). Open it with a newer Rostrum.")
            .arg(path)
            .arg(userVersion)
            .arg(Schema::kCurrentVersion);
    return {};
}

QString MeetingFileChecks::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isWritable())
        return tr("%1 is read-only. Rostrum saves every act to the meeting file as it happens, so "
                  "it needs to write there. Make the file writable, or copy it to a folder you "
                  "can write to.")
            .arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return tr("The folder of %1 is read-only. Rostrum keeps a journal file next to the "
                  "meeting while it is open, so it needs to write there. Copy the meeting to a "
                  "folder you can write to.")
            .arg(path);
    return {};
}

std::optional<FileIdentity> FileIdentity::of(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileIdentity{quint64(st.st_dev), quint64(st.st_ino)};
}

QString MeetingFileChecks::checkDiskFull(const QString &path)
{
    struct statvfs fs
    {
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return {};
    // Less than a few pages free is full for SQLite: a -shm needs 32 KiB, an act a page or two.
    const quint64 freeBytes = quint64(fs.f_bavail) * quint64(fs.f_frsize);
    if (freeBytes >= 64 * 1024)
        return {};
    return tr("the disk that holds %1 is full (%2 KiB free). Free some space on it, or copy the "
              "meeting to another disk")
        .arg(path)
        .arg(freeBytes / 1024);
}

JournalSidecars JournalSidecars::of(const QString &path)
{
    JournalSidecars s;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    s.hadWal = wal.exists();
    s.walHasContent = s.hadWal && wal.size() > 0;
    s.hadShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    return s;
}

void JournalSidecars::removeWhatOpeningMade(const QString &path) const
{
    const QString wal = path + QStringLiteral("-wal");
    if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
        QFile::remove(wal);
    if (!hadShm && !QFileInfo::exists(wal))
        QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace rostrum
