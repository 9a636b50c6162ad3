// MeetingSession and its file: whether it is still the one we opened, what other processes did
// to it, the acts kept in memory while it cannot be written, and the copies.
#include "session/meetingsession.h"
#include "session/writetransaction.h"
#include "store/meetingfilestore.h"

#include <QFileInfo>
#include <utility>

namespace rostrum {

QString MeetingSession::checkFileStillThere() const
{
    if (QString gone = m_store->checkStillUsable(); !gone.isEmpty())
        return gone;
    if (m_store->isOnServer())
        return {};
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

QString MeetingSession::notSavedMessage(const QString &error) const
{
    // The lock is the whole story; SQLite's own words ("database is locked") add nothing.
    if (m_waitingForLock && m_keepWorking)
        return tr("Waiting for another program that holds the meeting file: the acts are kept "
                  "in memory and will be saved as soon as it lets go.");
    return tr("Changes are NOT being saved: %1.").arg(error);
}

bool MeetingSession::flushKept(QHash<qint64, qint64> *renamed)
{
    if (!settleCommitInDoubt())
        return false;
    if (m_unsaved.isEmpty())
        return true;
    const ListBefore before = listBefore();
    WriteTransaction transaction(*m_store);
    QString error;
    bool reloaded = false;
    const bool writing = beginWrite(transaction, &error, &reloaded);
    if (!writing) {
        transaction.rollback();
        // The file cannot be written, but it can often be read (another program holds the
        // lock; the disk is full): what other writers did since is shown, with the kept acts
        // planned again on top, rather than a list the file has left behind.
        const qint64 head = m_store->journalHead();
        if (head >= 0 && head != m_seenJournalHead && reload(nullptr)) {
            const UnsavedActs::Replanned replanned = m_unsaved.replanOn(
                m_list, [this](const SpeakersList &l) { return nextFreeId(l); }, nullptr);
            announceReplanned(replanned, before, renamed);
        }
        if (!error.isEmpty())
            setSaveError(notSavedMessage(error));
        return false;
    }
    auto write = [this](const JournalRecord &record, const Change::Outcome &outcome, QString *why) {
        return m_store->write(outcome, why) && m_store->appendJournal(record, why) > 0;
    };
    if (!reloaded) {
        // No one acted since the kept acts were planned: the file is the very state they were
        // worked out on, so they are written as they are, and the list on screen is already
        // right (no reload, no repaint of every row while the chair waits).
        QString why;
        qint64 head = 0;
        const bool written =
            m_unsaved.writeAsPlanned(write, &why) && (head = m_store->journalHead(&why)) > 0;
        if (written && transaction.commit(&why)) {
            m_unsaved.clear();
            m_seenJournalHead = head;
            setSaveError({});
            checkpointSoon();
            return true;
        }
        transaction.rollback();
        m_keptInDoubt = written ? m_unsaved.size() : 0; // all of them, or none, were made
        setSaveError(notSavedMessage(why));
        return false;
    }
    // Another writer acted: every kept act is planned again on its rows.
    UnsavedActs::Replanned replanned = m_unsaved.replanOn(
        m_list, [this](const SpeakersList &l) { return nextFreeId(l); }, write);
    qint64 head = 0;
    const bool written = replanned.written && (head = m_store->journalHead(&replanned.error)) > 0;
    if (written && transaction.commit(&replanned.error)) {
        m_unsaved.clear();
        m_seenJournalHead = head;
        setSaveError({});
        checkpointSoon();
    } else {
        transaction.rollback();
        m_keptInDoubt = written ? m_unsaved.size() : 0;
        // Not one of them reached the file (unless the commit is in doubt); the list is the
        // file's newest rows and the kept acts planned on them, as it should be while they wait.
        setSaveError(notSavedMessage(replanned.error));
    }
    announceReplanned(replanned, before, renamed);
    return m_unsaved.isEmpty();
}

bool MeetingSession::settleCommitInDoubt()
{
    if (m_keptInDoubt == 0)
        return true;
    switch (m_store->resolveCommitInDoubt()) {
    case MeetingStore::CommitInDoubt::NotKnownYet:
        return false; // the reason on screen still stands: the server is away
    case MeetingStore::CommitInDoubt::Made:
        // Already written: the list on screen has them, so they are only no longer kept.
        // Whatever came with them or after is read when the rest are written, or below.
        m_unsaved.forgetFirst(std::exchange(m_keptInDoubt, 0));
        if (m_unsaved.isEmpty()) {
            const ListBefore before = listBefore();
            QString error;
            if (!reload(&error)) {
                setSaveError(notSavedMessage(error));
                return true; // nothing is kept: the next look reads the server again
            }
            setSaveError({});
            emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
        }
        return true;
    case MeetingStore::CommitInDoubt::None:
    case MeetingStore::CommitInDoubt::NotMade:
        break;
    }
    m_keptInDoubt = 0; // not made: written again, planned on the newest state
    return true;
}

qint64 MeetingSession::nextFreeId(const SpeakersList &list)
{
    return m_store->nextEntryId(list.highestId());
}

void MeetingSession::announceReplanned(const UnsavedActs::Replanned &replanned,
                                       const ListBefore &before, QHash<qint64, qint64> *renamed)
{
    if (renamed)
        *renamed = replanned.renamed;
    emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
    for (const QString &dropped : replanned.dropped)
        emit keptActDropped(dropped);
}

void MeetingSession::checkpointSoon()
{
    // Never put off by the next act: in a burst of acts the file still catches up within the
    // delay of the first.
    if (!m_checkpoint.isActive())
        m_checkpoint.start();
}

void MeetingSession::checkpointNow()
{
    m_checkpoint.stop();
    // PASSIVE never waits: it copies what no reader still needs, and the timer tries again for
    // the rest, so a console polling the file never holds the chair's console up.
    if (m_store->checkpoint() == MeetingStore::Checkpoint::Partial)
        m_checkpoint.start();
}

bool MeetingSession::refresh()
{
    if (!m_unsaved.isEmpty()) {
        // Try to catch up: the fault (a full disk, a lock, a read-only folder) may be gone now.
        flushKept();
        return false;
    }
    if (const QString gone = checkFileStillThere(); !gone.isEmpty()) {
        setSaveError(tr("Changes are NOT being saved: %1.").arg(gone));
        m_stoppedByWhereItLives = true;
        return false;
    }
    // Back (a server reconnected, a file made writable again) with nothing waiting to be
    // written: saving works again, and the screen says so.
    if (m_stoppedByWhereItLives) {
        m_stoppedByWhereItLives = false;
        setSaveError({});
    }
    if (m_referenceSyncedAtMono &&
        m_time.clock().monotonicMs() - *m_referenceSyncedAtMono >= kReferenceClockEveryMs)
        followReferenceClock();
    journalClockStep();
    refreshSeat();
    // A server says when another console has acted: nothing is read until it does.
    if (!m_store->mayHaveChanged())
        return false;
    const qint64 head = m_store->journalHead();
    if (head < 0 || head == m_seenJournalHead)
        return false;
    const ListBefore before = listBefore();
    QString error;
    if (!reload(&error))
        return false;
    // Another writer's act: its process may close without copying it into the main file.
    if (!isReadOnly())
        checkpointSoon();
    emit changed(listChangeAfterReload(QStringLiteral("reload"), before));
    return true;
}

void MeetingSession::setKeepWorkingWhenSaveFails(bool keep)
{
    m_keepWorking = keep;
    // Keeping acts in memory is what lets the console stop waiting on a lock: a few
    // milliseconds, then the act waits in memory and the watch timer tries again. The command
    // line has no clock to keep ticking, and waits the full five seconds instead.
    m_store->setBusyTimeout(keep ? kConsoleLockWaitMs : MeetingStore::kDefaultBusyTimeoutMs);
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
                            : MeetingFileStore::writeSnapshot(
                                  path, meeting(), m_list.entries().values().toVector(), error);
    if (!copied)
        return false;
    auto store = MeetingStore::open(path, error);
    if (!store)
        return false;
    // The seat goes with the console: the old file no longer has it open (the console takes
    // one in the copy).
    if (m_seated)
        m_store->seats().leave();
    m_seated = false;
    m_store = std::move(store);
    setKeepWorkingWhenSaveFails(m_keepWorking);
    m_unsaved.clear();
    m_keptInDoubt = 0;
    m_undoRedo = {}; // another file, another journal
    m_seenJournalHead = m_store->journalHead();
    setSaveError({});
    emit changed(listChangeAfterReload(QStringLiteral("reload"), listBefore()));
    return true;
}

} // namespace rostrum
