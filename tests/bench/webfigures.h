#pragma once

#include "samples.h"

#include <QString>

namespace rostrum::bench {

// The web views' figures (issue 15), against `rostrum-cli serve` run as a child on a demo
// meeting in `workDir`, stopped by its PID at the end:
//   fanOut   an act of the timekeeper's, from its commit (the state's server_ms) to its state
//            received by each of `clients` WebSocket pages; p99 <= 20 ms. Floor: one page.
//   flips    how late /timer in headless Chromium turns each second against the server's true
//            boundary; p99 <= 20 ms. Floor: the same flips against the page's own estimate
//            of the server's time, which is the browser's timer alone, without the sync.
//   timerCpu the CPU of Chromium showing /timer while a speech runs; median <= 2% of a core.
//            Floor: the same Chromium showing an empty page, side by side.
struct WebOptions
{
    QString cli;        // rostrum-cli
    QString pageScript; // webpagefigures.py
    QString workDir;
    int clients = 200;
    int acts = 40;
    int pageSeconds = 30;
};

struct WebFigures
{
    Figure fanOut;
    Figure flips;
    Figure timerCpu;
};

WebFigures webFigures(const WebOptions &options, QString *error);

} // namespace rostrum::bench
