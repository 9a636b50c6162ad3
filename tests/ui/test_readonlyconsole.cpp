// A meeting file that cannot be written opens in the console for reading, with a banner that
// says so and why; every act is refused in one line and the list stays as it was.
#include "../core/filehelpers.h"
#include "chairwindow.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "savebanner.h"
#include "session/backupfolder.h"
#include "translated.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
void showActive(ChairWindow &window)
{
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}
} // namespace

TEST_CASE("A read-only meeting file opens read only, says why, and refuses every act",
          "[ui][chair][readonly]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    {
        auto s = temp.createDemo();
        REQUIRE(s->start().ok);
    }
    const QString path = temp.path();
    ReadOnly guard({path, QFileInfo(path).absolutePath()});
    REQUIRE_READ_ONLY_POSSIBLE(guard);
    const FileState before = stateOf(path);

    ChairWindow window(temp.clock);
    QString error;
    REQUIRE(window.openMeeting(path, &error));
    showActive(window);
    MeetingSession *session = window.session();
    REQUIRE(session->isReadOnly());
    const QVector<qint64> order = session->list().waitingIds();
    const qint64 speaking = session->list().current()->id;

    SaveBanner *banner = window.console()->saveBanner();
    REQUIRE(banner->isVisible());
    const QString why = translated("ReadOnlyMeeting", "%1 is read-only").arg(path);
    const QString readOnly = translated("SaveBanner", "This meeting is open read only: %1. Save a "
                                                      "copy as… to carry on with it.")
                                 .arg(why);
    CHECK(banner->text() == readOnly);
    CHECK(window.saveStatusText() == saveStatus("Read only — %1", path));

    window.console()->orderView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
    const QString refusal =
        translated("MeetingSession", "Not done: this meeting is open read only "
                                     "(%1). Save a copy as… to carry on with it.")
            .arg(why);
    CHECK(window.statusBar()->currentMessage() == refusal);
    CHECK(session->list().current()->id == speaking);
    CHECK(session->list().waitingIds() == order);

    // Inscribing is refused in place, and the name typed stays for the copy.
    InscriptionLine *line = window.console()->inscriptionLine();
    line->delegationEdit()->setText(QStringLiteral("Latvia"));
    line->submit();
    CHECK(line->message()->text() == refusal);
    CHECK(line->delegationEdit()->text() == QStringLiteral("Latvia"));
    CHECK(session->list().waitingIds() == order);

    // The clock still reads: the speaker called at the start has spoken 40 s more.
    const qint64 remaining = session->currentReading().remainingMs;
    temp.clock.advance(40'000);
    CHECK(session->currentReading().remainingMs == remaining - 40'000);
    CHECK_FALSE(session->saveFailed());
    CHECK(banner->text() == readOnly);

    window.close();
    guard.release();
    CHECK(stateOf(path).bytes == before.bytes);
}

TEST_CASE("A backup opens read only with a banner that says it is a backup",
          "[ui][chair][readonly][backup]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    const BackupFolder folder(temp.path(QStringLiteral("backups")));
    REQUIRE(folder.ensureExists(nullptr));
    const QString backup = folder.path() + QStringLiteral("/meeting-20230525-185500.rostrum");
    {
        auto s = temp.createDemo();
        QString error;
        REQUIRE(s->backupTo(backup, &error));
    }
    ChairWindow window(temp.clock);
    const BackupFile described = BackupFolder::describe(backup);
    REQUIRE(window.openMeetingForReading(backup, BackupFolder::readOnlyReason(described)));
    showActive(window);
    const QString written = QDateTime(QDate(2023, 5, 25), QTime(18, 55), QTimeZone::utc())
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    CHECK(window.console()->saveBanner()->text() ==
          translated("SaveBanner", "This meeting is open read only: %1. Save a copy as… to carry "
                                   "on with it.")
              .arg(translated("BackupFolder", "it is a backup of “%1”, written %2")
                       .arg(QStringLiteral("meeting"), written)));
    CHECK_FALSE(window.session()->start().ok);
    CHECK(window.session()->list().current() == nullptr);
}
