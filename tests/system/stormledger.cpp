#include "stormledger.h"

#include "list/listinvariants.h"
#include "listfingerprint.h"
#include "session/meetingsession.h"

#include <QFile>
#include <QSet>

namespace rostrum::systemtest {

namespace {
std::unique_ptr<MeetingSession> openSession(const QString &path, const Clock &clock,
                                            QStringList *problems)
{
    QString error;
    auto session = MeetingSession::open(path, clock, QStringLiteral("storm-check"), &error);
    if (!session)
        problems->append(QStringLiteral("reopening %1 failed: %2").arg(path, error));
    return session;
}

// Which columns of which entries differ, for a failure message.
QString difference(const QHash<qint64, Entry> &was, const QHash<qint64, Entry> &is)
{
    QStringList out;
    QSet<qint64> ids(was.keyBegin(), was.keyEnd());
    ids.unite(QSet<qint64>(is.keyBegin(), is.keyEnd()));
    for (const qint64 id : ids) {
        const QVariantMap a = was.contains(id) ? was.value(id).toColumns() : QVariantMap{};
        const QVariantMap b = is.contains(id) ? is.value(id).toColumns() : QVariantMap{};
        for (const QString &column : (a.isEmpty() ? b : a).keys()) {
            if (a.value(column) != b.value(column)) {
                out.append(
                    QStringLiteral("#%1 %2: %3 -> %4")
                        .arg(id)
                        .arg(column, a.value(column).toString(), b.value(column).toString()));
            }
        }
    }
    return out.join(QStringLiteral("; "));
}

qint64 newestInstantOf(const QMap<qint64, JournalRow> &rows)
{
    qint64 newest = 0;
    for (const JournalRow &row : rows)
        newest = std::max(newest, row.atMs);
    return newest;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

StormLedger::StormLedger(QString file, QString copy)
    : m_file(std::move(file)), m_copy(std::move(copy))
{
    ManualClock clock(0);
    QStringList ignored;
    if (auto session = openSession(m_file, clock, &ignored))
        m_fingerprint = storm::listFingerprint(session->list());
}

QStringList StormLedger::check(const QString &actor, const DriverReport &report)
{
    QStringList problems;
    if (const QString integrity = integrityCheck(m_file); integrity != QLatin1String("ok"))
        problems.append(QStringLiteral("integrity_check: %1").arg(integrity));

    // The journal and the list, read from one state of the file. A commit cut off by the kill can
    // surface between two reads: its frames were in the -wal but not yet in the shared index
    // that the second reader keeps alive, and SQLite recovers them only once the last connection
    // has closed. It surfaces once and for good, so two journal reads that agree hold the list
    // read between them.
    QMap<qint64, JournalRow> rows = journalRows(m_file);
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<MeetingSession> session;
    for (;;) {
        clock = std::make_unique<ManualClock>(newestInstantOf(rows));
        session = openSession(m_file, *clock, &problems);
        QMap<qint64, JournalRow> again = journalRows(m_file);
        if (again.keys() == rows.keys())
            break;
        session.reset();
        rows = std::move(again);
    }

    // Every act reported done is in the journal, as the act it was, by the driver that did it.
    QSet<qint64> reportedIds;
    for (const ReportedAct &a : report.done) {
        ++m_reported;
        reportedIds.insert(a.journalId);
        const JournalRow row = rows.value(a.journalId);
        if (row.id == 0 || row.act != a.act || row.actor != actor) {
            ++m_lost;
            problems.append(QStringLiteral("reported act lost: journal row %1 (%2) is %3")
                                .arg(a.journalId)
                                .arg(a.act, row.id == 0 ? QStringLiteral("missing")
                                                        : row.actor + QLatin1Char(' ') + row.act));
        }
    }
    const qint64 head = rows.isEmpty() ? 0 : rows.lastKey();
    if (!report.done.isEmpty() && head < report.done.last().journalId)
        problems.append(QStringLiteral("journal head %1 is behind the last reported act %2")
                            .arg(head)
                            .arg(report.done.last().journalId));
    if (head < m_head)
        problems.append(
            QStringLiteral("journal head went back from %1 to %2").arg(m_head).arg(head));

    // At most the one act in flight at the kill may be there unreported: committed, but killed
    // before it could say so. Anything more would be acts made up or replayed.
    int unreported = 0;
    const qint64 newestAtMs = newestInstantOf(rows);
    int liveAdds = 0;
    for (const JournalRow &row : rows) {
        if (row.undoState == 0 && row.act == QLatin1String("add"))
            ++liveAdds;
        if (row.undoState == 0 && row.act == QLatin1String("remove"))
            --liveAdds;
        if (row.id <= m_head || reportedIds.contains(row.id))
            continue;
        ++unreported;
        // An earlier driver's last commit may surface late, as above, and more than one check
        // late when the drivers since wrote nothing: the first of them to write overwrites it
        // or, having recovered it, writes after it. So it comes from a driver checked since the
        // journal head last moved.
        const bool thisDriver =
            row.actor == actor && (report.done.isEmpty() || row.id > report.done.last().journalId);
        const bool earlierDriverLate = m_mayStillSurface.contains(row.actor);
        if (!thisDriver && !earlierDriverLate)
            problems.append(QStringLiteral("unexpected journal row %1 (%2 %3)")
                                .arg(row.id)
                                .arg(row.actor, row.act));
        if (++m_unreportedBy[row.actor] > 1)
            problems.append(QStringLiteral("%1 acts of %2 committed but never reported")
                                .arg(m_unreportedBy[row.actor])
                                .arg(row.actor));
    }
    if (head > m_head)
        m_mayStillSurface.clear();
    m_mayStillSurface.insert(actor);
    m_unreported += unreported;

    // The list reopens, is sound, agrees with the journal, and is exactly what the driver last
    // reported (unless an unreported act came after that).
    if (session) {
        problems.append(listInvariantViolations(session->list(), newestAtMs));
        const QString fingerprint = storm::listFingerprint(session->list());
        const QString expected =
            report.done.isEmpty() ? m_fingerprint : report.done.last().fingerprint;
        if (unreported == 0 && fingerprint != expected)
            problems.append(QStringLiteral("the list differs from the last one reported (%1, "
                                           "file %2)")
                                .arg(expected, fingerprint));
        m_entries = int(session->list().entries().size());
        if (m_entries != liveAdds)
            problems.append(QStringLiteral("%1 entries, but the journal has %2 live inscriptions")
                                .arg(m_entries)
                                .arg(liveAdds));
        m_fingerprint = fingerprint;
    }
    session.reset();
    m_head = head;
    checkUndoOnCopy(&problems);
    return problems;
}

void StormLedger::checkUndoOnCopy(QStringList *problems)
{
    removeWithCompanions(m_copy);
    // No connection is open now, so the last one to close has folded the WAL into the file; a
    // WAL left over would belong with it all the same.
    if (!QFile::copy(m_file, m_copy) ||
        (QFile::exists(m_file + QStringLiteral("-wal")) &&
         !QFile::copy(m_file + QStringLiteral("-wal"), m_copy + QStringLiteral("-wal")))) {
        problems->append(QStringLiteral("cannot copy %1 for the undo check").arg(m_file));
        return;
    }
    ManualClock clock(0);
    {
        auto session = openSession(m_copy, clock, problems);
        if (session && !session->undoText().isEmpty()) {
            ++m_undoChecks;
            // Undo, redo, undo, redo. Redo need not give back the list as it was before the
            // undo: clock acts (start, pause) are not undoable, and undoing a call sends the
            // speaker back with a fresh clock, so a start made after the call does not come back
            // with the redo. But the second round must repeat the first exactly.
            const QString undoing = session->undoText();
            const QString before = storm::listFingerprint(session->list());
            QString fingerprints[4];
            QHash<qint64, Entry> entries[4];
            for (int i = 0; i < 4; ++i) {
                const MeetingSession::Result r = i % 2 == 0 ? session->undo() : session->redo();
                if (!r.ok) {
                    problems->append(
                        QStringLiteral("%1 %2 after \"%3\" failed: %4")
                            .arg(i % 2 == 0 ? QStringLiteral("undo") : QStringLiteral("redo"))
                            .arg(i / 2 + 1)
                            .arg(undoing, r.error));
                    return;
                }
                fingerprints[i] = storm::listFingerprint(session->list());
                entries[i] = session->list().entries();
            }
            if (fingerprints[0] == before)
                problems->append(QStringLiteral("undoing \"%1\" changed nothing").arg(undoing));
            for (int i = 2; i < 4; ++i) {
                if (fingerprints[i] != fingerprints[i - 2]) {
                    problems->append(QStringLiteral("undo and redo of \"%1\" do not repeat: %2")
                                         .arg(undoing, difference(entries[i - 2], entries[i])));
                }
            }
        }
    }
    removeWithCompanions(m_copy);
}

} // namespace rostrum::systemtest
