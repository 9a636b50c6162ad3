#include "serverstormledger.h"

#include "list/listinvariants.h"
#include "listfingerprint.h"
#include "server/serverlocation.h"
#include "session/meetingsession.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>

namespace rostrum::systemtest {

namespace {
std::unique_ptr<MeetingSession> openSession(const QString &url, const Clock &clock,
                                            QStringList *problems)
{
    QString error;
    auto session = MeetingSession::open(url, clock, QStringLiteral("storm-check"), &error);
    if (!session)
        problems->append(QStringLiteral("reopening %1 failed: %2").arg(url, error));
    return session;
}
} // namespace

ServerStormLedger::ServerStormLedger(QString url, QString driverUser)
    : m_url(std::move(url)), m_driverUser(std::move(driverUser))
{
    QString error;
    if (const auto where = ServerLocation::parse(m_url, &error))
        m_admin = ServerConnection::open(*where, &error);
    ManualClock clock(0);
    QStringList ignored;
    if (auto session = openSession(m_url, clock, &ignored))
        m_fingerprint = storm::listFingerprint(session->list());
}

bool ServerStormLedger::waitForDriverGone(int timeoutMs)
{
    if (!m_admin)
        return false;
    QElapsedTimer waited;
    waited.start();
    QSqlQuery q(m_admin->db());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"));
    do {
        q.addBindValue(m_driverUser);
        if (q.exec() && q.next() && q.value(0).toInt() == 0)
            return true;
        q.finish();
        QThread::msleep(5);
    } while (waited.elapsed() < timeoutMs);
    return false;
}

QStringList ServerStormLedger::check(const DriverReport &report)
{
    QStringList problems;
    ManualClock clock(0);
    auto session = openSession(m_url, clock, &problems);
    if (!session)
        return problems;
    QMap<qint64, JournalRecord> rows;
    for (const JournalRecord &r : session->journal(1'000'000))
        rows.insert(r.id, r);

    // Every act reported done is in the journal, as the act it was, by the drivers' user.
    QSet<qint64> reportedIds;
    for (const ReportedAct &a : report.done) {
        ++m_reported;
        reportedIds.insert(a.journalId);
        const JournalRecord row = rows.value(a.journalId);
        if (row.id == 0 || row.act != a.act || row.actor != m_driverUser) {
            ++m_lost;
            problems.append(QStringLiteral("reported act lost: journal row %1 (%2) is %3")
                                .arg(a.journalId)
                                .arg(a.act, row.id == 0 ? QStringLiteral("missing")
                                                        : row.actor + QLatin1Char(' ') + row.act));
        }
    }
    const qint64 head = rows.isEmpty() ? 0 : rows.lastKey();
    if (head < m_head)
        problems.append(
            QStringLiteral("journal head went back from %1 to %2").arg(m_head).arg(head));

    // Beyond what was reported, at most the one act in flight at the kill: committed, but
    // killed before it could say so. It comes after every reported act, and from the driver.
    int unreported = 0;
    int liveAdds = 0;
    const qint64 lastReported = report.done.isEmpty() ? m_head : report.done.last().journalId;
    for (const JournalRecord &row : rows) {
        const bool live = row.state == JournalRecord::UndoState::Done;
        liveAdds += live && row.act == QLatin1String("add") ? 1 : 0;
        liveAdds -= live && row.act == QLatin1String("remove") ? 1 : 0;
        if (row.id <= m_head || reportedIds.contains(row.id))
            continue;
        ++unreported;
        if (row.actor != m_driverUser || row.id < lastReported)
            problems.append(QStringLiteral("unexpected journal row %1 (%2 %3)")
                                .arg(row.id)
                                .arg(row.actor, row.act));
    }
    if (unreported > 1)
        problems.append(QStringLiteral("%1 acts committed but never reported").arg(unreported));
    m_unreported += unreported;

    // The list is sound, agrees with the journal, and is what the driver last reported (unless
    // the act in flight came after that).
    qint64 newestAtMs = 0;
    for (const JournalRecord &row : rows)
        newestAtMs = std::max(newestAtMs, row.atMs);
    problems.append(listInvariantViolations(session->list(), newestAtMs));
    const QString fingerprint = storm::listFingerprint(session->list());
    const QString expected = report.done.isEmpty() ? m_fingerprint : report.done.last().fingerprint;
    if (unreported == 0 && fingerprint != expected)
        problems.append(QStringLiteral("the list differs from the last one reported (%1, server "
                                       "%2)")
                            .arg(expected, fingerprint));
    m_entries = int(session->list().entries().size());
    if (m_entries != liveAdds)
        problems.append(QStringLiteral("%1 entries, but the journal has %2 live inscriptions")
                            .arg(m_entries)
                            .arg(liveAdds));
    m_fingerprint = fingerprint;
    m_head = head;
    return problems;
}

} // namespace rostrum::systemtest
