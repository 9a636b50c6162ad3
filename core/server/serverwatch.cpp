// Watching the server a meeting lives on: a lost connection noticed and dialled again, the other
// consoles' announcements, and the server's clock, which is the meeting's.
#include "server/serverstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <chrono>

namespace rostrum {

QString ServerStore::checkStillUsable() const
{
    if (m_lost.isEmpty() && !m_connection->isAlive()) {
        m_lost = tr("the connection to the server %1 was lost").arg(path());
        m_kept.forgetAll();
    }
    if (!m_lost.isEmpty())
        reconnectWhenAnswering();
    return m_lost;
}

bool ServerStore::reconnectWhenAnswering() const
{
    if (!m_ping.valid()) {
        m_ping =
            std::async(std::launch::async, &ServerConnection::answers, m_connection->location());
        return false;
    }
    if (m_ping.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return false;
    const bool answers = m_ping.get(); // the future is empty again: the next look pings anew
    if (!answers)
        return false;
    auto *self = const_cast<ServerStore *>(this); // the connection is the store's state
    QString why;
    if (!m_connection->reconnect(&why) || !self->prepareConnection(&why))
        return false;
    m_lost.clear();
    self->m_basis.reset();
    self->m_atOnceFunction = AtOnceFunction::NotLookedFor; // looked for again on this line
    m_changed = true; // whatever the others did meanwhile is read on the next look
    return true;
}

MeetingStore::CommitInDoubt ServerStore::resolveCommitInDoubt()
{
    if (m_rowInDoubt == 0 && !m_atOnceInDoubt)
        return CommitInDoubt::None;
    if (!checkStillUsable().isEmpty())
        return CommitInDoubt::NotKnownYet;
    if (m_atOnceInDoubt)
        return resolveAtOnceInDoubt();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE id = ?"));
    q.addBindValue(m_rowInDoubt);
    if (!q.exec() || !q.next()) {
        noteFailure(q.lastError());
        return CommitInDoubt::NotKnownYet;
    }
    m_rowInDoubt = 0;
    return q.value(0).toLongLong() == 1 ? CommitInDoubt::Made : CommitInDoubt::NotMade;
}

std::optional<MeetingStore::ReferenceTime> ServerStore::referenceTime(const Clock &clock)
{
    // clock_timestamp(), not now(): the latter is the start of the transaction.
    QSqlQuery *q = m_kept.prepared(
        QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint"),
        nullptr);
    if (!q)
        return std::nullopt;
    std::optional<ReferenceTime> best;
    for (int i = 0; i < kClockSamples; ++i) {
        const qint64 sent = clock.monotonicMs();
        if (!q->exec() || !q->next()) {
            noteFailure(q->lastError());
            return best;
        }
        const qint64 serverUs = q->value(0).toLongLong();
        const qint64 received = clock.monotonicMs();
        q->finish();
        const qint64 trip = received - sent;
        if (!best || trip < best->roundTripMs) {
            // The server read its clock somewhere during the trip: taken as its midpoint.
            best = ReferenceTime{(serverUs + 500) / 1000, sent + trip / 2, trip};
        }
    }
    return best;
}

bool ServerStore::mayHaveChanged()
{
    const bool changed = m_changed;
    m_changed = false;
    return changed;
}

void ServerStore::setChangeCallback(std::function<void()> onChange)
{
    m_onChange = std::move(onChange);
}

} // namespace rostrum
