#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace rostrum {

// What is asked of a meeting file before SQLite opens it. Each check says why not, or is empty
// when the file passes.
class MeetingFileChecks final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::MeetingFileChecks)

public:
    MeetingFileChecks() = delete;

    // Reads the 100-byte SQLite header without opening the database, so a file that is not ours
    // is refused before SQLite could touch it.
    static QString checkHeader(const QString &path);
    // The file and its folder: SQLite keeps its -wal and -shm files beside the meeting.
    static QString checkWritable(const QString &path);
    // Says so when the disk that holds the file has no room left; empty otherwise. SQLite
    // reports a full disk as a bare "disk I/O error" when it cannot make its -shm file.
    static QString checkDiskFull(const QString &path);
};

// The -wal and -shm files beside a meeting as they were before this process opened it, so that
// an open that fails takes away only what it made (an empty -wal, a -shm of a few bytes) and
// never what another process may be using.
struct JournalSidecars
{
    bool hadWal = false;
    bool hadShm = false;
    bool walHasContent = false; // acts that are in the -wal and not yet in the file

    static JournalSidecars of(const QString &path);
    void removeWhatOpeningMade(const QString &path) const;
};

// Which file a path names (its device and inode), so that a file deleted or replaced under an
// open database can be told from the one we opened.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    // Empty when there is no file at the path.
    static std::optional<FileIdentity> of(const QString &path);
    bool operator==(const FileIdentity &other) const = default;
};

} // namespace rostrum
