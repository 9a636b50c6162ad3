#pragma once

#include <QString>

namespace rostrum::testing {

// How many POSIX locks this process holds on the file at path, as the kernel lists them in
// /proc/locks (Linux only). SQLite's locks on a meeting file and its -shm are what keep a second
// process from deleting the -wal and -shm under the console.
int locksHeldOn(const QString &path);

} // namespace rostrum::testing
