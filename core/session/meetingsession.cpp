#include "session/meetingsession.h"

#include "list/listinvariants.h"
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
    // A server announces another console's act at once; a file is looked at by the timer.
    m_store->setChangeCallback([this] { refresh(); });
    // The main file, not only its -wal, holds every act a moment after the last one: it is the
    // one file users copy, and the one a crash leaves behind.
    m_checkpoint.setSingleShot(true);
    m_checkpoint.setInterval(kCheckpointDelayMs);
    connect(&m_checkpoint, &QTimer::timeout, this, [this] { checkpointNow(); });
}

MeetingSession::~MeetingSession()
{
    if (m_seated)
        m_store->seats().leave();
    if (!isReadOnly())
        checkpointNow();
}

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
    std::unique_ptr<MeetingSession> session =
        fromStore(MeetingStore::open(path, error), clock, actor, error);
    if (!session)
        return nullptr;
    // A server's viewer opens the meeting as it is, but may not act on it.
    if (session->isReadOnly())
        session->m_readOnlyReason =
            readOnlyReasonAtOpen(path, {}, session->m_store->readOnlyReason());
    // Rows written by hand or by another tool can break what every act relies on (two speakers
    // at the rostrum, one place twice). Acts on them would compound the damage: the meeting
    // can be looked at and copied, not run.
    // Not the checks against the time: a computer whose clock is behind the file's is a
    // warning of its own (truetime.cpp), not a broken list.
    const QStringList broken = listInvariantViolations(session->m_list, std::nullopt);
    if (broken.isEmpty())
        return session;
    session.reset();
    return openForReading(
        path, clock, error,
        tr("its list breaks the rules of a speakers list: %1").arg(broken.first()), actor);
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
    return RunningOrder::project(meeting(), m_list.waiting(), m_list.current(), now(),
                                 m_list.interrupted());
}

SpeechReading MeetingSession::currentReading() const
{
    const Entry *cur = m_list.current();
    return cur ? SpeechClock::read(*cur, now(), meeting().warningSeconds) : SpeechReading{};
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

bool MeetingSession::beginWrite(WriteTransaction &transaction, QString *error, bool *reloaded)
{
    *reloaded = false;
    if (QString gone = checkFileStillThere(); !gone.isEmpty()) {
        *error = gone;
        return false;
    }
    m_waitingForLock = false;
    if (!transaction.begin(error)) {
        m_waitingForLock = m_store->lockedByAnother();
        return false;
    }
    // Another process may have acted since we last looked: plan on what is there now.
    const qint64 head = m_store->journalHead(error);
    if (head < 0)
        return false;
    if (head != m_seenJournalHead) {
        if (!reload(error))
            return false;
        *reloaded = true;
    }
    return true;
}

JournalRecord MeetingSession::recordOf(const ActPlan &planned, qint64 now) const
{
    JournalRecord record;
    record.atMs = now;
    record.actor = m_actor;
    record.act = planned.change->act;
    record.summary = planned.change->summary;
    record.undoable = planned.change->undoable;
    record.change = *planned.change;
    return record;
}

MeetingSession::Result MeetingSession::perform(const Planner &plan, const Planner &keepAs)
{
    if (isReadOnly())
        return refusedAsReadOnly();
    journalClockStep();
    // Acts kept in memory go first, planned again on the newest state; a speaker one of them
    // inscribed may have moved to another id, which this act must follow.
    QHash<qint64, qint64> renamed;
    if (!m_unsaved.isEmpty())
        flushKept(&renamed);

    const ListBefore before = listBefore();
    if (std::optional<Result> done = performAtOnce(plan, keepAs, before, &renamed))
        return *done;
    WriteTransaction transaction(*m_store);
    QString error;
    bool reloaded = false;
    // While earlier acts wait in memory, this one waits behind them: written alone it would
    // reach the file before them.
    const bool writing = m_unsaved.isEmpty() && beginWrite(transaction, &error, &reloaded);
    if (!writing && transaction.isOpen())
        return {false, error, 0, {}}; // the lock was taken but the file could not be read

    // Nothing is written; the views still repaint what the reload brought in.
    auto refused = [&](const QString &why) -> Result {
        transaction.rollback();
        if (reloaded)
            emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
        return {false, why, 0, {}};
    };
    const qint64 now = this->now();
    const ActContext context{now, m_store->nextEntryId(m_list.highestId()), &renamed};
    const ActPlan planned = plan(m_list, context);
    if (!planned.ok())
        return refused(planned.error);

    const JournalRecord record = recordOf(planned, now);
    const Change::Outcome outcome =
        planned.change->replay(Change::Direction::Redo, m_list.entries(), meeting());
    if (const QString clash = m_list.secondSpeakerAfter(outcome); !clash.isEmpty())
        return refused(clash);

    qint64 journalId = 0;
    const bool written = writing && m_store->write(outcome, &error) &&
                         (journalId = m_store->appendJournal(record, &error)) > 0;
    const bool saved = written && transaction.commit(&error);
    if (!saved) {
        transaction.rollback();
        // The server refused the act for this user's role: kept in memory it would wait, and
        // hold back every later act, for ever.
        if (writing && m_store->refusedByRole()) {
            if (reloaded)
                emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
            return {false, tr("Not done: %1.").arg(error), 0, {}};
        }
        if (!m_keepWorking) {
            const QString why = notSavedMessage(error);
            setSaveError(why);
            return {false, why, 0, {}};
        }
        m_unsaved.keep(
            {keepAs ? keepAs : plan, record, outcome, UnsavedActs::createdBy(outcome, m_list)});
        if (written)
            m_keptInDoubt = 1; // its commit failed: the server may have made it all the same
        // Behind earlier kept acts nothing was tried: the reason they wait still stands.
        if (writing || !error.isEmpty() || !saveFailed())
            setSaveError(notSavedMessage(error));
        else
            emit saveStateChanged(); // one more act kept
    } else {
        m_seenJournalHead = journalId;
        setSaveError({});
        checkpointSoon();
    }

    m_list.apply(outcome);
    emit changed(reloaded ? listChangeAfterReload(QStringLiteral("reload"), before, outcome)
                          : listChangeFor(record.act, before, outcome));
    return {true, {}, planned.entryId, record.summary};
}

} // namespace rostrum
