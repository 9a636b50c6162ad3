// Issue 12, finding 10: the timekeeper's display fills the screen it is put on and F11 brings
// it back to the window it was. The offscreen platform honours the full-screen state as a
// window manager would; tests/system/display_fullscreen.sh runs the same under an X server with
// two screens and no window manager, where only the geometry the display sets itself counts.
#include "session/meetingsession.h"
#include "tempmeeting.h"
#include "timekeeperdisplay.h"

#include <QApplication>
#include <QScreen>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using rostrum::testing::TempMeeting;

namespace {
// F11 as the timekeeper presses it: the window system's answer to the last press has arrived
// before the next one.
void pressF11(TimekeeperDisplay &display)
{
    QApplication::processEvents();
    QTest::keyClick(&display, Qt::Key_F11);
    QApplication::processEvents();
}

QRect screenGeometry()
{
    return QGuiApplication::primaryScreen()->geometry();
}
} // namespace

TEST_CASE("The display opened full screen fills its screen, and F11 gives back its window",
          "[ui][timekeeper][screens]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    const QRect windowed(60, 40, 640, 360);
    display.setGeometry(windowed);

    display.showOnScreen(QStringLiteral("0"), true);
    REQUIRE(QTest::qWaitForWindowExposed(&display));
    CHECK(display.isFullScreen());
    CHECK(display.geometry() == screenGeometry());

    pressF11(display);
    CHECK_FALSE(display.isFullScreen());
    CHECK(display.geometry() == windowed);

    pressF11(display);
    CHECK(display.isFullScreen());
    CHECK(display.geometry() == screenGeometry());
    CHECK(display.windowedGeometry() == windowed);
}

TEST_CASE("The display reopened full screen still knows the window F11 goes back to",
          "[ui][timekeeper][screens]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    const QRect windowed(80, 60, 720, 405);
    {
        TimekeeperDisplay before(session.get());
        before.setGeometry(windowed);
        before.showOnScreen(QStringLiteral("0"), false);
        REQUIRE(QTest::qWaitForWindowExposed(&before));
        pressF11(before);
        REQUIRE(before.isFullScreen());
        before.hide();
    }

    TimekeeperDisplay after(session.get());
    after.showRemembered();
    REQUIRE(QTest::qWaitForWindowExposed(&after));
    CHECK(after.isFullScreen());
    CHECK(after.geometry() == screenGeometry());
    INFO("windowed " << after.windowedGeometry().x() << "," << after.windowedGeometry().y() << " "
                     << after.windowedGeometry().width() << "x"
                     << after.windowedGeometry().height());
    pressF11(after);
    INFO("back to " << after.geometry().x() << "," << after.geometry().y() << " "
                    << after.geometry().width() << "x" << after.geometry().height());
    CHECK_FALSE(after.isFullScreen());
    CHECK(after.geometry() == windowed);
}

TEST_CASE("A display put on a screen as a window stays whole on that screen",
          "[ui][timekeeper][screens]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    // Where a larger screen left it: off this one.
    display.setGeometry(5000, 3000, 960, 540);
    display.showOnScreen(QStringLiteral("0"), false);
    CHECK_FALSE(display.isFullScreen());
    CHECK(QGuiApplication::primaryScreen()->availableGeometry().contains(display.geometry()));
}
