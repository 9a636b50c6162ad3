// After a crash or a restart (issue 12, finding 8): the console says once that the speech at the
// rostrum ran on while it was away, and for how long it was away; the timekeeper's display
// reopens if it was open when the console last ran, and only then.
#include "chairwindow.h"
#include "consoleheartbeat.h"
#include "inlinemessage.h"
#include "meetingconsole.h"
#include "tempmeeting.h"
#include "timekeeperdisplay.h"
#include "translated.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// A console started on the meeting file, as `rostrum FILE` starts it, and active.
std::unique_ptr<ChairWindow> startConsole(TempMeeting &temp, QSignalSpy **statusSpy = nullptr)
{
    auto window = std::make_unique<ChairWindow>(temp.clock);
    if (statusSpy)
        *statusSpy = new QSignalSpy(window->statusBar(), &QStatusBar::messageChanged);
    QString error;
    INFO(error.toStdString());
    REQUIRE(window->openMeeting(temp.path(), &error));
    window->resize(1366, 768);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->console()->orderView()->setFocus();
    return window;
}

void press(ChairWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : &window, key, modifiers);
}

bool displayShown(const ChairWindow &window)
{
    return window.timekeeperDisplay() && window.timekeeperDisplay()->isVisible();
}

int timesSaid(const QSignalSpy &spy, const QString &text)
{
    int n = 0;
    for (const QList<QVariant> &call : spy)
        n += call.first().toString() == text ? 1 : 0;
    return n;
}

// "Resumed: Denmark, 1:35 left; the console was closed for 28 s", in the language of the run.
QString resumedLeft(const QString &speaker, const QString &left, const QString &closedFor)
{
    return translated("ConsoleHeartbeat", "Resumed: %1, %2 left; the console was closed for %3")
        .arg(speaker, left, closedFor);
}

QString seconds(int count)
{
    return translated("ConsoleHeartbeat", "%1 s").arg(count);
}
} // namespace

TEST_CASE("A console that crashed mid-speech says once, when it starts again, how the speech ran "
          "on",
          "[ui][chair][resume]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    {
        auto s = temp.createEmpty();
        inscribe(*s, QStringLiteral("Denmark"));
    }
    auto first = startConsole(temp);
    press(*first, Qt::Key_Space); // Denmark is called and speaks
    REQUIRE(first->session()->currentReading().running);
    press(*first, Qt::Key_T, Qt::ControlModifier); // the timekeeper's display
    REQUIRE(displayShown(*first));
    temp.clock.advance(57'000);
    first->heartbeat()->beat(); // what its timer does every few seconds
    first.reset();              // the laptop crashes: no close, nothing written on the way out
    temp.clock.advance(28'000);

    QSignalSpy *said = nullptr;
    auto second = startConsole(temp, &said);
    std::unique_ptr<QSignalSpy> owned(said);
    const QString note =
        resumedLeft(QStringLiteral("Denmark"), QStringLiteral("1:35"), seconds(28));
    CHECK(second->session()->currentReading().remainingMs == 95'000);
    InlineMessage *notice = second->console()->notice();
    CHECK(notice->isVisible());
    CHECK(notice->text() == note);
    CHECK(timesSaid(*said, note) == 1);
    CHECK(displayShown(*second));

    // Once: the acts, the watch and the heartbeat that follow do not say it again.
    temp.clock.advance(5'000);
    second->heartbeat()->beat();
    second->session()->refresh();
    press(*second, Qt::Key_Plus);
    CHECK(second->session()->currentReading().remainingMs == 120'000);
    CHECK(timesSaid(*said, note) == 1);
    CHECK(notice->text() == note); // an act done is no reason to hide it early

    // The timekeeper closes the display; the next crash and start leave it closed.
    press(*second, Qt::Key_T, Qt::ControlModifier);
    REQUIRE_FALSE(displayShown(*second));
    temp.clock.advance(3'000);
    second->heartbeat()->beat();
    second.reset();
    temp.clock.advance(12'000);
    auto third = startConsole(temp);
    CHECK_FALSE(displayShown(*third));
    CHECK(third->console()->notice()->text() ==
          resumedLeft(QStringLiteral("Denmark"), QStringLiteral("1:45"), seconds(12)));
}

TEST_CASE("A console closed cleanly mid-speech knows to the second how long it was closed, and "
          "reopens the display it closed with",
          "[ui][chair][resume]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    {
        auto s = temp.createEmpty();
        inscribe(*s, QStringLiteral("Denmark"));
        REQUIRE(s->start().ok);
    }
    auto first = startConsole(temp);
    // Started elsewhere, never run by this console: there is nothing it resumes.
    CHECK_FALSE(first->console()->notice()->text().contains(QStringLiteral("Denmark")));
    press(*first, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(displayShown(*first));
    temp.clock.advance(4'000); // less than a beat: only the close itself records the moment
    REQUIRE(first->close());
    CHECK_FALSE(displayShown(*first));
    first.reset();
    temp.clock.advance(60'000 + 12'000);

    auto second = startConsole(temp);
    CHECK(second->console()->notice()->text() ==
          resumedLeft(QStringLiteral("Denmark"), QStringLiteral("1:44"),
                      translated("ConsoleHeartbeat", "%1 min %2 s").arg(1).arg(12)));
    CHECK(displayShown(*second));
}

TEST_CASE("A meeting opened with no running speech says nothing of resuming", "[ui][chair][resume]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    {
        auto s = temp.createEmpty();
        inscribe(*s, QStringLiteral("Denmark"));
        REQUIRE(s->start().ok);
        temp.clock.advance(10'000);
        REQUIRE(s->pause().ok);
    }
    auto first = startConsole(temp);
    CHECK(first->console()->notice()->isHidden());
    CHECK(first->statusBar()->currentMessage().isEmpty());
    CHECK(ConsoleHeartbeat::resumeNote(*first->session(), std::nullopt).isEmpty());
}

TEST_CASE("The resume note reads as the countdown does, overtime and long absences included",
          "[ui][chair][resume]")
{
    TempMeeting temp;
    auto s = temp.createEmpty();
    inscribe(*s, QStringLiteral("Denmark"), QStringLiteral("Søren Madsen"));
    REQUIRE(s->start().ok);
    temp.clock.advance(200'000);
    const qint64 now = s->now();
    const QString denmark = translated("SpeakersList", "%1 (%2)")
                                .arg(QStringLiteral("Denmark"), QStringLiteral("Søren Madsen"));
    CHECK(ConsoleHeartbeat::resumeNote(*s, now - (3 * 3600 + 5 * 60) * 1000) ==
          translated("ConsoleHeartbeat",
                     "Resumed: %1, %2 over the limit; the console was closed for %3")
              .arg(denmark, QStringLiteral("+0:20"),
                   translated("ConsoleHeartbeat", "%1 h %2 min").arg(3).arg(5)));
    // Never run by this console (a new demo played forward, a file started elsewhere).
    CHECK(ConsoleHeartbeat::resumeNote(*s, std::nullopt).isEmpty());
    // A beat from the future (the clock was set back since) is no measure of anything.
    CHECK(ConsoleHeartbeat::resumeNote(*s, now + 60'000) ==
          translated("ConsoleHeartbeat", "Resumed: %1, %2 over the limit")
              .arg(denmark, QStringLiteral("+0:20")));
    // Opened again at once: nothing ran on unseen, nothing to say.
    CHECK(ConsoleHeartbeat::resumeNote(*s, now - 400).isEmpty());
}
