#include "store/openmeetingfiles.h"

#include "store/meetingfilechecks.h"

#include <QMutex>
#include <QStringList>

namespace rostrum::OpenMeetingFiles {

namespace {
QMutex &guard()
{
    static QMutex mutex;
    return mutex;
}

QStringList &openPaths()
{
    static QStringList paths; // one entry per open store
    return paths;
}

bool matchesAny(const QString &path, bool withSidecars)
{
    const std::optional<FileIdentity> file = FileIdentity::of(path);
    if (!file)
        return false;
    const QMutexLocker lock(&guard());
    for (const QString &meeting : openPaths()) {
        if (FileIdentity::of(meeting) == file)
            return true;
        if (withSidecars && (FileIdentity::of(meeting + QStringLiteral("-wal")) == file ||
                             FileIdentity::of(meeting + QStringLiteral("-shm")) == file))
            return true;
    }
    return false;
}
} // namespace

void add(const QString &meetingPath)
{
    const QMutexLocker lock(&guard());
    openPaths().append(meetingPath);
}

void remove(const QString &meetingPath)
{
    const QMutexLocker lock(&guard());
    openPaths().removeOne(meetingPath);
}

bool isOpenMeeting(const QString &path)
{
    return matchesAny(path, false);
}

bool belongsToOpenMeeting(const QString &path)
{
    return matchesAny(path, true);
}

} // namespace rostrum::OpenMeetingFiles
