#pragma once

#include "samples.h"

#include <QString>

namespace rostrum::bench {

// The console's figures, measured on the real `rostrum` binary in child processes under the
// X server named by $DISPLAY (scripts/bench starts an Xvfb). The console reports its own
// instants through its hidden probe (tests/bench/probe/benchprobe.h, ROSTRUM_BENCH_PROBE).
struct GuiOptions
{
    QString rostrum;       // the console
    QString minimalWindow; // the floor: a bare Qt Widgets window built with the bench
    QString workDir;
    QString size = QStringLiteral("1366x740");
    int startRepetitions = 9;
    int rssRepetitions = 5;
    int countdownSeconds = 60;
    int lockSeconds = 10; // how long another program holds the meeting file's write lock
};

Figure coldStart(const GuiOptions &options, QString *error);
Figure peakRss(const GuiOptions &options, QString *error);

struct CountdownFigures
{
    Figure cpu;
    Figure lag;
};
CountdownFigures runningCountdown(const GuiOptions &options, QString *error);

} // namespace rostrum::bench
