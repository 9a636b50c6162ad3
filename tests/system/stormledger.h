#pragma once

#include "meetingfilecheck.h"
#include "stormdriverprocess.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The book the kill -9 storm keeps: every act a driver reported done, and what the file must
// therefore hold after the driver is killed. check() compares the file with the book.
namespace rostrum::systemtest {

class StormLedger final
{
public:
    // `file` is a meeting with no journal rows yet; `copy` a free path for the undo check.
    StormLedger(QString file, QString copy);

    // After the driver `actor` was killed having printed `report`: the problems found, one per
    // line; empty when the file holds everything reported and is sound.
    QStringList check(const QString &actor, const DriverReport &report);

    int actsReported() const { return m_reported; }
    int actsLost() const { return m_lost; }
    int actsCommittedUnreported() const { return m_unreported; }
    int undoChecks() const { return m_undoChecks; }
    int entries() const { return m_entries; }
    qint64 journalHead() const { return m_head; }

private:
    // Undo on a copy of the file, then redo: both work and each changes the list.
    void checkUndoOnCopy(QStringList *problems);

    QString m_file;
    QString m_copy;
    QString m_fingerprint;              // of the list as the last check found it
    qint64 m_head = 0;                  // the journal head at the last check
    QSet<QString> m_mayStillSurface;    // drivers checked since the journal head last moved
    QHash<QString, int> m_unreportedBy; // acts committed at the instant of a kill, by driver
    int m_reported = 0;
    int m_lost = 0;
    int m_unreported = 0;
    int m_undoChecks = 0;
    int m_entries = 0;
};

} // namespace rostrum::systemtest
