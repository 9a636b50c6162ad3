#pragma once

#include "samples.h"

#include <QString>

namespace rostrum::bench {

// The engine's figures, measured in this process on files in `workDir`. Each figure and its
// floor are measured interleaved, one sample of each in turn, so that a noisy neighbour
// slows both alike.
struct CoreOptions
{
    QString workDir;
    int actRepetitions = 200;
    int scaleRepetitions = 100;
    int openRepetitions = 40;
    int importRepetitions = 3;
};

Figure durableAct(const CoreOptions &options, QString *error);
Figure actAtScale(const CoreOptions &options, QString *error);
struct OpenFigures
{
    Figure againstEmpty;
    Figure journalOnly;
};
OpenFigures openLargeMeeting(const CoreOptions &options, QString *error);

} // namespace rostrum::bench
