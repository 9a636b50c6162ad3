// Undo and redo of MeetingSession, and what the menus say they would do.
#include "session/meetingsession.h"
#include "session/writetransaction.h"

namespace rostrum {

MeetingSession::Result MeetingSession::undoUnsaved()
{
    // An act whose commit is in doubt may be on the server already: undone in memory only,
    // it would stay done there.
    if (m_unsaved.size() <= m_keptInDoubt)
        return {false,
                tr("The last act cannot be undone until the server says whether it was saved."),
                0,
                {}};
    // Acts that never reached the file are undone in memory only.
    const std::optional<JournalRecord> last = m_unsaved.takeUndoable();
    if (!last)
        return {
            false, tr("The last act cannot be undone while changes are not being saved."), 0, {}};
    const ListBefore before = listBefore();
    const Change::Outcome outcome =
        last->change.replay(Change::Direction::Undo, m_list.entries(), meeting());
    m_list.apply(outcome);
    emit changed(listChangeFor(QStringLiteral("undo"), before, outcome));
    return {true, {}, 0, last->summary};
}

MeetingSession::Result MeetingSession::replay(bool undo)
{
    if (isReadOnly())
        return refusedAsReadOnly();
    if (undo && !m_unsaved.isEmpty())
        return undoUnsaved();
    if (!m_unsaved.isEmpty())
        return {false, tr("Redo is unavailable while changes are not being saved."), 0, {}};
    journalClockStep();

    const ListBefore before = listBefore();
    WriteTransaction transaction(*m_store);
    QString error;
    bool reloaded = false;
    if (!beginWrite(transaction, &error, &reloaded)) {
        if (transaction.isOpen())
            return {false, error, 0, {}};
        // An undo is worked out on the journal in the file, so it cannot wait in memory.
        if (m_waitingForLock && m_keepWorking)
            return {false,
                    tr("Another program holds the meeting file; nothing was undone or redone. "
                       "Try again in a moment (%1).")
                        .arg(error),
                    0,
                    {}};
        const QString why = notSavedMessage(error);
        setSaveError(why);
        return {false, why, 0, {}};
    }
    // Another console's acts came in with the reload: the views must repaint those too, even
    // when this undo or redo then goes nowhere (refresh() will not see them as new any more).
    auto refused = [&](const QString &why) -> Result {
        transaction.rollback();
        if (reloaded)
            emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
        return {false, why, 0, {}};
    };
    const auto target = undo ? m_store->undoCandidate() : m_store->redoCandidate();
    if (!target)
        return refused(undo ? tr("There is nothing to undo.") : tr("There is nothing to redo."));
    const Change::Direction direction = undo ? Change::Direction::Undo : Change::Direction::Redo;
    const Change::Outcome outcome = target->change.replay(direction, m_list.entries(), meeting());
    if (const QString clash = m_list.secondSpeakerAfter(outcome); !clash.isEmpty())
        return refused(clash);

    JournalRecord record;
    record.atMs = now();
    record.actor = m_actor;
    record.act = undo ? QStringLiteral("undo") : QStringLiteral("redo");
    record.summary = (undo ? tr("Undo: %1") : tr("Redo: %1")).arg(target->summary);
    record.refersTo = target->id;
    record.change = target->change;
    record.change.undoable = false;

    const bool marked =
        undo ? m_store->setUndone(target->id, target->change.redoImageAt(m_list.entries(), now()),
                                  &error)
             : m_store->setUndoState(target->id, JournalRecord::UndoState::Done, &error);
    qint64 journalId = 0;
    const bool saved = m_store->write(outcome, &error) && marked &&
                       (journalId = m_store->appendJournal(record, &error)) > 0 &&
                       transaction.commit(&error);
    if (!saved) {
        transaction.rollback();
        const QString why = tr("Changes are NOT being saved: %1.").arg(error);
        setSaveError(why);
        return refused(why);
    }
    m_seenJournalHead = journalId;
    checkpointSoon();
    setSaveError({});
    m_list.apply(outcome);
    emit changed(reloaded ? listChangeAfterReload(record.act, before, outcome)
                          : listChangeFor(record.act, before, outcome));
    return {true, {}, 0, target->summary};
}

const JournalTable::UndoRedoSummaries &MeetingSession::undoRedoSummaries()
{
    // Every act, undo and redo, of this process or another, adds a journal row in the same
    // transaction that changes what undo and redo would do: while the head stays where the
    // summaries were read, so do they. The head is one lookup; the summaries are two.
    const qint64 head = m_store->journalHead();
    if (head < 0 || head != m_undoRedo.head)
        m_undoRedo = m_store->undoRedoSummaries();
    return m_undoRedo;
}

QString MeetingSession::undoText()
{
    if (!m_unsaved.isEmpty())
        return m_unsaved.undoSummary();
    return undoRedoSummaries().undo;
}

QString MeetingSession::redoText()
{
    if (!m_unsaved.isEmpty())
        return {};
    return undoRedoSummaries().redo;
}

QVector<JournalRecord> MeetingSession::journal(int limit)
{
    return m_store->journal(limit);
}

} // namespace rostrum
