#include "store/journaltable.h"

#include "store/compactjson.h"
#include "store/keptstatements.h"
#include "store/sqliteerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace rostrum {

namespace {
// The journal columns in the order recordFrom() reads them. A macro so that the compiler joins
// it to each statement's literal: no statement is assembled at run time (scripts/check-sql).
#define ROSTRUM_JOURNAL_SELECT                                                                     \
    "SELECT id, at_utc, actor, act, summary, undoable, undo_state, refers_to, change FROM "        \
    "journal "

JournalRecord recordFrom(const QSqlQuery &q)
{
    JournalRecord r;
    r.id = q.value(0).toLongLong();
    r.atMs = q.value(1).toLongLong();
    r.actor = q.value(2).toString();
    r.act = q.value(3).toString();
    r.summary = q.value(4).toString();
    r.undoable = q.value(5).toInt() != 0;
    r.state = JournalRecord::UndoState(q.value(6).toInt());
    r.refersTo = q.value(7).toLongLong();
    if (auto c = Change::fromJson(QJsonDocument::fromJson(q.value(8).toByteArray()).object()))
        r.change = *c;
    return r;
}

// Change::toJson() as QJsonDocument writes it, written straight (store/compactjson.h): the
// keys in QJsonObject's order, the rows' images in their maps' order.
QString changeJson(const Change &change)
{
    QString out;
    out.reserve(160 + 900 * change.entries.size());
    out.append(u"{\"act\":");
    CompactJson::appendString(out, change.act);
    out.append(u",\"entries\":[");
    for (qsizetype i = 0; i < change.entries.size(); ++i) {
        const EntryDelta &d = change.entries[i];
        out.append(i == 0 ? u"{" : u",{");
        if (!d.after.isEmpty()) {
            out.append(u"\"after\":");
            CompactJson::appendObject(out, d.after);
            out.append(u',');
        }
        if (!d.before.isEmpty()) {
            out.append(u"\"before\":");
            CompactJson::appendObject(out, d.before);
            out.append(u',');
        }
        out.append(u"\"id\":");
        out.append(QString::number(d.id));
        out.append(u'}');
    }
    out.append(u']');
    if (change.meetingBefore != change.meetingAfter) {
        out.append(u",\"meeting_after\":");
        CompactJson::appendObject(out, change.meetingAfter);
        out.append(u",\"meeting_before\":");
        CompactJson::appendObject(out, change.meetingBefore);
    }
    out.append(u",\"summary\":");
    CompactJson::appendString(out, change.summary);
    out.append(change.undoable ? u",\"undoable\":true}" : u",\"undoable\":false}");
    return out;
}
} // namespace

QString JournalTable::changeText(const Change &change)
{
    return changeJson(change);
}

qint64 JournalTable::head(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM journal")) || !q.next()) {
        reportSqlError(error, q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

qint64 JournalTable::append(const JournalRecord &record, QString *error)
{
    const bool newUndoableAct = record.undoable && record.refersTo == 0;
    if (newUndoableAct) {
        QSqlQuery *retire = m_kept.prepared(
            QStringLiteral(
                "UPDATE journal SET undo_state = 2 WHERE undoable = 1 AND undo_state = 1"),
            error);
        if (!retire || !runBound(*retire, error))
            return 0;
    }
    QSqlQuery *q = m_kept.prepared(
        QStringLiteral("INSERT INTO journal (at_utc, actor, act, summary, undoable, undo_state, "
                       "refers_to, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!q)
        return 0;
    q->addBindValue(record.atMs);
    q->addBindValue(record.actor);
    q->addBindValue(record.act);
    q->addBindValue(record.summary);
    q->addBindValue(record.undoable ? 1 : 0);
    q->addBindValue(int(record.state));
    q->addBindValue(record.refersTo);
    q->addBindValue(changeJson(record.change));
    if (!runBound(*q, error))
        return 0;
    return q->lastInsertId().toLongLong();
}

bool JournalTable::setUndoState(qint64 journalId, JournalRecord::UndoState state, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE journal SET undo_state = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(journalId);
    return runBound(q, error);
}

bool JournalTable::setUndone(qint64 journalId, const Change &redoImage, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE journal SET undo_state = ?, change = ? WHERE id = ?"));
    q.addBindValue(int(JournalRecord::UndoState::Undone));
    q.addBindValue(changeJson(redoImage));
    q.addBindValue(journalId);
    return runBound(q, error);
}

std::optional<JournalRecord> JournalTable::readOne(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

std::optional<JournalRecord> JournalTable::undoCandidate() const
{
    return readOne(QStringLiteral(
        ROSTRUM_JOURNAL_SELECT "WHERE undoable = 1 AND undo_state = 0 ORDER BY id DESC LIMIT 1"));
}

std::optional<JournalRecord> JournalTable::redoCandidate() const
{
    return readOne(QStringLiteral(ROSTRUM_JOURNAL_SELECT
                                  "WHERE undoable = 1 AND undo_state = 1 ORDER BY id ASC LIMIT 1"));
}

JournalTable::UndoRedoSummaries JournalTable::undoRedoSummaries() const
{
    // The same rows as undoCandidate() and redoCandidate(), without their changes: an import's
    // change holds every entry it inscribed, and the menus ask after every act.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT coalesce(max(id), 0) FROM journal), (SELECT summary FROM journal "
            "WHERE undoable = 1 AND undo_state = 0 ORDER BY id DESC LIMIT 1), (SELECT summary "
            "FROM journal WHERE undoable = 1 AND undo_state = 1 ORDER BY id ASC LIMIT 1)")) ||
        !q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

QVector<JournalRecord> JournalTable::newest(int limit, qint64 beforeId) const
{
    QVector<JournalRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(ROSTRUM_JOURNAL_SELECT "WHERE id < ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(recordFrom(q));
    }
    return out;
}

} // namespace rostrum
