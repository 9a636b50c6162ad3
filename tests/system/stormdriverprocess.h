#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

// Runs rostrum-storm-driver (tests/system/storm) and reads what it reported. Its protocol is
// described at the top of storm/stormdriver.cpp.
namespace rostrum::systemtest {

QString stormDriverPath();

struct ReportedAct
{
    qint64 journalId = 0;
    QString act; // as journaled: "add", "call", "undo", ...
    qint64 entryId = 0;
    QString fingerprint; // of the whole list after the act
};

struct DriverReport
{
    qint64 openedAtHead = -1; // -1: killed before it had the file open
    QList<ReportedAct> done;
    int refused = 0;
    int housekeeping = 0; // checkpoints and reopens of the file between acts
    QStringList failures; // "failed ..." lines: acts the driver could not save
    bool finished = false;
    QString viewFingerprint;
    QString viewOrder; // waiting ids, comma-separated
};

// Only whole lines count: a line cut short by a kill was never reported.
DriverReport parseDriverOutput(const QByteArray &output);

// A driver on `file`, started with the given options. Its own process group is not needed: it
// runs no children, so SIGKILL to its pid is the whole of it.
std::unique_ptr<QProcess> startStormDriver(const QString &file, const QStringList &options);

// Reads what the driver has written so far into `output`, waiting until a line starting with
// `prefix` has arrived or `timeoutMs` has passed. True when the line is there.
bool waitForDriverLine(QProcess &driver, QByteArray *output, const QByteArray &prefix,
                       int timeoutMs);

} // namespace rostrum::systemtest
