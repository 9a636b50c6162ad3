#pragma once

#include "store/keptstatements.h"
#include "store/mainfilewatch.h"
#include "store/meetingfilechecks.h"
#include "store/meetingstore.h"
#include "store/sqliteerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace rostrum {

// The meeting file: one SQLite database in WAL mode with synchronous=FULL. Every act is one
// BEGIN IMMEDIATE transaction. Files that are not ours, or are newer than this build, are
// refused before anything is written to them.
class MeetingFileStore final : public MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::MeetingFileStore)

public:
    ~MeetingFileStore() override;

    static std::unique_ptr<MeetingFileStore> open(const QString &path, QString *error,
                                                  Access access = Access::ReadWrite);
    // Refuses to overwrite an existing file. The file is created readable by its owner only,
    // because it holds personal names.
    static std::unique_ptr<MeetingFileStore> create(const QString &path, const Meeting &meeting,
                                                    QString *error);

    QString path() const override { return m_path; }
    bool isOnServer() const override { return false; }
    bool isReadOnly() const override { return m_readOnly; }
    // Empty while the file we opened is still the one at our path; otherwise why not. A file
    // deleted or replaced under an open database would swallow every later write unseen.
    QString checkIdentity() const;
    QString checkStillUsable() const override { return checkIdentity(); }
    bool load(Meeting *meeting, QVector<Entry> *entries, QString *error) override;

    bool begin(QString *error) override;
    bool lockedByAnother() const override { return m_lockedByAnother; }
    void setBusyTimeout(int ms) override;
    // PASSIVE: copies without waiting for anyone, so Partial while a reader still needs older
    // pages.
    Checkpoint checkpoint() override;
    bool commit(QString *error) override;
    void rollback() override;
    bool write(const Change::Outcome &outcome, QString *error) override;

    // The session's timer looks at the journal's head: nothing announces another's commit.
    bool mayHaveChanged() override { return true; }
    void setChangeCallback(std::function<void()>) override {}

    JournalTable &journalTable() override { return m_journal; }
    ConsoleSeats &seats() override { return m_seats; }
    WebLinks &webLinks() override { return m_webLinks; }
    QString identity() const override { return m_uid; }
    qint64 nextEntryId(qint64 highestKnown) override;

    // SQLite's VACUUM INTO.
    bool backupTo(const QString &path, QString *error) override;
    // A new identity for a copy just made, so that it is a file of its own; empty when done.
    static QString giveOwnIdentity(const QString &path);
    // Copies the current contents to a new file, as one consistent snapshot.
    static bool writeSnapshot(const QString &path, const Meeting &meeting,
                              const QVector<Entry> &entries, QString *error);
    // The connection, for copying a meeting's rows to and from a server (ServerCopy).
    QSqlDatabase &database() { return m_db; }

private:
    // The connection every store sets up the same way, not opened yet. An immutable reader
    // (SQLite's immutable=1) needs no -shm file at all: only for a file whose -wal holds nothing.
    explicit MeetingFileStore(const QString &path, Access access = Access::ReadWrite,
                              bool immutable = false);
    // Opens the connection and proves the file holds a meeting; null, with why, when not.
    static std::unique_ptr<MeetingFileStore> connect(const QString &path, Access access,
                                                     bool immutable, QString *why);
    bool exec(const QString &sql, QString *error);
    // SQL functions with side effects never run from the file's own schema (a view, a trigger,
    // a default): the file is data (SQLite's trusted_schema).
    void distrustSchema();
    // Empty when the file holds exactly the schema of its version and passes SQLite's quick
    // integrity check; otherwise what is wrong (meetingintegrity.cpp).
    QString checkContents();
    void readEncoding();
    // Notes which -wal file is ours, once SQLite has made it, for checkIdentity().
    void rememberJournalIdentity();
    // The meeting's identity (version 3) and what the main file now holds, for m_mainFile.
    void acceptMainFile();
    // Once the file was overwritten in place: no write, and no checkpoint when the connection
    // closes either, which would copy this meeting's -wal into the other file's pages.
    void stopWriting(const QString &why) const;

    QString m_path;
    QString m_connectionName;
    FileIdentity m_file; // zero when there was no file to look at
    // Looked at from checkIdentity(), which is const for its callers: what it updates is what
    // it has seen of the file, not the meeting.
    mutable MainFileWatch m_mainFile{m_path};
    mutable QString m_overwritten;     // why nothing more is written, once the file was overwritten
    std::optional<FileIdentity> m_wal; // empty when SQLite had made none
    bool m_readOnly = false;
    bool m_lockedByAnother = false;
    QString m_uid; // the meeting's identity, empty in a file of version 2 opened for reading
    bool m_textIsUtf8 = true; // PRAGMA encoding: whether EntryRows may read text as UTF-8 bytes
    QSqlDatabase m_db;
    KeptStatements m_kept{m_db}; // emptied before m_db closes
    JournalTable m_journal{m_db, m_kept};
    ConsoleSeats m_seats{m_db};
    WebLinks m_webLinks{m_db};
};

} // namespace rostrum
