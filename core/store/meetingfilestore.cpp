#include "store/meetingfilestore.h"

#include "store/entryrows.h"
#include "store/meetingrows.h"
#include "store/openmeetingfiles.h"
#include "store/schema.h"
#include "store/sqlitehandle.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace rostrum {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

MeetingFileStore::MeetingFileStore(const QString &path, Access access, bool immutable)
    : m_path(QFileInfo(path).absoluteFilePath()),
      m_connectionName(QStringLiteral("rostrum-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_file(FileIdentity::of(m_path).value_or(FileIdentity{})),
      m_readOnly(access == Access::ReadOnly),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{
    // SQLite retries for up to five seconds while another writer holds the lock (see begin()).
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kDefaultBusyTimeoutMs);
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        m_db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                             QStringLiteral("?immutable=1"));
    } else {
        m_db.setDatabaseName(m_path);
    }
    m_db.setConnectOptions(options);
    OpenMeetingFiles::add(m_path);
}

void MeetingFileStore::readEncoding()
{
    // Rostrum makes every file in UTF-8; a file converted to UTF-16 by another tool is read
    // the plain (slower) way rather than misread.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA encoding")) && q.next())
        m_textIsUtf8 = q.value(0).toString() == QLatin1String("UTF-8");
}

void MeetingFileStore::rememberJournalIdentity()
{
    m_wal = FileIdentity::of(m_path + QStringLiteral("-wal"));
}

QString MeetingFileStore::checkIdentity() const
{
    if (!m_overwritten.isEmpty())
        return m_overwritten;
    const std::optional<FileIdentity> file = FileIdentity::of(m_path);
    if (!file)
        return tr("the meeting file %1 has been deleted or moved").arg(m_path);
    if (*file != m_file)
        return tr("the meeting file %1 has been replaced by another file").arg(m_path);
    // SQLite keeps writing to a deleted -wal through its open handle, where no other program
    // sees the acts and a crash loses them. The -wal is never replaced while we hold the file
    // open, so a change of identity means someone removed it.
    const QString wal = m_path + QStringLiteral("-wal");
    if (m_wal && FileIdentity::of(wal) != m_wal) {
        // The acts already committed are still in the old -wal: copy them into the meeting
        // file while we can still read them, so that reopening the file finds every one.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
        return tr("the journal file %1 beside the meeting file has been deleted or replaced; "
                  "the acts saved so far are safe in the meeting file. Reopen the meeting or "
                  "save a copy to carry on saving")
            .arg(wal);
    }
    if (const QString overwritten = m_mainFile.check(sqliteHandleOf(m_db));
        !overwritten.isEmpty()) {
        stopWriting(overwritten);
        return overwritten;
    }
    return {};
}

MeetingFileStore::~MeetingFileStore()
{
    m_kept.forgetAll();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    OpenMeetingFiles::remove(m_path);
}

bool MeetingFileStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    reportSqlError(error, q.lastError());
    return false;
}

std::unique_ptr<MeetingFileStore> MeetingFileStore::connect(const QString &path, Access access,
                                                            bool immutable, QString *why)
{
    std::unique_ptr<MeetingFileStore> store(new MeetingFileStore(path, access, immutable));
    // SQLite reports a full disk as a failure to read or to map its -shm file, not as "full".
    auto cannotRead = [&](const QSqlError &e) {
        const QString full = MeetingFileChecks::checkDiskFull(path);
        return tr("%1 cannot be opened: %2.")
            .arg(path, full.isEmpty() ? describeSqlError(e) : full);
    };
    if (!store->m_db.open()) {
        setError(why, cannotRead(store->m_db.lastError()));
        return nullptr;
    }
    store->distrustSchema();
    QSqlQuery q(store->m_db);
    // The header said "ours", but only the tables prove it is a meeting and not a stray file
    // (a creation cut short, a cut-down copy). This is asked with reads only, before the WAL
    // switch and the migration, which would both write to a file we then refuse.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                               "name IN ('meeting', 'entry', 'journal')")) ||
        !q.next() || q.value(0).toInt() != 3 ||
        !q.exec(QStringLiteral("SELECT count(*) FROM meeting WHERE id = 1")) || !q.next() ||
        q.value(0).toInt() != 1) {
        const QSqlError e = q.lastError();
        // An I/O failure says nothing about the file's contents: it is not called damaged.
        const int primary = e.nativeErrorCode().toInt() & 0xff;
        if (e.isValid() && (primary == 10 || primary == 13 || primary == 14))
            setError(why, cannotRead(e));
        else
            setError(why, tr("%1 is damaged: it has no meeting in it (%2).")
                              .arg(path, e.isValid() ? describeSqlError(e)
                                                     : tr("the meeting tables are missing")));
        return nullptr;
    }
    q.finish();
    if (const QString why2 = store->checkContents(); !why2.isEmpty()) {
        setError(why, tr("%1 was not opened: %2. Nothing in it was changed.").arg(path, why2));
        return nullptr;
    }
    return store;
}

std::unique_ptr<MeetingFileStore> MeetingFileStore::open(const QString &path, QString *error,
                                                         Access access)
{
    if (const QString why = MeetingFileChecks::checkHeader(path); !why.isEmpty()) {
        setError(error, why);
        return nullptr;
    }
    if (access == Access::ReadWrite) {
        if (const QString why = MeetingFileChecks::checkWritable(path); !why.isEmpty()) {
            setError(error, why);
            return nullptr;
        }
    }
    const JournalSidecars before = JournalSidecars::of(path);
    QString why;
    std::unique_ptr<MeetingFileStore> store = connect(path, access, false, &why);
    if (!store && access == Access::ReadOnly && !before.walHasContent) {
        // A reader of a WAL file needs a -shm beside it. Where none can be made (a full disk, a
        // read-only medium) and the -wal holds nothing, every act is in the file itself: it is
        // read as immutable, which needs no -shm.
        before.removeWhatOpeningMade(path);
        store = connect(path, access, true, &why);
    }
    if (!store) {
        before.removeWhatOpeningMade(path);
        setError(error, why);
        return nullptr;
    }
    QSqlQuery q(store->m_db);
    if (access == Access::ReadOnly) {
        store->readEncoding();
        store->acceptMainFile();
        return store;
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        setError(error,
                 tr("%1 cannot be opened: the journal (WAL) mode could not be switched on: %2")
                     .arg(path, describeSqlError(q.lastError())));
        return nullptr;
    }
    q.finish();
    if (!store->exec(QStringLiteral("PRAGMA synchronous = FULL"), &why) ||
        !Schema::migrate(store->m_db, &why)) {
        setError(error, tr("%1 cannot be opened: %2").arg(path, why));
        return nullptr;
    }
    store->readEncoding();
    store->checkpoint(); // what a migration or a crashed console left in the -wal
    store->acceptMainFile();
    store->rememberJournalIdentity();
    return store;
}

std::unique_ptr<MeetingFileStore> MeetingFileStore::create(const QString &path,
                                                           const Meeting &meeting, QString *error)
{
    if (path.trimmed().isEmpty()) {
        setError(error, tr("A new meeting file needs a name, such as meeting.rostrum."));
        return nullptr;
    }
    if (QFileInfo::exists(path)) {
        setError(error, tr("%1 already exists. Rostrum never overwrites a meeting file; choose "
                           "another name.")
                            .arg(path));
        return nullptr;
    }
    {
        // It holds personal names: readable by its owner only from the moment it exists, never
        // briefly by everyone. SQLite gives its -wal and -shm files the same mode.
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
            setError(error, tr("%1 cannot be created: %2.").arg(path, file.errorString()));
            return nullptr;
        }
        // The umask can only have taken bits away; these are exactly the ones it needs.
        file.setPermissions(ownerOnly);
    }
    auto removePartial = [&] {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    };
    std::unique_ptr<MeetingFileStore> store(new MeetingFileStore(path));
    QString why;
    // The application id goes into the file's own header before WAL mode starts, so even a
    // file whose later writes are still in its WAL after a crash is recognised as a meeting.
    bool ok = store->m_db.open() && (store->distrustSchema(), true) &&
              store->exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId),
                          &why) &&
              store->exec(QStringLiteral("PRAGMA journal_mode = WAL"), &why) &&
              store->exec(QStringLiteral("PRAGMA synchronous = FULL"), &why) &&
              Schema::migrate(store->m_db, &why);
    if (ok) {
        QSqlQuery q(store->m_db);
        q.prepare(MeetingRows::insertSql());
        MeetingRows::bind(q, meeting);
        ok = q.exec();
        if (!ok)
            why = describeSqlError(q.lastError());
    }
    if (!ok) {
        if (why.isEmpty())
            why = describeSqlError(store->m_db.lastError());
        store.reset();
        removePartial();
        setError(error, tr("%1 cannot be created: %2").arg(path, why));
        return nullptr;
    }
    // A new meeting is whole in the main file from the start: a copy of that one file, the
    // file users see, is a meeting and not an empty shell whose tables are still in the -wal.
    store->checkpoint();
    store->acceptMainFile();
    store->rememberJournalIdentity();
    return store;
}

bool MeetingFileStore::load(Meeting *meeting, QVector<Entry> *entries, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(MeetingRows::selectSql()) || !q.next()) {
        setError(error, tr("The meeting cannot be read: %1").arg(describeSqlError(q.lastError())));
        return false;
    }
    *meeting = MeetingRows::fromRow(q);
    q.finish();

    entries->clear();
    if (!(m_textIsUtf8 ? q.exec(EntryRows::selectSql(true))
                       : q.exec(EntryRows::selectSql(false)))) {
        setError(error, tr("The list cannot be read: %1").arg(describeSqlError(q.lastError())));
        return false;
    }
    while (q.next())
        entries->append(EntryRows::fromRow(q));
    if (q.lastError().isValid()) {
        setError(error, tr("The list cannot be read: %1").arg(describeSqlError(q.lastError())));
        return false;
    }
    return true;
}

bool MeetingFileStore::begin(QString *error)
{
    if (m_readOnly) {
        setError(error, tr("%1 was opened for reading only").arg(m_path));
        return false;
    }
    if (!m_overwritten.isEmpty()) {
        setError(error, m_overwritten);
        return false;
    }
    // IMMEDIATE takes the write lock now, so the state read next is the state written over;
    // the busy timeout makes SQLite retry while another writer holds the lock.
    m_lockedByAnother = false;
    QSqlQuery *q = m_kept.prepared(QStringLiteral("BEGIN IMMEDIATE"), error);
    if (q && runBound(*q, error))
        return true;
    if (q) {
        const int primary = q->lastError().nativeErrorCode().toInt() & 0xff;
        m_lockedByAnother = primary == 5 || primary == 6; // SQLITE_BUSY, SQLITE_LOCKED
    }
    m_kept.forgetAll(); // see rollback()
    return false;
}

bool MeetingFileStore::commit(QString *error)
{
    QSqlQuery *q = m_kept.prepared(QStringLiteral("COMMIT"), error);
    if (q && runBound(*q, error))
        return true;
    rollback();
    return false;
}

void MeetingFileStore::rollback()
{
    // Every act that fails ends here (or in a failed begin), so the next act prepares its
    // statements afresh (see KeptStatements::forgetAll()).
    m_kept.forgetAll();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool MeetingFileStore::write(const Change::Outcome &outcome, QString *error)
{
    if (!outcome.deletions.isEmpty()) {
        QSqlQuery *q = m_kept.prepared(QStringLiteral("DELETE FROM entry WHERE id = ?"), error);
        if (!q)
            return false;
        for (const qint64 id : outcome.deletions) {
            q->addBindValue(id);
            if (!runBound(*q, error))
                return false;
        }
    }
    if (!outcome.upserts.isEmpty()) {
        QSqlQuery *q = m_kept.prepared(EntryRows::upsertSql(), error);
        if (!q)
            return false;
        for (const Entry &e : outcome.upserts) {
            EntryRows::bind(*q, e);
            if (!runBound(*q, error))
                return false;
        }
    }
    if (outcome.meeting) {
        QSqlQuery *q = m_kept.prepared(MeetingRows::updateSql(), error);
        if (!q)
            return false;
        MeetingRows::bind(*q, *outcome.meeting);
        if (!runBound(*q, error))
            return false;
    }
    return true;
}

qint64 MeetingFileStore::nextEntryId(qint64 highestKnown)
{
    qint64 highest = highestKnown;
    // AUTOINCREMENT's counter remembers removed rows too, so an id is never handed out twice
    // and an undone removal can always come back under its own id.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'entry'")) && q.next())
        highest = std::max(highest, q.value(0).toLongLong());
    return highest + 1;
}

} // namespace rostrum
