// libFuzzer target for opening a meeting file: arbitrary bytes must be refused with a reason or
// opened and read; never a crash, a hang, or a meeting that cannot be shown. Built by
// scripts/fuzz. Inputs are written to a real file because SQLite, the WAL and the header
// checks all work on files.

#include "meetingopen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {
// Both live until the process ends and are never destroyed: at exit, after libFuzzer's run,
// Qt's own globals may already be gone.
QCoreApplication *app = nullptr;
QTemporaryDir *folder = nullptr;

// Refusals print warnings by the thousand; they would drown libFuzzer's own report.
void quietUnlessFatal(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL driver is a plugin, found and loaded through the application object.
    app = new QCoreApplication(*argc, *argv);
    qInstallMessageHandler(quietUnlessFatal);
    // Memory-backed when it can be: every input is a file written, opened and deleted.
    const QString shm = QStringLiteral("/dev/shm");
    folder = new QTemporaryDir(
        (QDir(shm).exists() && QFileInfo(shm).isWritable() ? shm : QDir::tempPath()) +
        QStringLiteral("/rostrum-fuzz-XXXXXX"));
    if (!folder->isValid()) {
        std::fprintf(stderr, "meeting_fuzzer: no temporary folder\n");
        std::abort();
    }
    // Each input's files are gone after it; the empty folder goes at exit, without Qt.
    static const std::string path = QFile::encodeName(folder->path()).toStdString();
    std::atexit([] { ::rmdir(path.c_str()); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::string violation = rostrum::fuzzing::meetingOpenViolation(bytes, folder->path());
    if (!violation.empty()) {
        // A broken promise is a finding like a crash: libFuzzer saves the input on abort.
        std::fprintf(stderr, "meeting file invariant broken: %s\n", violation.c_str());
        std::abort();
    }
    return 0;
}
