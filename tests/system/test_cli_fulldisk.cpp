// A meeting on a disk that is really full: a small tmpfs of its own, filled to the last byte.
// Reading needs no free space, writing says the disk is full, and nothing is left behind.
#include "clirunner.h"
#include "tempmeeting.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/mount.h>
#include <unistd.h>

using namespace rostrum::systemtest;

namespace {
// A 256 KiB tmpfs, unmounted when the test ends. Mounting needs root, which CI has.
class SmallDisk final
{
public:
    SmallDisk()
    {
        const QByteArray where = QFile::encodeName(m_dir.path());
        m_mounted = ::mount("tmpfs", where.constData(), "tmpfs", 0, "size=256k,mode=0700") == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes until the disk refuses: the filler takes every free byte.
    void fill() const
    {
        QFile filler(path(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
    }
    void makeRoom() const { QFile::remove(path(QStringLiteral("filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
} // namespace

TEST_CASE("on a full disk the meeting is read, and a write says the disk is full",
          "[cli][faults][fulldisk]")
{
    if (::geteuid() != 0) {
        WARN("needs root to mount a small tmpfs: not run");
        return;
    }
    SmallDisk disk;
    REQUIRE(disk.mounted());
    const QString file = disk.path(QStringLiteral("m.rostrum"));
    newMeeting(file);
    for (const char *d : {"France", "Ghana", "Japan"})
        runCliOk(
            {QStringLiteral("add"), file, QStringLiteral("--delegation"), QString::fromUtf8(d)});
    const QStringList before = QDir(disk.path(QString())).entryList(QDir::Files);
    disk.fill();
    const QByteArray bytes = fileBytes(file);

    // Reading: status, list, the journal and an export to another disk all work.
    const CliRun status = runCli(
        {QStringLiteral("status"), file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(status.describe().toStdString());
    REQUIRE(status.ok());
    CHECK(QJsonDocument::fromJson(status.out.toUtf8())[QStringLiteral("remaining_speakers")]
              .toInt() == 3);
    const CliRun list = runCli({QStringLiteral("list"), file});
    INFO(list.describe().toStdString());
    REQUIRE(list.ok());
    CHECK(list.out.contains(QStringLiteral("Ghana")));
    CHECK(runCli({QStringLiteral("journal"), file}).ok());
    rostrum::testing::TempMeeting elsewhere;
    const QString csv = elsewhere.path(QStringLiteral("list.csv"));
    CHECK(runCli({QStringLiteral("export"), file, QStringLiteral("--csv"), csv}).ok());
    CHECK(QString::fromUtf8(fileBytes(csv)).contains(QStringLiteral("Japan")));

    // Writing: one line that says the disk is full, not that the file is damaged.
    const CliRun add = runCli(
        {QStringLiteral("add"), file, QStringLiteral("--delegation"), QStringLiteral("Peru")});
    INFO(add.describe().toStdString());
    CHECK(add.exitCode == 1);
    CHECK(add.errLines().size() == 1);
    CHECK(add.err.contains(QStringLiteral("is full")));
    CHECK_FALSE(add.err.contains(QStringLiteral("damaged")));

    // Nothing was changed, and no -shm or -wal of a few bytes was left beside the meeting.
    CHECK(fileBytes(file) == bytes);
    QStringList after = QDir(disk.path(QString())).entryList(QDir::Files);
    after.removeAll(QStringLiteral("filler"));
    CHECK(after == before);

    // With room again, the same act goes through.
    disk.makeRoom();
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"), QStringLiteral("Peru")});
    CHECK(runCliOk({QStringLiteral("list"), file}).out.contains(QStringLiteral("Peru")));
}
