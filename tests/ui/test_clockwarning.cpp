// The console says when the computer's clock is not to be believed: at open, when it is behind
// the meeting's record, and while open, when it is set.
#include "chairwindow.h"
#include "inlinemessage.h"
#include "meetingconsole.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("The console's notice says the clock is behind the meeting's record at open",
          "[ui][chair][truetime]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    {
        auto s = temp.createEmpty();
        inscribe(*s, QStringLiteral("Latvia"));
        REQUIRE(s->start().ok);
        temp.clock.advance(40'000);
        inscribe(*s, QStringLiteral("Estonia"));
    }
    temp.clock.stepWallClock(-3'600'000);
    ChairWindow window(temp.clock);
    QString error;
    REQUIRE(window.openMeeting(temp.path(), &error));
    InlineMessage *notice = window.console()->clockNotice();
    CHECK_FALSE(notice->isHidden());
    CHECK(notice->kind() == InlineMessage::Kind::Error);
    CHECK(notice->text() == window.session()->clockWarning());
    CHECK(notice->text() ==
          translated("ClockStepWatch",
                     "The computer's clock is %1 behind this meeting's record: the speech clocks "
                     "count on from the record, not from the computer's clock. Set the computer's "
                     "clock right.")
              .arg(QStringLiteral("1:00:00")));
    CHECK(window.session()->currentReading().elapsedMs == 40'000);
}

TEST_CASE("The console's notice says the clock was set while the meeting is open",
          "[ui][chair][truetime]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    ChairWindow window(temp.clock);
    window.setSession(temp.createEmpty());
    InlineMessage *notice = window.console()->clockNotice();
    CHECK(notice->isHidden());
    temp.clock.stepWallClock(3'600'000);
    window.session()->refresh(); // what the watch timer does every 200 ms
    CHECK_FALSE(notice->isHidden());
    CHECK(notice->text() == translated("ClockStepWatch", "The computer's clock was set forward by "
                                                         "%1; the speech clocks kept true time.")
                                .arg(QStringLiteral("1:00:00")));
}

TEST_CASE("The clock warning stays through refused and done acts until the chair dismisses it",
          "[ui][chair][truetime][feedback]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    ChairWindow window(temp.clock);
    {
        auto s = temp.createEmpty();
        inscribe(*s, QStringLiteral("Latvia"));
        window.setSession(std::move(s));
    }
    temp.clock.stepWallClock(3'600'000);
    window.session()->refresh();
    InlineMessage *warning = window.console()->clockNotice();
    REQUIRE_FALSE(warning->isHidden());
    const QString said = warning->text();

    window.addThirtySeconds(); // refused: no one is speaking
    REQUIRE_FALSE(window.console()->notice()->isHidden());
    window.toggleClock(); // done: Latvia is called and speaks
    REQUIRE(window.session()->currentReading().running);
    CHECK(window.console()->notice()->isHidden()); // the refusal went
    CHECK_FALSE(warning->isHidden());              // the warning did not
    CHECK(warning->text() == said);
}
