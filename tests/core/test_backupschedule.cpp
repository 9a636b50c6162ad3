// Automatic backups: a consistent copy every interval while acts happen, named by the meeting
// and the UTC instant, the newest twelve of a meeting kept, and a failure that stops nothing.
#include "filehelpers.h"
#include "session/backupschedule.h"

#include <QElapsedTimer>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QStringList fileNames(const QVector<BackupFile> &backups)
{
    QStringList out;
    for (const BackupFile &b : backups)
        out.append(QFileInfo(b.path).fileName());
    return out;
}
} // namespace

TEST_CASE("A backup is written only after an act, named by the meeting and the UTC instant",
          "[backup]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const BackupFolder folder(tm.path(name("app data/backups")));
    BackupSchedule schedule(*s, folder, BackupSchedule::kDefaultIntervalMs);
    CHECK_FALSE(schedule.backUpIfChanged()); // nothing happened yet
    CHECK_FALSE(QFileInfo::exists(folder.path()));

    inscribe(*s, name("Japan"));
    REQUIRE(schedule.backUpIfChanged());
    // 25 May 2023 14:55 in New York is 18:55 UTC.
    const QString written = folder.path() + name("/meeting-20230525-185500.rostrum");
    CHECK(fileNames(folder.list()) == names({"meeting-20230525-185500.rostrum"}));
    CHECK(permissionsOf(folder.path()) == 0700);
    CHECK(permissionsOf(written) == 0600);
    {
        QString error;
        auto copy = MeetingSession::openForReading(written, tm.clock, &error);
        REQUIRE(copy);
        CHECK(delegationsInOrder(*copy) == names({"Japan"}));
    }
    tm.clock.advance(300'000);
    CHECK_FALSE(schedule.backUpIfChanged()); // no act since
    CHECK(folder.list().size() == 1);
}

TEST_CASE("The newest twelve backups of a meeting are kept, and other meetings' are left alone",
          "[backup]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const BackupFolder folder(tm.path(name("backups")));
    REQUIRE(folder.ensureExists(nullptr));
    writeFile(folder.path() + name("/other-20230101-090000.rostrum"), "not ours to delete");
    BackupSchedule schedule(*s, folder);
    const QStringList delegations =
        names({"Japan", "Latvia", "Estonia", "France", "Malta", "Ghana", "Gabon", "Brazil", "China",
               "Ecuador", "Albania", "Mozambique", "Switzerland", "Chile"});
    for (const QString &d : delegations) {
        inscribe(*s, d);
        REQUIRE(schedule.backUpIfChanged());
        tm.clock.advance(300'000);
    }
    QStringList ours;
    for (const BackupFile &b : folder.list()) {
        if (b.meetingStem == name("meeting"))
            ours.append(QFileInfo(b.path).fileName());
    }
    REQUIRE(ours.size() == BackupSchedule::kKeptPerMeeting);
    // Fourteen written, five minutes apart from 18:55 UTC: the first two went.
    CHECK(ours.first() == name("meeting-20230525-200000.rostrum"));
    CHECK(ours.last() == name("meeting-20230525-190500.rostrum"));
    CHECK(QFileInfo::exists(folder.path() + name("/other-20230101-090000.rostrum")));
}

TEST_CASE("The schedule writes a backup at its interval once something changed", "[backup]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const BackupFolder folder(tm.path(name("backups")));
    BackupSchedule schedule(*s, folder, 20);
    QString written;
    QObject::connect(&schedule, &BackupSchedule::backedUp,
                     [&](const QString &path) { written = path; });
    inscribe(*s, name("Japan"));
    QElapsedTimer waited;
    waited.start();
    while (written.isEmpty() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    CHECK(written == folder.path() + name("/meeting-20230525-185500.rostrum"));
    CHECK_FALSE(schedule.hasChanges());
}

TEST_CASE("A backup that cannot be written says why in one line and the meeting carries on",
          "[backup]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    // A file where the folder should be: no one, not even root, can make the folder there.
    writeFile(tm.path(name("in the way")), "a file");
    const BackupFolder blocked(tm.path(name("in the way/backups")));
    BackupSchedule schedule(*s, blocked);
    QStringList warnings;
    QObject::connect(&schedule, &BackupSchedule::failed,
                     [&](const QString &why) { warnings.append(why); });
    inscribe(*s, name("Japan"));
    CHECK_FALSE(schedule.backUpIfChanged());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first() ==
          name("The automatic backup was not written: the backup folder %1 cannot be made. The "
               "meeting carries on; the next backup is tried in a few minutes.")
              .arg(blocked.path()));
    CHECK_FALSE(warnings.first().contains(QLatin1Char('\n')));
    CHECK(schedule.hasChanges()); // tried again at the next interval
    inscribe(*s, name("Latvia"));
    CHECK(delegationsInOrder(*tm.reopen()) == names({"Japan", "Latvia"}));
}

TEST_CASE("The backups folder lists backups newest first and ignores other files", "[backup]")
{
    TempMeeting tm;
    const BackupFolder folder(tm.path(name("backups")));
    REQUIRE(folder.ensureExists(nullptr));
    writeFile(folder.path() + name("/m-20230525-185500.rostrum"), QByteArray(2048, 'x'));
    writeFile(folder.path() + name("/m-20230525-190000.rostrum"), QByteArray(4096, 'x'));
    writeFile(folder.path() + name("/notes.rostrum"), "no stamp");
    writeFile(folder.path() + name("/m-20230525-190500.rostrum-wal"), "");
    const QVector<BackupFile> found = folder.list();
    CHECK(fileNames(found) == names({"m-20230525-190000.rostrum", "m-20230525-185500.rostrum"}));
    REQUIRE(found.size() == 2);
    CHECK(found[0].sizeBytes == 4096);
    CHECK(found[0].writtenUtc == QDateTime(QDate(2023, 5, 25), QTime(19, 0), QTimeZone::utc()));
    CHECK(
        BackupFolder::readOnlyReason(found[0]).startsWith(name("it is a backup of “m”, written ")));
}
