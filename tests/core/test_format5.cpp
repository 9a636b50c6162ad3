// File format 5 (the floor as the UN runs it): a meeting written before it migrates with every
// entry a statement and the floor's settings at their defaults; its old journal rows still undo,
// and the new acts work on it at once.

#include "filehelpers.h"
#include "store/schema.h"

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("A file of format 3 migrates to format 5 and takes points of order and replies",
          "[store][migration][procedure]")
{
    TempMeeting tm;
    const QString path = tm.path(QStringLiteral("v3.rostrum"));
    REQUIRE(
        QFile::copy(QStringLiteral(ROSTRUM_SOURCE_DIR "/tests/fixtures/meeting-v3.rostrum"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    auto s = MeetingSession::open(path, tm.clock, QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    CHECK(Schema::kCurrentVersion >= 5);
    const Entry *latvia = entryOf(s->list(), QStringLiteral("Latvia"));
    REQUIRE(latvia);
    CHECK(latvia->kind == EntryKind::Statement);
    CHECK(latvia->replyNumber == 0);
    const Meeting &m = s->meeting();
    CHECK(m.pointOfOrderLimitSeconds == 120);
    CHECK(m.repliesAllowed == 2);
    CHECK(m.replyFirstSeconds == 300);
    CHECK(m.replySecondSeconds == 180);
    CHECK(m.changeoverSeconds == 0);
    CHECK(m.message.isEmpty());
    CHECK(m.chimes);

    // The list is closed in the fixture: a reply may still be asked.
    REQUIRE(m.listClosed);
    REQUIRE_DONE(s->reply(draftFor(QStringLiteral("Ghana"))));
    REQUIRE_DONE(s->undo()); // the reply
    // The fixture's own close-list row, journaled without any of format 5's columns, undoes
    // the closing and leaves the floor's settings as they are.
    REQUIRE_DONE(s->setChangeover(15));
    REQUIRE_DONE(s->undo()); // the changeover
    CHECK(s->meeting().changeoverSeconds == 0);
    REQUIRE_DONE(s->setMessage(QStringLiteral("Please conclude"))); // not undone itself
    REQUIRE_DONE(s->undo());                                        // the close-list of format 3
    CHECK_FALSE(s->meeting().listClosed);
    CHECK(s->meeting().pointOfOrderLimitSeconds == 120);
    CHECK(s->meeting().message == QStringLiteral("Please conclude"));

    REQUIRE_DONE(s->start());
    REQUIRE_DONE(s->pointOfOrder(draftFor(QStringLiteral("France"))));
    s.reset();
    s = tm.reopen(QStringLiteral("v3.rostrum"));
    REQUIRE(s->list().interrupted());
    CHECK(s->list().interrupted()->delegation == QStringLiteral("Latvia"));
    CHECK(s->list().current()->kind == EntryKind::PointOfOrder);
}
