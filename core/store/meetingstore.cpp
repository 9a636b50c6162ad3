// Where a location leads: a server URL to the PostgreSQL store, anything else to a meeting file.
#include "store/meetingstore.h"

#include "server/serverstore.h"
#include "store/meetingfilestore.h"

namespace rostrum {

std::unique_ptr<MeetingStore> MeetingStore::open(const QString &location, QString *error,
                                                 Access access)
{
    if (!ServerLocation::looksLikeServer(location))
        return MeetingFileStore::open(location, error, access);
    const std::optional<ServerLocation> where = ServerLocation::parse(location, error);
    if (!where)
        return nullptr;
    return ServerStore::open(*where, error, access);
}

std::unique_ptr<MeetingStore> MeetingStore::create(const QString &location, const Meeting &meeting,
                                                   QString *error)
{
    if (!ServerLocation::looksLikeServer(location))
        return MeetingFileStore::create(location, meeting, error);
    const std::optional<ServerLocation> where = ServerLocation::parse(location, error);
    if (!where)
        return nullptr;
    return ServerStore::create(*where, meeting, error);
}

} // namespace rostrum
