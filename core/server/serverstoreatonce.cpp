// An act on the server in one round trip (server/serveratonce.h), and what the console does when
// that round trip's answer is lost.
#include "server/serveratonce.h"
#include "server/serverstore.h"
#include "store/entryrows.h"
#include "store/journaltable.h"
#include "store/sqliteerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rostrum {

bool ServerStore::hasAtOnceFunction()
{
    if (m_atOnceFunction == AtOnceFunction::NotLookedFor) {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT to_regproc('act_at_once') IS NOT NULL")) || !q.next())
            return false; // asked again at the next act
        m_atOnceFunction = q.value(0).toBool() ? AtOnceFunction::There : AtOnceFunction::Missing;
    }
    return m_atOnceFunction == AtOnceFunction::There;
}

MeetingStore::AtOnce ServerStore::writeAtOnce(const AtOnceBasis &basis,
                                              const Change::Outcome &outcome,
                                              const JournalRecord &record, qint64 *journalId,
                                              QString *error)
{
    m_refusedByRole = false;
    m_lockedByAnother = false;
    // A change of the settings takes the long way: the meeting's row is written by its own
    // statement there, and such acts are rare.
    if (m_readOnly || outcome.meeting || !m_lost.isEmpty() || m_actHead >= 0 ||
        !hasAtOnceFunction())
        return AtOnce::Stale;
    QSqlQuery *q = m_kept.prepared(ServerAtOnce::callSql(), error);
    if (!q)
        return AtOnce::Stale;
    QStringList removed;
    for (const qint64 id : outcome.deletions)
        removed.append(QString::number(id));
    q->addBindValue(basis.journalHead);
    q->addBindValue(basis.highestEntryId);
    q->addBindValue(EntryRows::jsonRows(outcome.upserts));
    q->addBindValue(QStringLiteral("{%1}").arg(removed.join(QLatin1Char(','))));
    // A new undoable act discards the redo stack, as appendJournal() does.
    q->addBindValue(record.undoable && record.refersTo == 0);
    q->addBindValue(record.atMs);
    q->addBindValue(record.actor);
    q->addBindValue(record.act);
    q->addBindValue(record.summary);
    q->addBindValue(record.undoable ? 1 : 0);
    q->addBindValue(int(record.state));
    q->addBindValue(record.refersTo);
    q->addBindValue(JournalTable::changeText(record.change));
    m_basis.reset();
    if (!q->exec() || !q->next()) {
        const QSqlError e = q->lastError();
        m_kept.forgetAll(); // a failed statement is not trusted again
        // Another console holds the meeting beyond the wait: the long way waits as it should.
        if (e.nativeErrorCode() == QLatin1String("55P03"))
            return AtOnce::Stale;
        m_refusedByRole = e.nativeErrorCode() == QLatin1String("42501");
        noteFailure(e);
        if (!m_lost.isEmpty())
            m_atOnceInDoubt = std::pair{basis.journalHead, record};
        reportSqlError(error, e);
        return AtOnce::Failed;
    }
    const qint64 id = q->value(0).toLongLong();
    const qint64 high = q->value(1).toLongLong();
    q->finish();
    if (id == 0)
        return AtOnce::Stale;
    m_basis = AtOnceBasis{id, high};
    *journalId = id;
    return AtOnce::Written;
}

MeetingStore::CommitInDoubt ServerStore::resolveAtOnceInDoubt()
{
    // The function writes only on the head it was given, under the meeting's lock: if it
    // wrote, its row is the first after that head.
    const auto &[head, record] = *m_atOnceInDoubt;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT at_utc, act, summary, change FROM journal WHERE id > ?"
                             " ORDER BY id LIMIT 1"));
    q.addBindValue(head);
    if (!q.exec()) {
        noteFailure(q.lastError());
        return CommitInDoubt::NotKnownYet;
    }
    const bool made = q.next() && q.value(0).toLongLong() == record.atMs &&
                      q.value(1).toString() == record.act &&
                      q.value(2).toString() == record.summary &&
                      q.value(3).toString() == JournalTable::changeText(record.change);
    m_atOnceInDoubt.reset();
    return made ? CommitInDoubt::Made : CommitInDoubt::NotMade;
}

} // namespace rostrum
