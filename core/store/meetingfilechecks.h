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
