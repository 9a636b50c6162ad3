#include "session/meetingsession.h"

#include "session/writetransaction.h"

#include <QFileInfo>

namespace rostrum {

namespace {
qint64 currentId(const SpeakersList &list)
{
    const Entry *e = list.current();
    return e ? e->id : 0;
}

} // namespace

MeetingSession::MeetingSession(std::unique_ptr<MeetingStore> store, const Clock &clock,
                               QString actor)
    : m_store(std::move(store)), m_time(clock), m_actor(std::move(actor))
{
    connect(&m_watch, &QTimer::timeout, this, [this] { refresh(); });
}

MeetingSession::~MeetingSession() = default;

std::unique_ptr<MeetingSession> MeetingSession::fromStore(std::unique_ptr<MeetingStore> store,
                                                          const Clock &clock, const QString &actor,
                                                          QString *error)
{
    if (!store)
        return nullptr;
    std::unique_ptr<MeetingSession> session(new MeetingSession(std::move(store), clock, actor));
    if (!session->reload(error))
        return nullptr;
    session->holdToRecord();
    return session;
}

std::unique_ptr<MeetingSession> MeetingSession::open(const QString &path, const Clock &clock,
                                                     const QString &actor, QString *error)
{
    return fromStore(MeetingStore::open(path, error), clock, actor, error);
}

std::unique_ptr<MeetingSession> MeetingSession::create(const QString &path, const Meeting &meeting,
                                                       const Clock &clock, const QString &actor,
                                                       QString *error)
{
    // The same checks as a settings change, against an empty meeting so "unchanged" never hides
    // a real problem.
    const ActPlan check = SpeakersList().setMeeting(meeting);
    if (!check.ok()) {
        if (error)
            *error = check.error;
        return nullptr;
    }
    return fromStore(MeetingStore::create(path, meeting, error), clock, actor, error);
}

bool MeetingSession::reload(QString *error)
{
    // The journal's head is read before the rows. Outside a transaction (refresh()) each read
    // is its own snapshot: read after, the head could include an act another console committed
    // in between that the rows lack, and the next act would then be planned on that stale list
    // (two writers under load ended with two speakers at once). Read before, such an act is
    // newer than the head noted here, and the next look reloads again.
    const qint64 head = m_store->journalHead();
    Meeting meeting;
    QVector<Entry> entries;
    if (!m_store->load(&meeting, &entries, error))
        return false;
    m_list.replaceAll(std::move(meeting), entries);
    m_seenJournalHead = head;
    return true;
}

Projection MeetingSession::projection() const
{
    return RunningOrder::project(meeting(), m_list.waiting(), m_list.current(), now());
}

SpeechReading MeetingSession::currentReading() const
{
    const Entry *cur = m_list.current();
    return cur ? SpeechClock::read(*cur, now(), meeting().warningSeconds) : SpeechReading{};
}

QString MeetingSession::checkFileStillThere() const
{
    if (QString gone = m_store->checkIdentity(); !gone.isEmpty())
        return gone;
    // A file made read-only under an open database (a remount, the immutable flag, a share's
    // permissions) would fail at the write with SQLite's generic I/O error; say what it is.
    if (!QFileInfo(m_store->path()).isWritable())
        return tr("the meeting file %1 has become read-only").arg(m_store->path());
    // Every act is written to the -wal first; read-only, it fails as a bare "disk I/O error".
    const QFileInfo wal(m_store->path() + QStringLiteral("-wal"));
    if (wal.exists() && !wal.isWritable())
        return tr("the journal file %1 beside the meeting file has become read-only")
            .arg(wal.filePath());
    return {};
}

void MeetingSession::setSaveError(const QString &error)
{
    if (m_saveError == error)
        return;
    m_saveError = error;
    emit saveStateChanged();
}

MeetingSession::ListBefore MeetingSession::listBefore() const
{
    return {m_list.waitingIds(), currentId(m_list)};
}

ListChange MeetingSession::listChangeFor(const QString &act, const ListBefore &before,
                                         const Change::Outcome &outcome) const
{
    ListChange c;
    c.act = act;
    c.orderBefore = before.order;
    c.orderAfter = m_list.waitingIds();
    for (const Entry &e : outcome.upserts) {
        c.updated.insert(e.id);
        if (e.status == Status::Spoke)
            c.spokenChanged = true;
    }
    for (const qint64 id : outcome.deletions)
        c.updated.insert(id);
    const qint64 currentAfter = currentId(m_list);
    c.currentChanged = currentAfter != before.current;
    c.clockChanged = c.currentChanged || (currentAfter != 0 && c.updated.contains(currentAfter));
    c.meetingChanged = outcome.meeting.has_value();
    // A speaker leaving the record (an undone "next") changes it too.
    if (before.current != 0 && c.currentChanged)
        c.spokenChanged = true;
    return c;
}

ListChange MeetingSession::listChangeAfterReload(const QString &act, const ListBefore &before,
                                                 const Change::Outcome &outcome) const
{
    ListChange c = listChangeFor(act, before, outcome);
    for (auto it = m_list.entries().keyBegin(); it != m_list.entries().keyEnd(); ++it)
        c.updated.insert(*it);
    c.meetingChanged = true;
    c.clockChanged = true;
    c.spokenChanged = true;
    return c;
}

MeetingSession::Result MeetingSession::perform(const Planner &plan)
{
    if (isReadOnly())
        return refusedAsReadOnly();
    journalClockStep();
    const ListBefore before = listBefore();
    WriteTransaction transaction(*m_store);
    QString error = checkFileStillThere();
    bool reloaded = false;
    if (error.isEmpty() && transaction.begin(&error) && m_unsaved.isEmpty()) {
        // Another process may have acted since we last looked: plan on what is there now.
        const qint64 head = m_store->journalHead(&error);
        if (head != m_seenJournalHead) {
            if (head < 0 || !reload(&error))
                return {false, error, 0};
            reloaded = true;
        }
    }

    // Nothing is written; the views still repaint what the reload brought in.
    auto refused = [&](const QString &why) -> Result {
        transaction.rollback();
        if (reloaded)
            emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
        return {false, why, 0};
    };
    const qint64 now = this->now();
    const ActPlan planned = plan(m_list, now, m_store->nextEntryId(m_list.highestId()));
    if (!planned.ok())
        return refused(planned.error);

    JournalRecord record;
    record.atMs = now;
    record.actor = m_actor;
    record.act = planned.change->act;
    record.summary = planned.change->summary;
    record.undoable = planned.change->undoable;
    record.change = *planned.change;
    const Change::Outcome outcome =
        planned.change->replay(Change::Direction::Redo, m_list.entries(), meeting());
    if (const QString clash = m_list.secondSpeakerAfter(outcome); !clash.isEmpty())
        return refused(clash);

    bool saved = transaction.isOpen() && m_unsaved.writeTo(*m_store, &error) &&
                 m_store->write(outcome, &error);
    const qint64 journalId = saved ? m_store->appendJournal(record, &error) : 0;
    saved = saved && journalId > 0 && transaction.commit(&error);
    if (!saved) {
        transaction.rollback();
        const QString why = tr("Changes are NOT being saved: %1.").arg(error);
        if (!m_keepWorking) {
            setSaveError(why);
            return {false, why, 0};
        }
        m_unsaved.keep(record, outcome);
        setSaveError(why);
    } else {
        m_unsaved.clear();
        m_seenJournalHead = journalId;
        setSaveError({});
    }

    m_list.apply(outcome);
    emit changed(reloaded ? listChangeAfterReload(QStringLiteral("reload"), before, outcome)
                          : listChangeFor(record.act, before, outcome));
    return {true, {}, planned.entryId};
}

MeetingSession::Result MeetingSession::undoUnsaved()
{
    // Acts that never reached the file are undone in memory only.
    const std::optional<JournalRecord> last = m_unsaved.takeUndoable();
    if (!last)
        return {false, tr("The last act cannot be undone while changes are not being saved."), 0};
    const ListBefore before = listBefore();
    const Change::Outcome outcome =
        last->change.replay(Change::Direction::Undo, m_list.entries(), meeting());
    m_list.apply(outcome);
    emit changed(listChangeFor(QStringLiteral("undo"), before, outcome));
    return {true, {}, 0};
}

MeetingSession::Result MeetingSession::replay(bool undo)
{
    if (isReadOnly())
        return refusedAsReadOnly();
    if (undo && !m_unsaved.isEmpty())
        return undoUnsaved();
    if (!m_unsaved.isEmpty())
        return {false, tr("Redo is unavailable while changes are not being saved."), 0};
    journalClockStep();

    const ListBefore before = listBefore();
    WriteTransaction transaction(*m_store);
    QString error = checkFileStillThere();
    if (!error.isEmpty() || !transaction.begin(&error)) {
        const QString why = tr("Changes are NOT being saved: %1.").arg(error);
        setSaveError(why);
        return {false, why, 0};
    }
    const bool reloaded = m_store->journalHead() != m_seenJournalHead;
    if (reloaded && !reload(&error))
        return {false, error, 0};
    // Another console's acts came in with the reload: the views must repaint those too, even
    // when this undo or redo then goes nowhere (refresh() will not see them as new any more).
    auto refused = [&](const QString &why) -> Result {
        transaction.rollback();
        if (reloaded)
            emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
        return {false, why, 0};
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
    setSaveError({});
    m_list.apply(outcome);
    emit changed(reloaded ? listChangeAfterReload(record.act, before, outcome)
                          : listChangeFor(record.act, before, outcome));
    return {true, {}, 0};
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

bool MeetingSession::refresh()
{
    if (!m_unsaved.isEmpty()) {
        // Try to catch up: the fault (a full disk, a read-only folder) may be gone now.
        QString error = checkFileStillThere();
        WriteTransaction transaction(*m_store);
        if (error.isEmpty() && transaction.begin(&error)) {
            qint64 head = 0;
            if (m_unsaved.writeTo(*m_store, &error) && (head = m_store->journalHead(&error)) > 0 &&
                transaction.commit(&error)) {
                m_unsaved.clear();
                m_seenJournalHead = head;
                setSaveError({});
            }
        }
        return false;
    }
    if (const QString gone = checkFileStillThere(); !gone.isEmpty()) {
        setSaveError(tr("Changes are NOT being saved: %1.").arg(gone));
        return false;
    }
    journalClockStep();
    const qint64 head = m_store->journalHead();
    if (head < 0 || head == m_seenJournalHead)
        return false;
    const ListBefore before = listBefore();
    QString error;
    if (!reload(&error))
        return false;
    emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
    return true;
}

void MeetingSession::watchFile(int intervalMs)
{
    m_watch.start(intervalMs);
}

bool MeetingSession::saveCopyAs(const QString &path, QString *error)
{
    // With every act saved, the copy is the file itself, journal and undo history included;
    // with acts kept in memory only, it is what is on screen, which the file lacks.
    const bool copied = m_unsaved.isEmpty()
                            ? m_store->backupTo(path, error)
                            : MeetingStore::writeSnapshot(
                                  path, meeting(), m_list.entries().values().toVector(), error);
    if (!copied)
        return false;
    auto store = MeetingStore::open(path, error);
    if (!store)
        return false;
    m_store = std::move(store);
    m_unsaved.clear();
    m_undoRedo = {}; // another file, another journal
    m_seenJournalHead = m_store->journalHead();
    setSaveError({});
    emit changed(listChangeAfterReload(QStringLiteral("reload"), listBefore()));
    return true;
}

} // namespace rostrum
