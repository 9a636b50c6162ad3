// A console's seat in the meeting file: which other consoles run the same meeting.
#include "session/meetingsession.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace rostrum {

QString MeetingSession::takeSeat()
{
    if (isReadOnly())
        return {};
    const qint64 now = this->now();
    m_seated = m_store->seats().take(m_actor, now);
    m_seatRefreshedAt = now;
    QStringList others;
    for (const ConsoleSeats::Seat &seat : m_store->seats().others(now)) {
        const QString since = QDateTime::fromMSecsSinceEpoch(seat.openedMs)
                                  .toLocalTime()
                                  .toString(QStringLiteral("HH:mm"));
        others.append(tr("%1 since %2").arg(seat.actor, since));
    }
    if (others.isEmpty())
        return {};
    return tr("This meeting is also open in another console: %1. Acts from every console are "
              "saved, and each shows the others' within a moment.",
              nullptr, int(others.size()))
        .arg(others.join(QStringLiteral("; ")));
}

void MeetingSession::refreshSeat()
{
    const qint64 now = this->now();
    if (!m_seated || now - m_seatRefreshedAt < ConsoleSeats::kRefreshEveryMs)
        return;
    // A failed refresh (the lock is held) is tried again on the next look.
    if (m_store->seats().refresh(now))
        m_seatRefreshedAt = now;
}

} // namespace rostrum
