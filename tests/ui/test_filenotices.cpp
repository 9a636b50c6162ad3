// What the chair must know about the meeting file is shown above the list and stays there until
// dismissed: another console has the same meeting open, or an act kept in memory while another
// program held the file could not be saved after all.
#include "../core/filehelpers.h"
#include "chairwindow.h"
#include "inlinemessage.h"
#include "meetingconsole.h"
#include "translated.h"
#include "windowfixture.h"

#include <QApplication>
#include <QDateTime>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE_METHOD(WindowFixture,
                 "An act kept while the file was held, and dropped when it was written, is named "
                 "and stays on screen",
                 "[ui][chair][save][lock]")
{
    const qint64 latvia = inscribe(*session, QStringLiteral("Latvia"));
    InlineMessage *notice = window->console()->fileNotice();
    REQUIRE(notice->isHidden());

    auto lock = std::make_unique<LockHolder>(session->path());
    select({int(session->list().waitingIds().indexOf(latvia))});
    press(Qt::Key_Home, Qt::ControlModifier); // Move to the top, kept in memory
    REQUIRE(session->list().waitingIds().first() == latvia);
    REQUIRE(session->unsavedActs() == 1);
    lock->release();
    {
        auto other = temp.reopen(); // staff at another machine remove Latvia meanwhile
        REQUIRE(other->remove(latvia).ok);
    }
    session->refresh(); // the watch's next look

    REQUIRE(notice->isVisible());
    CHECK(notice->kind() == InlineMessage::Kind::Error);
    // The act in the core's words, and why the file refused it.
    const QString notSaved = translated("UnsavedActs", "“%1” was not saved: %2")
                                 .arg(translated("SpeakersList", "%1 moved to position %2")
                                          .arg(QStringLiteral("Latvia"))
                                          .arg(1),
                                      anything());
    CHECK(fitsMessage(notice->text(), notSaved));
    CHECK(window->statusBar()->currentMessage() == notice->text());
    CHECK_FALSE(session->list().waitingIds().contains(latvia));

    // The chair's next act does not clear it; only the chair does.
    temp.clock.advance(1000);
    press(Qt::Key_Space);
    REQUIRE(session->list().current());
    CHECK(notice->isVisible());
    CHECK(fitsMessage(notice->text(), notSaved));
    requireModelClean();
}

TEST_CASE("Opening a meeting another console has open says who has it, without a dialog",
          "[ui][chair][seat]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    temp.createDemo().reset();
    const qint64 now = temp.clock.utcMs();
    runSql(temp.path(),
           {QStringLiteral("INSERT INTO console_seat (host, pid, actor, opened_utc, seen_utc) "
                           "VALUES ('un-hq-08', 4242, 'bob@un-hq-08 (console)', %1, %1)")
                .arg(now)});

    ChairWindow window(temp.clock);
    QString error;
    REQUIRE(window.openMeeting(temp.path(), &error));
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(QApplication::activeModalWidget() == nullptr);

    InlineMessage *notice = window.console()->fileNotice();
    REQUIRE(notice->isVisible());
    CHECK(notice->kind() == InlineMessage::Kind::Warning);
    const QString since = QDateTime::fromMSecsSinceEpoch(now).toLocalTime().toString(u"HH:mm");
    CHECK(notice->text() ==
          translated("MeetingSession",
                     "This meeting is also open in another console: %1. Acts from every console "
                     "are saved, and each shows the others' within a moment.",
                     1)
              .arg(translated("MeetingSession", "%1 since %2")
                       .arg(QStringLiteral("bob@un-hq-08 (console)"), since)));
    CHECK(window.statusBar()->currentMessage() == notice->text());
}

TEST_CASE("A meeting no other console has open shows no notice about it", "[ui][chair][seat]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    temp.createDemo().reset();
    ChairWindow window(temp.clock);
    QString error;
    REQUIRE(window.openMeeting(temp.path(), &error));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.console()->fileNotice()->isHidden());
}
