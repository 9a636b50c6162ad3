#pragma once

struct sqlite3;
struct sqlite3_file;

namespace rostrum {

// SQLite's checkpointer lock of a meeting file, held for a moment by this program. In WAL mode
// only a checkpoint writes the main file, and every checkpoint (of this console, of another
// one, or SQLite's automatic one) holds this lock while it copies pages in. Holding it
// ourselves, the main file is at rest: what is read from it is not half old pages, half new.
// The lock is taken through the connection's own file, so SQLite's account of which
// connection holds what stays true; it never waits.
class CheckpointerLock final
{
public:
    enum class State
    {
        Held,       // no checkpoint can run until this object goes
        Busy,       // a checkpoint is copying pages in right now
        Unavailable // the connection has no shared-memory index (not in WAL mode, immutable)
    };

    explicit CheckpointerLock(sqlite3 *connection);
    ~CheckpointerLock();
    CheckpointerLock(const CheckpointerLock &) = delete;
    CheckpointerLock &operator=(const CheckpointerLock &) = delete;

    State state() const { return m_state; }
    // Whether the main file alone is a state of the meeting: every frame of the -wal has been
    // copied in (read from the WAL index, with the lock held). After a partial checkpoint it is
    // not: SQLite copies only the pages whose newest frame no reader still needs, so the main
    // file can hold page 1 of a newer state beside older pages, and read alone it looks
    // damaged until a checkpoint completes. False when the index cannot be read.
    bool mainFileStandsAlone() const;

private:
    sqlite3_file *m_file = nullptr;
    const volatile unsigned char *m_index = nullptr;
    State m_state = State::Unavailable;
};

} // namespace rostrum
