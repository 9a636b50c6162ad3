#pragma once

#include "guifigures.h"

namespace rostrum::bench {

// Issue 10, finding 7: while another program holds the meeting file's write lock, the console
// must keep its event loop running (the countdown, the timekeeper's display, the keys) and keep
// every act the chair makes meanwhile, writing it once the lock is free.
struct LockStallFigures
{
    // How late the console ran a 5 ms timer while the chair pressed "+" every 250 ms and another
    // program held the lock; the floor is the same presses with no one holding it. Judged on the
    // largest sample against an absolute limit.
    Figure stall;
    int actsSent = 0; // while the lock was held
    int actsLost = 0; // of those, not in the file's journal once the lock was free
    int mostKept = 0; // the most acts the console held in memory at once meanwhile
    // Seconds from the lock's taking: where the longest stall ended, and when it was let go.
    double longestAtS = 0;
    double releasedAtS = 0;
};
LockStallFigures lockStall(const GuiOptions &options, QString *error);

} // namespace rostrum::bench
