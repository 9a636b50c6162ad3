#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace rostrum {

// Exports are written whole or not at all: through QSaveFile, committed only after the last
// byte, so a full disk or a missing folder never leaves half a document behind.
namespace SaveFile {
// Writes bytes to path; on failure *error reads "Cannot write /path: the disk is full".
bool write(const QString &path, const QByteArray &bytes, QString *error);
// For writers that stream into the device themselves (a PDF). open() says why it failed;
// commit() must follow a complete write and reports a failure the same way.
bool open(QSaveFile &file, QString *error);
bool commit(QSaveFile &file, QString *error);
// Why a document may not be written at path, or empty: no document ever replaces a meeting file,
// any other SQLite database, or a meeting's -wal, -shm or -journal file (open() asks this first).
QString refusalToReplace(const QString &path);
// The message for a file that could not be written, naming the path and the reason.
QString failure(const QSaveFile &file);
} // namespace SaveFile

} // namespace rostrum
