// Every file dialog of the console over the meeting's own folder, cancelled: the console keeps
// its locks on the meeting file, so a second process that reads the meeting (rostrum-cli
// status) leaves the -wal and -shm alone, and the chair's next act is saved. Qt's dialog used
// to read each listed file to guess its type; closing that descriptor of the meeting file
// dropped the process's POSIX locks (issue 10, finding 1).
#include "chairactions.h"
#include "chairwindow.h"
#include "meetingconsole.h"
#include "processlocks.h"
#include "reportdialog.h"
#include "savebanner.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <iterator>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// The console as `rostrum FILE` opens a meeting: the file was closed cleanly before, so the
// console starts a fresh journal that no other process shares.
struct ConsoleOnFile
{
    ConsoleOnFile()
    {
        QStandardPaths::setTestModeEnabled(true);
        temp.createDemo();
        window = std::make_unique<ChairWindow>(temp.clock);
        QString error;
        INFO(error.toStdString());
        REQUIRE(window->openMeeting(temp.path(), &error));
        window->resize(1366, 768);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    TempMeeting temp;
    std::unique_ptr<ChairWindow> window;
};

struct DialogVisit
{
    bool shown = false;
    bool showedFolder = false;
};

// Waits for the file dialog an act opens, points it at the meeting's folder, gives its file
// model time to list the folder and fetch every file's icon and type, and cancels it.
void cancelNextFileDialog(const QString &meetingPath, DialogVisit *visit)
{
    auto *poll = new QTimer;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(poll, &QTimer::timeout, [=] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (started->elapsed() > 10'000)
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        visit->shown = true;
        const QString folder = QFileInfo(meetingPath).absolutePath();
        dialog->setDirectory(folder);
        auto *files = dialog->findChild<QFileSystemModel *>();
        QTest::qWait(1000);
        visit->showedFolder =
            files && dialog->directory().absolutePath() == folder && files->rootPath() == folder;
        dialog->reject();
    });
    poll->start(20);
}

struct FileDialogAct
{
    const char *name;
    void (*open)(ConsoleOnFile &);
};

// Every file dialog of the console (grep QFileDialog ui/console).
const FileDialogAct kDialogs[] = {
    {"Open a meeting", [](ConsoleOnFile &f) { f.window->chairActions()->open->trigger(); }},
    {"New meeting", [](ConsoleOnFile &f) { f.window->chairActions()->newMeeting->trigger(); }},
    {"Save a copy as", [](ConsoleOnFile &f) { f.window->chairActions()->saveCopy->trigger(); }},
    {"Back up a copy", [](ConsoleOnFile &f) { f.window->chairActions()->backUp->trigger(); }},
    {"Import inscriptions",
     [](ConsoleOnFile &f) { f.window->chairActions()->importInscriptions->trigger(); }},
    {"Export list of speakers",
     [](ConsoleOnFile &f) { f.window->chairActions()->exportList->trigger(); }},
    {"Report as PDF",
     [](ConsoleOnFile &f) { ReportDialog(f.window->session(), f.window.get()).exportPdf(); }},
    {"Report as CSV",
     [](ConsoleOnFile &f) { ReportDialog(f.window->session(), f.window.get()).exportCsv(); }},
};

// rostrum-cli, a second process on the same meeting file, as staff run it beside the console.
QByteArray runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(ROSTRUM_CLI), arguments);
    REQUIRE(cli.waitForFinished(30'000));
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    return cli.readAllStandardOutput();
}

QJsonObject statusOf(const QString &meetingPath)
{
    return QJsonDocument::fromJson(runCli({QStringLiteral("status"), meetingPath,
                                           QStringLiteral("--format"), QStringLiteral("json")}))
        .object();
}
} // namespace

TEST_CASE_METHOD(ConsoleOnFile,
                 "A cancelled file dialog over the meeting's folder leaves the meeting saving",
                 "[ui][chair][save][dialogs]")
{
    const int which = GENERATE(range(0, int(std::size(kDialogs))));
    const auto &[name, open] = kDialogs[which];
    INFO(name);
    const QString path = temp.path();
    const QString shm = path + QStringLiteral("-shm");
    REQUIRE(locksHeldOn(path) > 0);
    REQUIRE(locksHeldOn(shm) > 0);

    DialogVisit visit;
    cancelNextFileDialog(path, &visit);
    open(*this);
    REQUIRE(visit.shown);
    REQUIRE(visit.showedFolder);
    CHECK(locksHeldOn(path) > 0);
    CHECK(locksHeldOn(shm) > 0);

    // Staff look at the meeting and inscribe a speaker from their own machine; then the chair
    // calls the first speaker.
    CHECK(statusOf(path).value(QStringLiteral("phase")) == QStringLiteral("idle"));
    runCli({QStringLiteral("add"), path, QStringLiteral("--delegation"), QStringLiteral("Latvia")});
    CHECK(QFileInfo::exists(shm));
    window->chairActions()->startPause->trigger(); // Space

    CHECK(window->console()->saveBanner()->isHidden());
    CHECK(window->saveStatusText() == saveStatus("All changes saved — %1", path));
    const QJsonObject status = statusOf(path);
    CHECK(status.value(QStringLiteral("current"))
              .toObject()
              .value(QStringLiteral("delegation"))
              .toString() == QStringLiteral("Albania"));
    CHECK(status.value(QStringLiteral("remaining_speakers")).toInt() == 45);
}
