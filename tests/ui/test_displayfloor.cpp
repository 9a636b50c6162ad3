// The timekeeper's display during a point of order and with a message to the speaker, as the
// room reads it (rules 8 and 11).
#include "bidi.h"
#include "countdownreadout.h"
#include "meeting/entrykind.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"
#include "timekeeperdisplay.h"
#include "translated.h"

#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
EntryDraft delegation(const char *name, const char *speaker = "")
{
    EntryDraft d;
    d.delegation = QString::fromUtf8(name);
    d.speaker = QString::fromUtf8(speaker);
    return d;
}
} // namespace

TEST_CASE("During a point of order the display says so and keeps the stopped speech's time",
          "[ui][timekeeper][procedure]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    REQUIRE(session->start().ok); // Albania, 3:00
    tm.clock.advance(42'300);
    REQUIRE(session->pointOfOrder(delegation("Fiji", "Ms. Tui")).ok);
    tm.clock.advance(15'000);
    display.refresh();

    CHECK(display.shown().delegation == entryKindName(EntryKind::PointOfOrder));
    CHECK(display.shown().speaker ==
          translated("TimekeeperDisplay", "%1 — %2", "delegation, speaker")
              .arg(QStringLiteral("Fiji"), QStringLiteral("Ms. Tui")));
    // The point of order's own clock: 2:00 less the 15 s it has run.
    CHECK(display.readout()->text() == QStringLiteral("1:45"));
    // Beneath, the stopped speech with the time it keeps: 3:00 less 42.3 s shows 2:18.
    CHECK(display.shown().interrupted ==
          translated("TimekeeperDisplay", "Interrupted: %1 — %2 left")
              .arg(QStringLiteral("Albania (Arben Leka)"),
                   bidi::leftToRight(QStringLiteral("2:18"))));
    // Frozen: thirty seconds more of the point of order leave it as it was.
    const QString frozen = display.shown().interrupted;
    tm.clock.advance(30'000);
    display.refresh();
    CHECK(display.shown().interrupted == frozen);

    // Next closes it: the display shows the speaker again, paused with the time they had.
    REQUIRE(session->next().ok);
    display.refresh();
    CHECK(display.shown().delegation == QStringLiteral("Albania"));
    CHECK(display.shown().interrupted.isEmpty());
    CHECK(display.readout()->text() == QStringLiteral("2:18"));
    CHECK(display.readout()->phase() == ClockPhase::Paused);
}

TEST_CASE("A message to the speaker shows large on the display until the next call",
          "[ui][timekeeper][procedure]")
{
    TempMeeting tm;
    auto session = tm.createDemo();
    TimekeeperDisplay display(session.get());
    display.resize(960, 540);
    REQUIRE(session->start().ok);
    REQUIRE(session->setMessage(QStringLiteral("Please conclude")).ok);
    CHECK(display.shown().message == QStringLiteral("Please conclude"));
    CHECK(display.accessibleDescription().contains(QStringLiteral("Please conclude")));
    const int withMessage = display.readout()->height();

    REQUIRE(session->next().ok);
    CHECK(display.shown().message.isEmpty());
    // The figures had made room for it, and take it back.
    CHECK(display.readout()->height() > withMessage);
}

TEST_CASE("A point of order and a message from another program reach the display",
          "[ui][timekeeper][procedure][secondparty]")
{
    TempMeeting tm;
    auto console = tm.createDemo();
    TimekeeperDisplay display(console.get());
    REQUIRE(console->start().ok);
    tm.clock.advance(20'000);

    // Staff at another machine (or rostrum-cli) raise the point of order and the message.
    auto staff = tm.reopen();
    REQUIRE(staff->pointOfOrder(delegation("Fiji")).ok);
    REQUIRE(staff->setMessage(QStringLiteral("Please conclude")).ok);
    REQUIRE(console->refresh());
    display.refresh();
    CHECK(display.shown().delegation == entryKindName(EntryKind::PointOfOrder));
    CHECK(display.shown().message == QStringLiteral("Please conclude"));
    CHECK(display.shown().interrupted.contains(bidi::leftToRight(QStringLiteral("2:40"))));

    // The console closes it; the other program sees the floor back with the same time.
    REQUIRE(console->next().ok);
    REQUIRE(staff->refresh());
    REQUIRE(staff->list().current());
    CHECK(staff->list().current()->delegation == QStringLiteral("Albania"));
    CHECK(staff->currentReading().remainingMs == 160'000);
    CHECK(staff->meeting().message.isEmpty());
}
