#pragma once

namespace rostrum {

class ChairWindow;

// Hidden hooks for scripts/bench, switched on by the environment variable ROSTRUM_BENCH_PROBE.
// Without it nothing is installed and the console runs exactly as shipped. With it the console
// prints "rostrum-bench KEY VALUE" lines on stdout:
//   first-frame  the monotonic instant its first frame was painted and its peak RSS once every
//                window shown has painted, then quits;
//   countdown    the first frame, then for every repaint of the timekeeper's countdown how
//                long after the true second boundary it came;
//   stall        the first frame and the chair window's X id ("chair-window"), then how late
//                the event loop runs a 5 ms timer, in windows the bench opens and closes on
//                stdin (loopstalls.h).
void installBenchProbe(ChairWindow &window);

} // namespace rostrum
