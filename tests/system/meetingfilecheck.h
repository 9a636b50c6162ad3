#pragma once

#include <QMap>
#include <QString>

// Looks into a meeting file with plain SQL on a connection of its own, the way nobody's code
// but SQLite's would: for checks after a process was killed in the middle of writing it.
namespace rostrum::systemtest {

// "ok" for a sound file; otherwise SQLite's list of what is wrong (or empty if it cannot open).
QString integrityCheck(const QString &path);

struct JournalRow
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString act;
    int undoState = 0; // 0 done, 1 undone, 2 discarded (see JournalRecord::UndoState)
};
// Every row of the journal, by id.
QMap<qint64, JournalRow> journalRows(const QString &path);

} // namespace rostrum::systemtest
