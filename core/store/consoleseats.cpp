#include "store/consoleseats.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>
#include <cerrno>
#include <signal.h>

namespace rostrum {

QString ConsoleSeats::thisHost()
{
    return QSysInfo::machineHostName();
}

qint64 ConsoleSeats::thisPid()
{
    return QCoreApplication::applicationPid();
}

bool ConsoleSeats::processGone(qint64 pid)
{
    // Signal 0 only asks whether the process exists; EPERM means it does, as another user's.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

bool ConsoleSeats::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

bool ConsoleSeats::take(const QString &actor, qint64 nowMs)
{
    m_taken =
        run(QStringLiteral("INSERT INTO console_seat (host, pid, actor, opened_utc, seen_utc) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (host, pid) DO UPDATE SET "
                           "actor = excluded.actor, opened_utc = excluded.opened_utc, "
                           "seen_utc = excluded.seen_utc"),
            {thisHost(), thisPid(), actor, nowMs, nowMs});
    return m_taken;
}

bool ConsoleSeats::refresh(qint64 nowMs)
{
    if (!m_taken)
        return false;
    return run(QStringLiteral("UPDATE console_seat SET seen_utc = ? WHERE host = ? AND pid = ?"),
               {nowMs, thisHost(), thisPid()});
}

void ConsoleSeats::leave()
{
    if (m_taken)
        run(QStringLiteral("DELETE FROM console_seat WHERE host = ? AND pid = ?"),
            {thisHost(), thisPid()});
    m_taken = false;
}

QVector<ConsoleSeats::Seat> ConsoleSeats::others(qint64 nowMs) const
{
    QVector<Seat> seats;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT actor, host, pid, opened_utc FROM console_seat WHERE "
                                  "seen_utc >= ? ORDER BY opened_utc")))
        return seats;
    q.addBindValue(nowMs - kStaleAfterMs);
    if (!q.exec())
        return seats; // a file of version 2, read only: no seats to tell
    while (q.next()) {
        Seat s{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
               q.value(3).toLongLong()};
        const bool here = s.host == thisHost();
        if (here && s.pid == thisPid())
            continue;
        if (here && processGone(s.pid))
            continue;
        seats.append(s);
    }
    return seats;
}

} // namespace rostrum
