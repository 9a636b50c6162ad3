#pragma once

#include <QString>

namespace rostrum {

// The meeting files this process has open through SQLite. Nothing else in the process may
// open one of them, or its -wal or -shm, while it is open: SQLite's POSIX locks belong to the
// process, and the close() of any other descriptor of the file drops them all (SQLite's "How
// To Corrupt An SQLite Database File", 2.2), after which another process can delete the
// journal under this one. Files are told apart by device and inode, so a symbolic or hard link
// to an open meeting is recognised too.
namespace OpenMeetingFiles {

// Counted: the same file may be open in two stores at once.
void add(const QString &meetingPath);
void remove(const QString &meetingPath);

// The path names a meeting file that is open in this process.
bool isOpenMeeting(const QString &path);
// The path names an open meeting file, or the -wal or -shm beside one.
bool belongsToOpenMeeting(const QString &path);

} // namespace OpenMeetingFiles

} // namespace rostrum
