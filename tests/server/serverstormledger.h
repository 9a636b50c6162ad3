#pragma once

#include "server/serverconnection.h"
#include "stormdriverprocess.h"

#include <QString>
#include <QStringList>
#include <memory>

// The book the kill -9 storm keeps against a meeting on the server, as StormLedger does for a
// file: every act a driver reported done, and what the server must therefore hold once the
// driver is killed and the server has ended its connection. Every driver connects as the same
// user, so the journal's actor (the PostgreSQL user) is that user for all of them; they run one
// after the other, so a driver's rows are those written since the previous check.
namespace rostrum::systemtest {

class ServerStormLedger final
{
public:
    // `url`: the meeting, as a user who may read it (the checker's own connection);
    // `driverUser`: the user every driver connects as.
    ServerStormLedger(QString url, QString driverUser);

    // Waits until the server has no connection of the drivers' user left: only then is a
    // COMMIT that was on the line at the kill made or undone for good. False after `timeoutMs`.
    bool waitForDriverGone(int timeoutMs);

    // After a driver was killed having printed `report`: the problems found, one per line; empty
    // when the server holds everything reported and nothing more than the one act in flight.
    QStringList check(const DriverReport &report);

    int actsReported() const { return m_reported; }
    int actsLost() const { return m_lost; }
    int actsCommittedUnreported() const { return m_unreported; }
    int entries() const { return m_entries; }
    qint64 journalHead() const { return m_head; }

private:
    QString m_url;
    QString m_driverUser;
    std::unique_ptr<ServerConnection> m_admin;
    QString m_fingerprint; // of the list as the last check found it
    qint64 m_head = 0;     // the journal head at the last check
    int m_reported = 0;
    int m_lost = 0;
    int m_unreported = 0;
    int m_entries = 0;
};

} // namespace rostrum::systemtest
