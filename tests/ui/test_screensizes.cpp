// Issue 12, finding 9: nothing the chair reads is clipped, on a laptop's 1366×768 up to a
// 2560×1440 monitor, at 100 %, 150 % and 200 % scaling. A scaled screen gives the console its
// size divided by the scale, in the same logical pixels and font sizes, so each case here is the
// window a maximised console gets; tests/system/test_gui_fit.cpp runs the real scale factors.
#include "countdownreadout.h"
#include "meetingconsole.h"
#include "nowspeakingpanel.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"
#include "textfit.h"
#include "timekeeperdisplay.h"
#include "translated.h"
#include "windowfixture.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace rostrum;
using rostrum::testing::translated;
using rostrum::testing::WindowFixture;

namespace {
struct ScreenCase
{
    int width;
    int height;
    qreal scale;
};

const ScreenCase kScreens[] = {
    {1366, 768, 1.0},  {1920, 1080, 1.0}, {2560, 1440, 1.0}, {1366, 768, 1.5},  {1920, 1080, 1.5},
    {2560, 1440, 1.5}, {1366, 768, 2.0},  {1920, 1080, 2.0}, {2560, 1440, 2.0},
};

QSize logicalSize(const ScreenCase &c)
{
    return {int(c.width / c.scale), int(c.height / c.scale)};
}

// The seed's title is long already; a real one can be longer still.
void useLongTitle(MeetingSession &session)
{
    Meeting m = session.meeting();
    m.title = m.title + QStringLiteral(", with particular attention to hospitals, water, power "
                                       "grids and the financial sector");
    REQUIRE(session.setMeeting(m).ok);
}

// Every clipped text as one line, for the failure message.
QString clipped(const QWidget *window)
{
    QStringList lines;
    for (const TextFit &fit : textFitsOf(window)) {
        if (!fit.fits())
            lines << fit.describe();
    }
    return lines.join(QLatin1Char('\n'));
}

void requireNothingClipped(const QWidget *window, const QSize &size, const char *state)
{
    QApplication::processEvents();
    INFO(state << " at " << size.width() << "x" << size.height() << ", the window is "
               << window->width() << "x" << window->height());
    // A window whose minimum is larger than the screen is cut off by the screen's edge.
    CHECK(window->size() == size);
    const QString lines = clipped(window);
    INFO(lines.toStdString());
    CHECK(lines.isEmpty());
}
} // namespace

TEST_CASE("The countdown, every button and every line fit the console at every screen size",
          "[ui][screens]")
{
    WindowFixture f;
    useLongTitle(*f.session);
    REQUIRE(f.session->start().ok);
    f.temp.clock.advance(12'000);

    for (const ScreenCase &c : kScreens) {
        const QSize size = logicalSize(c);
        DYNAMIC_SECTION(c.width << "x" << c.height << " at " << c.scale)
        {
            f.window->resize(size);
            requireNothingClipped(f.window.get(), size, "running");

            // The longest word the readout shows, with its glyph.
            REQUIRE(f.session->addTime(-(f.session->currentReading().remainingMs + 5'000)).ok);
            REQUIRE(f.session->pause().ok);
            f.window->console()->nowSpeaking()->refresh();
            REQUIRE(f.window->console()->nowSpeaking()->readout()->label() ==
                    translated("CountdownReadout", "PAUSED — %1")
                        .arg(translated("CountdownReadout", "OVERTIME")));
            requireNothingClipped(f.window.get(), size, "paused in overtime");
            REQUIRE(f.session->undo().ok);
            REQUIRE(f.session->undo().ok);
        }
    }
}

TEST_CASE("The timekeeper's display fits its countdown on every screen, full screen",
          "[ui][screens]")
{
    WindowFixture f;
    REQUIRE(f.session->start().ok);
    TimekeeperDisplay display(f.session);
    for (const ScreenCase &c : kScreens) {
        const QSize size = logicalSize(c);
        DYNAMIC_SECTION(c.width << "x" << c.height << " at " << c.scale)
        {
            display.resize(size);
            display.show();
            requireNothingClipped(&display, size, "display");
        }
    }
}

TEST_CASE("The fit check sees a button too small for its text and a countdown covered",
          "[ui][screens]")
{
    QWidget window;
    auto *button = new QToolButton(&window);
    button->setText(QStringLiteral("Close list\nCtrl+L"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setGeometry(0, 0, 200, 60);
    auto *readout = new CountdownReadout(&window);
    readout->setGeometry(0, 70, 300, 150);
    window.resize(320, 240);
    window.show();
    REQUIRE(clipped(&window).isEmpty());

    // Narrower than "Close list": the words would be cut on both sides.
    button->resize(40, 60);
    CHECK(clipped(&window).contains(QStringLiteral("button QToolButton: Close list Ctrl+L")));
    button->resize(200, 60);
    REQUIRE(clipped(&window).isEmpty());

    // A bar stacked over the lower half of the figures, as a layout squeezed below its minimum
    // puts the progress bar over the countdown.
    auto *bar = new QWidget(&window);
    bar->setObjectName(QStringLiteral("progress"));
    bar->setGeometry(0, 150, 300, 40);
    bar->show();
    CHECK(clipped(&window).contains(QStringLiteral("covered by progress")));
    bar->hide();
    REQUIRE(clipped(&window).isEmpty());

    // Cut off by its parent: the readout hangs below the window's edge.
    readout->move(0, 160);
    CHECK(clipped(&window).contains(QStringLiteral("CLIPPED  readout figures")));
}
