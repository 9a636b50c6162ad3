// The chime player (issue 14): one precise timer aimed at the next cue and aimed again after
// every act, the cue played at its instant and logged, and a console that cannot be heard says
// so once. The cues go to a recording "sound" here: the timing must hold on machines with none.
#include "chimeplayer.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rostrum;
using rostrum::testing::inscribe;
using rostrum::testing::TempMeeting;
using Cue = ChimeSchedule::Cue;
using Due = ChimeSchedule::Due;

namespace {

// A meeting with Latvia at the rostrum, her clock not yet started, and a player whose sound
// records the cues it is given.
struct Rostrum
{
    Rostrum()
    {
        session = temp.createEmpty();
        latvia = inscribe(*session, QStringLiteral("Latvia"));
        player.setSession(session.get());
    }
    // Starts Latvia's clock with this limit; the instant it started.
    qint64 startWithLimit(qint64 ms)
    {
        if (session->list().find(latvia)->allottedMs != ms)
            REQUIRE(session->setAllotted(latvia, ms).ok);
        REQUIRE(session->start().ok);
        return session->list().current()->startedAtMs;
    }

    TempMeeting temp;
    std::unique_ptr<MeetingSession> session;
    qint64 latvia = 0;
    QList<Cue> heard;
    bool audible = true;
    ChimePlayer player{[this](Cue cue) {
                           heard.append(cue);
                           return audible;
                       },
                       nullptr};
};

} // namespace

TEST_CASE("The chime player sleeps until a clock runs", "[ui][chimes]")
{
    Rostrum r;
    CHECK_FALSE(r.player.armed());
    CHECK(r.player.armedIntervalMs() == -1);
}

TEST_CASE("The chime player aims at the next cue and again after every act", "[ui][chimes]")
{
    Rostrum r;
    const qint64 started = r.startWithLimit(180'000);
    CHECK(r.player.armed() == Due{Cue::Warning, started + 150'000});
    CHECK(r.player.armedIntervalMs() == 150'000);

    SECTION("time passing, then an act: the rest of the wait, to the millisecond")
    {
        r.temp.clock.advance(12'345);
        REQUIRE(r.session->addTime(30'000).ok);
        CHECK(r.player.armed() == Due{Cue::Warning, started + 180'000});
        CHECK(r.player.armedIntervalMs() == 180'000 - 12'345);
    }
    SECTION("a pause disarms it, a resume aims it past the pause")
    {
        r.temp.clock.advance(10'000);
        REQUIRE(r.session->pause().ok);
        CHECK_FALSE(r.player.armed());
        r.temp.clock.advance(5'000);
        REQUIRE(r.session->start().ok);
        CHECK(r.player.armed() == Due{Cue::Warning, started + 155'000});
        CHECK(r.player.armedIntervalMs() == 140'000);
    }
    SECTION("this console's switch turned off disarms it, and on again aims it")
    {
        r.player.setOn(false);
        CHECK_FALSE(r.player.armed());
        r.player.setOn(true);
        CHECK(r.player.armed() == Due{Cue::Warning, started + 150'000});
    }
    SECTION("the next speaker's clock is not running yet: nothing due")
    {
        inscribe(*r.session, QStringLiteral("Estonia"));
        r.temp.clock.advance(2'000);
        REQUIRE(r.session->next().ok);
        CHECK_FALSE(r.player.armed());
    }
    SECTION("no meeting, no chime")
    {
        r.player.setSession(nullptr);
        CHECK_FALSE(r.player.armed());
    }
}

TEST_CASE("The chime player plays each cue at its instant, and logs it", "[ui][chimes]")
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("cues.log"));
    qputenv("ROSTRUM_CUE_LOG", logPath.toLocal8Bit());
    Rostrum r;
    qunsetenv("ROSTRUM_CUE_LOG");
    QSignalSpy played(&r.player, &ChimePlayer::played);
    // 0:31: the warning one second after the start, zero 30 s after that.
    const qint64 started = r.startWithLimit(31'000);
    REQUIRE(r.player.armed() == Due{Cue::Warning, started + 1'000});
    REQUIRE(r.player.armedIntervalMs() == 1'000);

    r.temp.clock.advance(1'000); // the fake clock is there when the real timer fires
    REQUIRE(played.wait(3'000));
    REQUIRE(played.count() == 1);
    CHECK(played.at(0).at(0).value<Cue>() == Cue::Warning);
    CHECK(played.at(0).at(1).toLongLong() == started + 1'000);
    CHECK(r.heard == QList<Cue>{Cue::Warning});
    CHECK(r.player.armed() == Due{Cue::Zero, started + 31'000});
    CHECK(r.player.armedIntervalMs() == 30'000);

    QFile log(logPath);
    REQUIRE(log.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList fields = QString::fromUtf8(log.readAll()).trimmed().split(u' ');
    REQUIRE(fields.size() == 3);
    CHECK(fields[0] == QStringLiteral("warning"));
    // The due instant on the wall clock: the fake one's, never stepped here.
    CHECK(fields[1].toLongLong() == started + 1'000);
    bool isNumber = false;
    CHECK(fields[2].toLongLong(&isNumber) > 0);
    CHECK(isNumber);
}

TEST_CASE("The chime player waits for the instant when its timer fires early", "[ui][chimes]")
{
    Rostrum r;
    QSignalSpy played(&r.player, &ChimePlayer::played);
    const qint64 started = r.startWithLimit(31'000);
    r.temp.clock.advance(
        400); // the real timer fires after 1 s, and again and again: this clock stays 0.6 s short
    CHECK_FALSE(played.wait(2'500));
    CHECK(r.heard.isEmpty());
    CHECK(r.player.armed() == Due{Cue::Warning, started + 1'000});
    CHECK(r.player.armedIntervalMs() == 600);
}

TEST_CASE("A console that cannot be heard says so once and chimes no more", "[ui][chimes]")
{
    Rostrum r;
    r.audible = false;
    QSignalSpy unavailable(&r.player, &ChimePlayer::unavailable);
    r.startWithLimit(31'000);
    r.temp.clock.advance(1'000);
    REQUIRE(unavailable.wait(3'000));
    CHECK(unavailable.count() == 1);
    CHECK(unavailable.at(0).at(0).toString() == ChimePlayer::noSoundMessage());
    CHECK(r.player.isSilenced());
    CHECK_FALSE(r.player.armed());
    // Nothing the chair does brings the message back, or the timer.
    REQUIRE(r.session->addTime(30'000).ok);
    r.player.setOn(false);
    r.player.setOn(true);
    CHECK_FALSE(r.player.armed());
    CHECK(unavailable.count() == 1);
    CHECK(r.heard.size() == 1);
}

TEST_CASE("A meeting whose chimes are off chimes at no console", "[ui][chimes]")
{
    Rostrum r;
    Meeting m = r.session->meeting();
    m.chimes = false;
    REQUIRE(r.session->setMeeting(m).ok);
    const qint64 started = r.startWithLimit(180'000);
    CHECK_FALSE(r.player.armed());
    // Switched on again, at this console or any other: the next cue is aimed at.
    m.chimes = true;
    REQUIRE(r.session->setMeeting(m).ok);
    CHECK(r.player.armed() == Due{Cue::Warning, started + 150'000});
}
