// View → Chimes (issue 14): this console's switch and volume, kept for the next start and given
// to the window's player; and a console with no sound output, as the suite's is, says so once.
#include "chairactions.h"
#include "chairwindow.h"
#include "chimemenu.h"
#include "chimeplayer.h"
#include "inlinemessage.h"
#include "meetingconsole.h"
#include "settingskeys.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QMenu *viewMenuOf(ChairWindow &window, QMenu *sub)
{
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(sub->menuAction()))
            return a->menu();
    }
    return nullptr;
}

QString noSound()
{
    return translated("ChimePlayer", "No sound output: the chimes are off on this console.");
}
} // namespace

TEST_CASE("A console never run before chimes, at three quarters of full volume", "[ui][chimes]")
{
    QSettings().remove(SettingsKeys::chimesOn()); // the suite's own consoles are silent
    ChimeMenu menu(nullptr);
    CHECK(ChimeMenu::savedOn());
    CHECK(menu.onEntry()->isChecked());
    CHECK(ChimeMenu::savedVolumePercent() == 75);
    REQUIRE(menu.volumeEntry(75));
    CHECK(menu.volumeEntry(75)->isChecked());
    CHECK_FALSE(menu.volumeEntry(50)->isChecked());
    CHECK_FALSE(menu.volumeEntry(60));
}

TEST_CASE("View > Chimes switches this console's chimes and sets their volume, for the next "
          "start too",
          "[ui][chimes]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    QSettings().setValue(SettingsKeys::chimesOn(), true);
    {
        ChairWindow window(temp.clock);
        ChimeMenu *menu = window.chairActions()->chimeMenu;
        REQUIRE(menu);
        CHECK(viewMenuOf(window, menu));
        ChimePlayer *player = window.chimes();
        REQUIRE(player);
        CHECK(player->isOn());
        CHECK(player->volumePercent() == 75);

        menu->onEntry()->trigger();
        CHECK_FALSE(menu->onEntry()->isChecked());
        CHECK_FALSE(player->isOn());
        CHECK_FALSE(QSettings().value(SettingsKeys::chimesOn()).toBool());

        menu->volumeEntry(50)->trigger();
        CHECK(player->volumePercent() == 50);
        CHECK(QSettings().value(SettingsKeys::chimesVolume()).toInt() == 50);
        CHECK_FALSE(menu->volumeEntry(75)->isChecked());
    }
    ChairWindow again(temp.clock);
    CHECK_FALSE(again.chairActions()->chimeMenu->onEntry()->isChecked());
    CHECK(again.chairActions()->chimeMenu->volumeEntry(50)->isChecked());
    CHECK_FALSE(again.chimes()->isOn());
    CHECK(again.chimes()->volumePercent() == 50);
}

TEST_CASE("A console with no sound output says so once, above the list, and runs on",
          "[ui][chimes]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    temp.createDemo(QStringLiteral("first.rostrum")).reset();
    temp.createDemo(QStringLiteral("second.rostrum")).reset();
    QSettings().setValue(SettingsKeys::chimesOn(), true);
    ChairWindow window(temp.clock);
    QSignalSpy said(window.chimes(), &ChimePlayer::unavailable);
    QString error;
    REQUIRE(window.openMeeting(temp.path(QStringLiteral("first.rostrum")), &error));
    InlineMessage *notice = window.console()->fileNotice();
    CHECK_FALSE(notice->isHidden());
    CHECK(notice->text() == noSound());
    CHECK(notice->kind() == InlineMessage::Kind::Warning);
    CHECK(window.statusBar()->currentMessage() == noSound());
    CHECK(window.chimes()->isSilenced());
    // The menu keeps saying it after the notice is dismissed, its entries greyed.
    ChimeMenu *menu = window.chairActions()->chimeMenu;
    CHECK(menu->actions().first()->text() == noSound());
    CHECK_FALSE(menu->actions().first()->isEnabled());
    CHECK_FALSE(menu->onEntry()->isEnabled());
    CHECK_FALSE(menu->volumeEntry(100)->isEnabled());

    // The meeting runs as ever; nothing is armed.
    REQUIRE(window.session()->start().ok);
    CHECK_FALSE(window.chimes()->armed());

    // Said once in the run: the next meeting opened here does not say it again.
    notice->dismiss();
    REQUIRE(window.openMeeting(temp.path(QStringLiteral("second.rostrum")), &error));
    CHECK(window.console()->fileNotice()->isHidden());
    CHECK(said.count() == 1);
}

TEST_CASE("A console whose chimes are off says nothing about sound", "[ui][chimes]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    temp.createDemo().reset();
    QSettings().setValue(SettingsKeys::chimesOn(), false);
    ChairWindow window(temp.clock);
    QString error;
    REQUIRE(window.openMeeting(temp.path(), &error));
    CHECK(window.console()->fileNotice()->isHidden());
    CHECK_FALSE(window.chimes()->isSilenced());
    CHECK(window.chairActions()->chimeMenu->onEntry()->isEnabled());
}

TEST_CASE("View > Chimes switches the meeting's chimes as an act, and follows the meeting",
          "[ui][chimes]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    ChairWindow window(temp.clock);
    ChimeMenu *menu = window.chairActions()->chimeMenu;
    // No meeting, nothing to switch.
    CHECK_FALSE(menu->meetingEntry()->isEnabled());

    window.setSession(temp.createDemo());
    MeetingSession *session = window.session();
    REQUIRE(menu->meetingEntry()->isEnabled());
    CHECK(menu->meetingEntry()->isChecked());

    menu->meetingEntry()->trigger();
    CHECK_FALSE(session->meeting().chimes);
    CHECK_FALSE(menu->meetingEntry()->isChecked());
    // An act like any other: undone in one step, and the menu follows.
    REQUIRE(session->undo().ok);
    CHECK(session->meeting().chimes);
    CHECK(menu->meetingEntry()->isChecked());
    // Switched elsewhere (another console, the command line): the menu shows it.
    Meeting m = session->meeting();
    m.chimes = false;
    REQUIRE(session->setMeeting(m).ok);
    CHECK_FALSE(menu->meetingEntry()->isChecked());
}

TEST_CASE("A meeting opened read only shows its chimes but cannot switch them", "[ui][chimes]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    temp.createDemo().reset();
    ChairWindow window(temp.clock);
    QString error;
    REQUIRE(window.openMeetingForReading(temp.path(), QStringLiteral("a backup"), &error));
    ChimeMenu *menu = window.chairActions()->chimeMenu;
    CHECK(menu->meetingEntry()->isChecked());
    CHECK_FALSE(menu->meetingEntry()->isEnabled());
}
