#include "bidi.h"
#include "countdownreadout.h"
#include "meeting/categories.h"
#include "nowspeakingpanel.h"
#include "secondticker.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"
#include "timekeeperdisplay.h"
#include "translated.h"

#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// The average colour of the middle of the countdown, where the figures are.
QColor centreColour(TimekeeperDisplay &display)
{
    const QImage shot = display.grab().toImage();
    const QRect readout = display.readout()->geometry();
    const QRect centre(readout.center() - QPoint(readout.width() / 4, readout.height() / 4),
                       readout.size() / 2);
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = centre.top(); y <= centre.bottom(); y += 2) {
        for (int x = centre.left(); x <= centre.right(); x += 2) {
            const QColor c = shot.pixelColor(x, y);
            r += c.red();
            g += c.green();
            b += c.blue();
            ++n;
        }
    }
    return QColor(int(r / n), int(g / n), int(b / n));
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// A line of the now-speaking panel, found by its name as a user finds it by its place.
// "Next: Albania — Arben Leka" on the display, in the language of the run.
QString nextOnDisplay(const char *delegation, const char *speaker)
{
    return translated("TimekeeperDisplay", "Next: %1 — %2", "delegation, speaker")
        .arg(QString::fromUtf8(delegation), QString::fromUtf8(speaker));
}

// The words on the now-speaking panel's bar: "2:30 of 3:00 — Warning".
QString progressText(const char *elapsed, const char *limit, const QString &phase)
{
    return translated("NowSpeakingPanel", "%1 of %2 — %3")
        .arg(QString::fromUtf8(elapsed), QString::fromUtf8(limit), phase);
}

QString shownBy(const NowSpeakingPanel &panel, const char *line)
{
    const QString name = QString::fromLatin1(line);
    if (const auto *progress = panel.findChild<QProgressBar *>(name))
        return bidi::withoutIsolates(progress->text());
    const auto *label = panel.findChild<QLabel *>(name);
    REQUIRE(label);
    return bidi::withoutIsolates(label->text());
}
} // namespace

TEST_CASE("The timekeeper's display follows the speech clock to the second", "[ui][timekeeper]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    const CountdownReadout &readout = *display.readout();

    // Before the first speech: the first speaker's limit, ready.
    CHECK(readout.text() == QStringLiteral("3:00"));
    CHECK(readout.phase() == ClockPhase::Idle);
    CHECK(readout.label() == translated("CountdownReadout", "READY"));
    CHECK(display.shown().delegation == translated("TimekeeperDisplay", "No one at the rostrum"));
    CHECK(display.shown().next == nextOnDisplay("Albania", "Arben Leka"));

    REQUIRE(session->start().ok);
    CHECK(display.shown().delegation == QStringLiteral("Albania"));
    CHECK(display.shown().speaker == QStringLiteral("Arben Leka"));
    CHECK(display.shown().next == nextOnDisplay("United States", "Margaret Ellison"));
    CHECK(readout.text() == QStringLiteral("3:00"));
    CHECK(readout.phase() == ClockPhase::Running);
    CHECK(readout.label().isEmpty());
    CHECK_FALSE(readout.isFramed());

    tm.clock.advance(1'000);
    display.refresh();
    CHECK(readout.text() == QStringLiteral("2:59"));
    CHECK(readout.phase() == ClockPhase::Running);

    tm.clock.advance(149'000); // 2:30 spoken
    display.refresh();
    CHECK(readout.text() == QStringLiteral("0:30"));
    CHECK(readout.phase() == ClockPhase::Warning);
    CHECK(readout.label() == translated("CountdownReadout", "WARNING"));
    CHECK(readout.isFramed());

    tm.clock.advance(30'000); // exactly 3:00
    display.refresh();
    CHECK(readout.text() == QStringLiteral("0:00"));
    CHECK(readout.phase() == ClockPhase::TimeUp);
    CHECK(readout.label() == translated("CountdownReadout", "TIME"));

    tm.clock.advance(5'000);
    display.refresh();
    CHECK(readout.text() == QStringLiteral("+0:05"));
    CHECK(readout.phase() == ClockPhase::Overtime);
    CHECK(readout.label() == translated("CountdownReadout", "OVERTIME"));
    CHECK(readout.isFramed());
}

TEST_CASE("A paused clock reads paused on the timekeeper's display", "[ui][timekeeper]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    REQUIRE(session->start().ok);
    tm.clock.advance(40'000);
    REQUIRE(session->pause().ok);
    tm.clock.advance(90'000); // a paused clock does not run down
    display.refresh();
    CHECK(display.readout()->text() == QStringLiteral("2:20"));
    CHECK(display.readout()->phase() == ClockPhase::Paused);
    CHECK(display.readout()->label() == translated("CountdownReadout", "PAUSED"));
    CHECK_FALSE(display.ticker()->isArmed());
}

TEST_CASE("A clock paused in overtime still says it is paused", "[ui][timekeeper]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    NowSpeakingPanel panel(session.get());
    REQUIRE(session->start().ok);
    tm.clock.advance(185'000);
    REQUIRE(session->pause().ok);
    CHECK(panel.readout()->text() == QStringLiteral("+0:05"));
    CHECK(panel.readout()->label() == translated("CountdownReadout", "PAUSED — %1")
                                          .arg(translated("CountdownReadout", "OVERTIME")));
    CHECK(shownBy(panel, "progress") ==
          progressText("3:05", "3:00",
                       translated("NowSpeakingPanel", "%1, paused", "clock phase")
                           .arg(clockPhaseName(ClockPhase::Overtime))));
}

TEST_CASE("The timekeeper's footer shows the meeting clock and the projected end",
          "[ui][timekeeper]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    // 14:55:00 in New York: the minute display wakes at the next minute, not every second.
    CHECK(display.shown().clock == QStringLiteral("14:55"));
    const auto *minuteTimer = display.findChild<QTimer *>(QStringLiteral("minuteTimer"));
    REQUIRE(minuteTimer);
    CHECK(minuteTimer->isActive());
    CHECK(minuteTimer->interval() == 60'000 + 20);
    // The end, and how far it is from the scheduled one: minutes, for a meeting held on its day.
    const QString minutes = translated("TimeText", "+%1 min").arg(anything());
    const QString early = translated("TimeText", "%1 min").arg(anything());
    CHECK((fitsMessage(
               bidi::withoutIsolates(display.shown().projection),
               translated("TimekeeperDisplay", "Projected end %1 (%2)").arg(anything(), minutes)) ||
           fitsMessage(
               bidi::withoutIsolates(display.shown().projection),
               translated("TimekeeperDisplay", "Projected end %1 (%2)").arg(anything(), early))));
}

TEST_CASE("Warning and overtime look different from running on the big display", "[ui][timekeeper]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    display.resize(1920, 1080);
    REQUIRE(session->start().ok);
    tm.clock.advance(10'000);
    display.refresh();
    const QColor running = centreColour(display);

    tm.clock.advance(145'000);
    display.refresh();
    REQUIRE(display.readout()->phase() == ClockPhase::Warning);
    const QColor warning = centreColour(display);

    tm.clock.advance(30'000);
    display.refresh();
    REQUIRE(display.readout()->phase() == ClockPhase::Overtime);
    const QColor overtime = centreColour(display);

    INFO("running " << running.name().toStdString() << ", warning " << warning.name().toStdString()
                    << ", overtime " << overtime.name().toStdString());
    CHECK(distance(running, warning) > 40);
    CHECK(distance(running, overtime) > 40);
    CHECK(distance(warning, overtime) > 40);
    // Overtime is inverted: a red field, not red figures on black.
    CHECK(overtime.red() > overtime.green() + 60);
    CHECK(overtime.red() > 120);
}

TEST_CASE("Flashing overtime alternates every second only when switched on", "[ui][timekeeper]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    display.resize(960, 540);
    REQUIRE(session->start().ok);
    tm.clock.advance(185'000);
    display.refresh();
    const QColor steadyA = centreColour(display);
    tm.clock.advance(1'000);
    display.refresh();
    CHECK(distance(steadyA, centreColour(display)) < 10);

    display.setFlashingEnabled(true);
    const QColor flashA = centreColour(display);
    tm.clock.advance(1'000);
    display.refresh();
    CHECK(distance(flashA, centreColour(display)) > 40);
}

TEST_CASE("F11 toggles the timekeeper's full screen and Esc leaves it", "[ui][timekeeper]")
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    display.showOnScreen(QStringLiteral("0"), false);
    CHECK_FALSE(display.isFullScreen());
    QTest::keyClick(&display, Qt::Key_F11);
    CHECK(display.isFullScreen());
    CHECK(QSettings().value(QStringLiteral("timekeeper/fullscreen")).toBool());
    QTest::keyClick(&display, Qt::Key_Escape);
    CHECK_FALSE(display.isFullScreen());
    display.hide();
    CHECK_FALSE(QSettings().value(QStringLiteral("timekeeper/fullscreen")).toBool());
    CHECK(QSettings().value(QStringLiteral("timekeeper/screen")).toString() ==
          QGuiApplication::primaryScreen()->name());
    CHECK(TimekeeperDisplay::findScreen(QStringLiteral("0")) == QGuiApplication::primaryScreen());
    CHECK(TimekeeperDisplay::findScreen(QStringLiteral("no such screen")) == nullptr);
}

TEST_CASE("The chair's now-speaking panel tells who speaks, how and for how long",
          "[ui][timekeeper]")
{
    TempMeeting tm;
    auto session = tm.createEmpty();
    EntryDraft denmark;
    denmark.delegation = QStringLiteral("Denmark");
    denmark.speaker = QStringLiteral("Søren Madsen");
    denmark.title = QStringLiteral("Permanent Representative");
    denmark.onBehalfOf = QStringLiteral("the Nordic countries");
    denmark.groupSize = 5;
    denmark.language = QStringLiteral("fr");
    REQUIRE(session->add(denmark).ok);
    NowSpeakingPanel panel(session.get());

    CHECK(shownBy(panel, "delegation") ==
          translated("NowSpeakingPanel", "No one at the rostrum — next: %1")
              .arg(QStringLiteral("Denmark")));
    CHECK(panel.readout()->label() == translated("CountdownReadout", "READY"));

    REQUIRE(session->start().ok);
    CHECK(shownBy(panel, "delegation") == QStringLiteral("Denmark"));
    CHECK(shownBy(panel, "onBehalfOf") == translated("NowSpeakingPanel", "on behalf of %1")
                                              .arg(QStringLiteral("the Nordic countries")));
    CHECK(shownBy(panel, "speaker") ==
          translated("NowSpeakingPanel", "%1, %2", "speaker name, title")
              .arg(QStringLiteral("Søren Madsen"), QStringLiteral("Permanent Representative")));
    CHECK(shownBy(panel, "language") ==
          translated("NowSpeakingPanel", "Language: %1").arg(languageName(QStringLiteral("fr"))));
    CHECK(shownBy(panel, "limit") ==
          translated("NowSpeakingPanel", "Limit %1").arg(QStringLiteral("3:00")));

    tm.clock.advance(150'000);
    panel.refresh();
    CHECK(panel.readout()->text() == QStringLiteral("0:30"));
    CHECK(shownBy(panel, "progress") ==
          progressText("2:30", "3:00", clockPhaseName(ClockPhase::Warning)));

    REQUIRE(session->addTime(30'000).ok);
    CHECK(shownBy(panel, "limit") == translated("NowSpeakingPanel", "Limit %1 (%2)")
                                         .arg(QStringLiteral("3:00"), QStringLiteral("+0:30")));
    CHECK(panel.readout()->text() == QStringLiteral("1:00"));
    CHECK(panel.readout()->phase() == ClockPhase::Running);

    tm.clock.advance(65'000);
    panel.refresh();
    CHECK(panel.readout()->text() == QStringLiteral("+0:05"));
    CHECK(shownBy(panel, "progress") ==
          progressText("3:35", "3:30", clockPhaseName(ClockPhase::Overtime)));
}
