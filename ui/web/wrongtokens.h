#pragma once

#include "weblimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

namespace rostrum::web {

// The wrong tokens each address has sent lately. After a few, every request from that address
// waits a little longer before it is read, so guessing a token gets slower with each guess,
// while the right links of everyone else go on at full speed.
class WrongTokens final
{
public:
    explicit WrongTokens(const WebLimits &limits) : m_limits(limits) { m_clock.start(); }

    // Counts one; true when this one is the first that slows the address down (worth a line
    // in the log).
    bool record(const QHostAddress &address);
    // How long a request from the address waits before it is read: 0 for most.
    int delayMsFor(const QHostAddress &address) const;
    int countFor(const QHostAddress &address) const;

private:
    struct Tally
    {
        int wrong = 0;
        qint64 lastMs = 0;
    };
    const WebLimits &m_limits;
    QElapsedTimer m_clock;
    QHash<QString, Tally> m_byAddress;
};

} // namespace rostrum::web
