// Every control named (issue 13): a screen reader says what each control of the chair window,
// the timekeeper's display and every dialog is, and what state it is in; Tab reads each dialog
// in the order a person reads it; the timer's states are told in words, not only in colour.
#include "accessiblewalk.h"
#include "backupsdialog.h"
#include "chairwindow.h"
#include "countdownreadout.h"
#include "entrydialog.h"
#include "importdialog.h"
#include "journalwindow.h"
#include "keysdialog.h"
#include "meetingconsole.h"
#include "nowspeakingpanel.h"
#include "reportdialog.h"
#include "session/backupfolder.h"
#include "settingsdialog.h"
#include "tempmeeting.h"
#include "timekeeperdisplay.h"
#include "timelinewidget.h"
#include "windowfixture.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// Each page of every tab widget in turn, so that controls on hidden pages are walked shown.
template <typename Check> void onEveryPage(QWidget *root, Check check)
{
    check();
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            check();
        }
        tabs->setCurrentIndex(was);
    }
}

void requireNamedAndInReadingOrder(QWidget *dialog)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    INFO("window: " << describeWidget(dialog).toStdString());
    CHECK(unnamedControls(dialog).join(QLatin1Char('\n')).toStdString() == "");
    onEveryPage(dialog, [dialog] {
        CHECK(tabOrderAgainstReading(dialog).join(QLatin1Char('\n')).toStdString() == "");
        CHECK(clashingMnemonics(dialog).join(QLatin1Char('\n')).toStdString() == "");
    });
}

QString writeCsv(TempMeeting &temp)
{
    const QString path = temp.path(QStringLiteral("inscriptions.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("delegation,speaker\nLatvia,Ms. Ozola\nPeru,\n");
    return path;
}
} // namespace

TEST_CASE_METHOD(WindowFixture, "Every control of the chair window has a name a screen reader says",
                 "[ui][accessibility]")
{
    temp.clock.advance(3'600'000);
    press(Qt::Key_Space); // someone speaking: every panel is filled
    QCoreApplication::processEvents();
    CHECK(unnamedControls(window.get()).join(QLatin1Char('\n')).toStdString() == "");
    window->console()->showSpoken();
    QCoreApplication::processEvents();
    CHECK(unnamedControls(window.get()).join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("Every control of the start page has a name a screen reader says", "[ui][accessibility]")
{
    TempMeeting temp;
    ChairWindow window(temp.clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(unnamedControls(&window).join(QLatin1Char('\n')).toStdString() == "");
    CHECK(tabOrderAgainstReading(window.centralWidget()).join(QLatin1Char('\n')).toStdString() ==
          "");
}

TEST_CASE_METHOD(WindowFixture, "The countdown says its time and its state in words",
                 "[ui][accessibility][timer]")
{
    NowSpeakingPanel *panel = window->findChild<NowSpeakingPanel *>();
    REQUIRE(panel);
    CountdownReadout *readout = panel->readout();
    const QString name = spokenName(readout);
    CHECK_FALSE(name.isEmpty());

    temp.clock.advance(3'600'000);
    press(Qt::Key_Space);
    temp.clock.advance(26'000);
    panel->refresh();
    const QString running = spokenDescription(readout);
    CHECK(running.contains(QStringLiteral("2:34")));

    press(Qt::Key_Space); // paused
    panel->refresh();
    const QString paused = spokenDescription(readout);
    CHECK(paused.contains(QStringLiteral("2:34")));
    // The state is in the words, not only in the colour: running and paused read differently.
    CHECK(paused != running);
}

TEST_CASE_METHOD(WindowFixture, "The timekeeper's display says who speaks and the time left",
                 "[ui][accessibility][display]")
{
    temp.clock.advance(3'600'000);
    press(Qt::Key_Space);
    window->showTimekeeper(QString(), false);
    TimekeeperDisplay *display = window->timekeeperDisplay();
    REQUIRE(display);
    display->refresh();
    CHECK_FALSE(spokenName(display).isEmpty());
    const QString said = spokenDescription(display);
    const Entry *speaking = session->list().current();
    REQUIRE(speaking);
    CHECK(said.contains(speaking->delegation));
    CHECK(said.contains(QStringLiteral("3:00")));
    CHECK(unnamedControls(display).isEmpty());
}

TEST_CASE_METHOD(WindowFixture, "Every dialog names its controls, and Tab reads it in order",
                 "[ui][accessibility][dialogs]")
{
    SECTION("the entry dialog")
    {
        EntryDialog dialog(session, session->list().waitingIds().first(), window.get());
        requireNamedAndInReadingOrder(&dialog);
    }
    SECTION("the settings dialog")
    {
        SettingsDialog dialog(session->meeting(), window.get());
        requireNamedAndInReadingOrder(&dialog);
    }
    SECTION("the settings dialog of a new meeting, with its briefers")
    {
        SettingsDialog dialog(session->meeting(), window.get());
        dialog.offerBriefers();
        requireNamedAndInReadingOrder(&dialog);
    }
    SECTION("the import dialog")
    {
        ImportDialog dialog(session, writeCsv(temp), window.get());
        requireNamedAndInReadingOrder(&dialog);
    }
    SECTION("the report dialog")
    {
        ReportDialog dialog(session, window.get());
        requireNamedAndInReadingOrder(&dialog);
    }
    SECTION("the journal")
    {
        JournalWindow dialog(session, window.get());
        requireNamedAndInReadingOrder(&dialog);
    }
    SECTION("the keys")
    {
        KeysDialog dialog(window->menuBar(), window.get());
        requireNamedAndInReadingOrder(&dialog);
    }
    SECTION("the backups")
    {
        BackupsDialog dialog(BackupFolder(temp.path(QStringLiteral("backups"))), window.get());
        requireNamedAndInReadingOrder(&dialog);
    }
}
