// The process's own checks never read a meeting file SQLite has open: a document written over
// it is refused, an import of it is refused, opening it twice succeeds, and none of them opens
// the file (or its -shm) and closes it again, which would drop SQLite's POSIX locks on it and
// let another process delete its journal (issue 10, finding 1).
#include "import/csvreader.h"
#include "processlocks.h"
#include "records/savefile.h"
#include "session/meetingsession.h"
#include "tempmeeting.h"

#include <catch2/catch.hpp>

using namespace rostrum;
using rostrum::testing::locksHeldOn;
using rostrum::testing::TempMeeting;

TEST_CASE("Checks about an open meeting refuse it without reading it, and its locks stay",
          "[store][locks]")
{
    TempMeeting temp;
    const auto session = temp.createDemo();
    const QString path = temp.path();
    const QString shm = path + QStringLiteral("-shm");
    REQUIRE(locksHeldOn(path) > 0);
    REQUIRE(locksHeldOn(shm) > 0);

    CHECK(SaveFile::refusalToReplace(path).contains(QStringLiteral("it is a meeting file")));
    CHECK(SaveFile::refusalToReplace(shm).contains(QStringLiteral("belongs to the meeting file")));
    CHECK(CsvReader::readFile(path).fatal.contains(QStringLiteral("the open meeting file")));
    CHECK(CsvReader::readFile(shm).fatal.contains(QStringLiteral("the open meeting file")));
    QString why;
    CHECK(!MeetingSession::open(shm, temp.clock, QStringLiteral("test"), &why));
    CHECK(why.contains(QStringLiteral("journal of an open meeting")));
    CHECK(MeetingSession::openForReading(path, temp.clock, &why) != nullptr);

    CHECK(locksHeldOn(path) > 0);
    CHECK(locksHeldOn(shm) > 0);
    // And the session still saves.
    CHECK(testing::inscribe(*session, QStringLiteral("Latvia")) > 0);
    CHECK(temp.reopen()->list().waiting().size() == session->list().waiting().size());
}
