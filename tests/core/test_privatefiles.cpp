// Meeting files hold personal names: every way of making one leaves it readable by its owner
// only, whatever the umask, and SQLite's -wal and -shm files beside it too.

#include "filehelpers.h"
#include "tempmeeting.h"

#include <sys/stat.h>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// Runs `make` as a process with a careless umask would, then restores the umask.
template <typename Make> auto underUmask(mode_t mask, Make make)
{
    const mode_t old = ::umask(mask);
    auto result = make();
    ::umask(old);
    return result;
}
} // namespace

TEST_CASE("A copy saved as a new file is private, with its -wal and -shm, under any umask",
          "[store][privacy]")
{
    TempMeeting tm;
    auto s = tm.createDemo();
    const QString copy = tm.path(name("copy.rostrum"));
    for (const mode_t mask : {mode_t(0), mode_t(022), mode_t(077)}) {
        INFO("umask " << mask);
        QFile::remove(copy);
        QString error;
        REQUIRE(underUmask(mask, [&] { return s->saveCopyAs(copy, &error); }));
        // The session now writes to the copy, so its -wal and -shm exist while it is open.
        inscribe(*s, name("Latvia"));
        CHECK(permissionsOf(copy) == 0600);
        REQUIRE(QFileInfo::exists(copy + name("-wal")));
        CHECK(permissionsOf(copy + name("-wal")) == 0600);
        CHECK(permissionsOf(copy + name("-shm")) == 0600);
        s = tm.reopen(); // let go of the copy, so the next round can make it again
    }
}

TEST_CASE("A meeting created with an owner-only umask is still writable by its owner",
          "[store][privacy]")
{
    // A umask that takes the owner's write bit would leave a file SQLite cannot write; the
    // mode is set, not merely masked.
    TempMeeting tm;
    auto s = underUmask(0277, [&] { return tm.createEmpty(); });
    REQUIRE(s);
    CHECK(permissionsOf(tm.path()) == 0600);
    CHECK(inscribe(*s, name("Ghana")) > 0);
}
