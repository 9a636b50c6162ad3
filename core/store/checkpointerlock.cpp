#include "store/checkpointerlock.h"

#include <QtGlobal>
#include <cstring>
#include <sqlite3.h>

namespace rostrum {

namespace {
// The slots of the WAL index's locks, as SQLite's file format documents them (walformat.html):
// 0 is the writer's, 1 the checkpointer's, 2 recovery's, 3 to 7 the readers'.
constexpr int kCheckpointerSlot = 1;
// The shared-memory index is mapped in regions of 32 KiB; region 0 holds the locks.
constexpr int kShmRegionSize = 32 * 1024;
// The index's header (walformat.html): two copies of 48 bytes, equal when not being written,
// with isInit at byte 12 and mxFrame (the last valid frame) at 16; then the checkpoint's
// nBackfill (the frames already in the main file) at 96. Native byte order.
constexpr int kHeaderSize = 48;
constexpr int kIsInitOffset = 12;
constexpr int kMxFrameOffset = 16;
constexpr int kBackfillOffset = 96;
constexpr int kTriesForACalmHeader = 5;

quint32 wordAt(const unsigned char *bytes, int offset)
{
    quint32 word = 0;
    std::memcpy(&word, bytes + offset, sizeof word);
    return word;
}
} // namespace

CheckpointerLock::CheckpointerLock(sqlite3 *connection)
{
    sqlite3_file *file = nullptr;
    if (!connection ||
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods || file->pMethods->iVersion < 2)
        return;
    // Maps the index if this connection has not yet (it has, once it has read in WAL mode); a
    // file outside WAL mode, or opened immutable, has none and refuses.
    volatile void *region = nullptr;
    if (file->pMethods->xShmMap(file, 0, kShmRegionSize, 0, &region) != SQLITE_OK || !region)
        return;
    const int rc = file->pMethods->xShmLock(file, kCheckpointerSlot, 1,
                                            SQLITE_SHM_LOCK | SQLITE_SHM_EXCLUSIVE);
    if (rc == SQLITE_OK) {
        m_file = file;
        m_index = static_cast<const volatile unsigned char *>(region);
        m_state = State::Held;
    } else {
        m_state = rc == SQLITE_BUSY ? State::Busy : State::Unavailable;
    }
}

bool CheckpointerLock::mainFileStandsAlone() const
{
    if (m_state != State::Held || !m_index)
        return false;
    // A writer may be committing meanwhile (its lock is not ours): its copies of the header
    // differ while it writes them, so read until they agree.
    for (int attempt = 0; attempt < kTriesForACalmHeader; ++attempt) {
        unsigned char bytes[kBackfillOffset + sizeof(quint32)];
        for (size_t i = 0; i < sizeof bytes; ++i)
            bytes[i] = m_index[i];
        if (std::memcmp(bytes, bytes + kHeaderSize, kHeaderSize) != 0)
            continue;
        if (bytes[kIsInitOffset] == 0)
            return false;
        // Frames committed after a complete checkpoint leave it standing alone too, but that
        // cannot be told from a partial one here: judged not alone, to be looked at again.
        return wordAt(bytes, kBackfillOffset) >= wordAt(bytes, kMxFrameOffset);
    }
    return false;
}

CheckpointerLock::~CheckpointerLock()
{
    if (m_file)
        m_file->pMethods->xShmLock(m_file, kCheckpointerSlot, 1,
                                   SQLITE_SHM_UNLOCK | SQLITE_SHM_EXCLUSIVE);
}

} // namespace rostrum
