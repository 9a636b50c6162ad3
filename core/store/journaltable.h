#pragma once

#include "list/change.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace rostrum {

class KeptStatements;

// One row of the journal: who did what, and when. Undoable rows carry their Change.
struct JournalRecord
{
    enum class UndoState
    {
        Done = 0,
        Undone = 1,
        Discarded = 2
    };
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString act;
    QString summary;
    bool undoable = false;
    UndoState state = UndoState::Done;
    qint64 refersTo = 0; // for "undo" and "redo" rows: the act they undid or redid
    Change change;
};

// The journal of a meeting file: one row an act, undo and redo included, so its newest id (the
// head) moves with every act of every process. It works inside the store's transaction.
class JournalTable final
{
public:
    JournalTable(const QSqlDatabase &db, KeptStatements &kept) : m_db(db), m_kept(kept) {}
    JournalTable(const JournalTable &) = delete;
    JournalTable &operator=(const JournalTable &) = delete;

    // The id of the newest row; -1, with the error, when it cannot be read.
    qint64 head(QString *error = nullptr) const;
    // Appends the row and, for a new undoable act, discards the redo stack. The new row's id,
    // or 0 with the error.
    qint64 append(const JournalRecord &record, QString *error);
    bool setUndoState(qint64 journalId, JournalRecord::UndoState state, QString *error);
    // Marks an act undone and keeps, as what its redo restores, the rows as they were just
    // before the undo (see Change::redoImageAt).
    bool setUndone(qint64 journalId, const Change &redoImage, QString *error);

    std::optional<JournalRecord> undoCandidate() const;
    std::optional<JournalRecord> redoCandidate() const;
    // What undo and redo would do, as their summaries only (no Change is read), with the head
    // they were read at: all three from one snapshot. head is -1 when they cannot be read.
    struct UndoRedoSummaries
    {
        qint64 head = -1;
        QString undo;
        QString redo;
    };
    UndoRedoSummaries undoRedoSummaries() const;
    // The newest rows first, older than beforeId when it is given.
    QVector<JournalRecord> newest(int limit, qint64 beforeId = 0) const;

    // A change as the journal's change column holds it (compact JSON).
    static QString changeText(const Change &change);

private:
    std::optional<JournalRecord> readOne(const QString &sql) const;

    const QSqlDatabase &m_db;
    KeptStatements &m_kept;
};

} // namespace rostrum
