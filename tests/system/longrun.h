#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace rostrum::systemtest {

// `scripts/test --long` sets ROSTRUM_LONG=1: the crash and concurrency batteries then run their
// long figures (a thousand kills instead of a hundred, and so on).
inline bool longRun()
{
    return qEnvironmentVariableIntValue("ROSTRUM_LONG") == 1;
}

// A figure that an environment variable may override, for repeating a run or a quick try.
inline int figure(const char *overrideVariable, int normal, int longFigure)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(overrideVariable, &ok);
    if (ok && n > 0)
        return n;
    return longRun() ? longFigure : normal;
}

} // namespace rostrum::systemtest
