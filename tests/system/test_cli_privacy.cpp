// The meeting files the command line makes hold personal names: they are readable by their
// owner only, even when the shell's umask would let everyone read what it creates.

#include "clirunner.h"
#include "tempmeeting.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace rostrum::systemtest;

namespace {
mode_t permissionsOf(const QString &path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}
} // namespace

TEST_CASE("Meetings made by new and demo are readable by their owner only, whatever the umask",
          "[cli][privacy]")
{
    rostrum::testing::TempMeeting temp;
    const mode_t old = ::umask(0); // the children inherit it, as from a careless shell
    const QString created = temp.path(QStringLiteral("new.rostrum"));
    const QString demo = temp.path(QStringLiteral("demo.rostrum"));
    newMeeting(created);
    runCliOk({QStringLiteral("demo"), demo});
    runCliOk({QStringLiteral("add"), created, QStringLiteral("--delegation"),
              QStringLiteral("Ghana"), QStringLiteral("--speaker"), QStringLiteral("Ama Mensah")});
    ::umask(old);
    CHECK(permissionsOf(created) == 0600);
    CHECK(permissionsOf(demo) == 0600);
}
