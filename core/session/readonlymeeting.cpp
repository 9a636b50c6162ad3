// Why a meeting is read only, and how a session opened for reading refuses every act.
#include "session/readonlymeeting.h"

#include "server/serverlocation.h"
#include "session/meetingsession.h"

#include <QFile>
#include <QFileInfo>
#include <sys/statvfs.h>

namespace rostrum {

QString ReadOnlyMeeting::reasonFor(const QString &path)
{
    if (ServerLocation::looksLikeServer(path))
        return {}; // the server's role says it (MeetingStore::readOnlyReason)
    const QFileInfo info(path);
    // The medium first: a write-protected card or a read-only mount is the cause a chmod would
    // not cure, and root, who ignores permissions, is stopped by it too.
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(info.absolutePath()).constData(), &fs) == 0 &&
        (fs.f_flag & ST_RDONLY) != 0)
        return tr("%1 is on a read-only medium").arg(path);
    if (info.exists() && !info.isWritable())
        return tr("%1 is read-only").arg(path);
    // SQLite keeps its -wal and -shm files beside the meeting: a folder it cannot write to is
    // as good as a read-only file.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return tr("the folder of %1 is read-only").arg(path);
    return {};
}

std::unique_ptr<MeetingSession> MeetingSession::openForReading(const QString &path,
                                                               const Clock &clock, QString *error,
                                                               const QString &reason,
                                                               const QString &actor)
{
    auto session = fromStore(MeetingStore::open(path, error, MeetingStore::Access::ReadOnly), clock,
                             actor, error);
    if (session)
        session->m_readOnlyReason =
            readOnlyReasonAtOpen(path, reason, session->m_store->readOnlyReason());
    return session;
}

MeetingSession::Result MeetingSession::refusedAsReadOnly() const
{
    // On a server the way on is a role, not a copy of one's own beside the meeting.
    const QString text =
        isOnServer() ? tr("Not done: this meeting is open read only (%1). The meeting's chair "
                          "can give you another role.")
                     : tr("Not done: this meeting is open read only (%1). Save a copy as… to "
                          "carry on with it.");
    return {false, text.arg(m_readOnlyReason), 0, {}};
}

QString MeetingSession::readOnlyReasonAtOpen(const QString &path, const QString &given,
                                             const QString &storeReason)
{
    if (!given.isEmpty())
        return given;
    if (!storeReason.isEmpty())
        return storeReason;
    const QString found = ReadOnlyMeeting::reasonFor(path);
    return found.isEmpty() ? tr("%1 was opened for reading only").arg(path) : found;
}

} // namespace rostrum
