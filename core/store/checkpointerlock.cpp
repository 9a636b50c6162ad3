#include "store/checkpointerlock.h"

#include <sqlite3.h>

namespace rostrum {

namespace {
// The slots of the WAL index's locks, as SQLite's file format documents them (walformat.html):
// 0 is the writer's, 1 the checkpointer's, 2 recovery's, 3 to 7 the readers'.
constexpr int kCheckpointerSlot = 1;
// The shared-memory index is mapped in regions of 32 KiB; region 0 holds the locks.
constexpr int kShmRegionSize = 32 * 1024;
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
        m_state = State::Held;
    } else {
        m_state = rc == SQLITE_BUSY ? State::Busy : State::Unavailable;
    }
}

CheckpointerLock::~CheckpointerLock()
{
    if (m_file)
        m_file->pMethods->xShmLock(m_file, kCheckpointerSlot, 1,
                                   SQLITE_SHM_UNLOCK | SQLITE_SHM_EXCLUSIVE);
}

} // namespace rostrum
