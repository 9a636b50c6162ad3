#include "wrongtokens.h"

#include <algorithm>

namespace rostrum::web {

bool WrongTokens::record(const QHostAddress &address)
{
    const qint64 now = m_clock.elapsed();
    Tally &tally = m_byAddress[address.toString()];
    if (now - tally.lastMs > m_limits.wrongTokenMemoryMs)
        tally.wrong = 0;
    tally.lastMs = now;
    ++tally.wrong;
    // The table stays small however many addresses guess: the forgiven go first.
    if (m_byAddress.size() > 10'000) {
        for (auto it = m_byAddress.begin(); it != m_byAddress.end();) {
            it = now - it->lastMs > m_limits.wrongTokenMemoryMs ? m_byAddress.erase(it) : ++it;
        }
    }
    return tally.wrong == m_limits.wrongTokensBeforeSlowing;
}

int WrongTokens::countFor(const QHostAddress &address) const
{
    const auto it = m_byAddress.constFind(address.toString());
    if (it == m_byAddress.cend() || m_clock.elapsed() - it->lastMs > m_limits.wrongTokenMemoryMs)
        return 0;
    return it->wrong;
}

int WrongTokens::delayMsFor(const QHostAddress &address) const
{
    const int beyond = countFor(address) - m_limits.wrongTokensBeforeSlowing + 1;
    if (beyond <= 0)
        return 0;
    return std::min(m_limits.slowingMaxMs, beyond * m_limits.slowingStepMs);
}

} // namespace rostrum::web
