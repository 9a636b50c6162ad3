// Another program holding the meeting file's lock is not a failure to save: the console keeps
// the act on screen, the banner turns amber and says the acts will be saved, and it goes away
// once they are.
#include "../core/filehelpers.h"
#include "chairwindow.h"
#include "meetingconsole.h"
#include "savebanner.h"
#include "translated.h"
#include "windowfixture.h"

#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE_METHOD(WindowFixture,
                 "While another program holds the lock, the banner waits in amber and the act "
                 "reaches the file once it lets go",
                 "[ui][chair][save][lock]")
{
    SaveBanner *banner = window->console()->saveBanner();
    REQUIRE(banner->isHidden());
    const qint64 first = session->list().waitingIds().first();

    auto lock = std::make_unique<LockHolder>(session->path());
    press(Qt::Key_Space);
    CHECK(currentId() == first); // on screen at once, the console never waits
    REQUIRE(banner->isVisible());
    CHECK(banner->kind() == SaveBanner::Kind::Waiting);
    // Waiting is not failing: the words say the acts will be saved, and nothing else.
    CHECK(banner->text() ==
          translated("MeetingSession", "Waiting for another program that holds the meeting file: "
                                       "the acts are kept in memory and will be saved as soon as "
                                       "it lets go.") +
              QLatin1Char(' ') + translated("SaveBanner", "Acts kept in memory only: %1.").arg(1));
    CHECK(window->saveStatusText() == saveStatus("⏳ Waiting to save — %1", session->path()));

    lock->release();
    // The watch looks every 200 ms; a little more than one look.
    QTest::qWait(300);
    CHECK(banner->isHidden());
    CHECK(window->saveStatusText() == saveStatus("All changes saved — %1", session->path()));
    auto file = temp.reopen();
    REQUIRE(file->list().current());
    CHECK(file->list().current()->id == first);
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture, "A file that is gone still shows the red banner, not the amber one",
                 "[ui][chair][save]")
{
    SaveBanner *banner = window->console()->saveBanner();
    const QString path = session->path();
    REQUIRE(QFile::rename(path, path + QStringLiteral(".away")));
    press(Qt::Key_Space);
    REQUIRE(banner->isVisible());
    CHECK(banner->kind() == SaveBanner::Kind::NotSaved);
    CHECK(banner->text().startsWith(
        translated("MeetingSession", "Changes are NOT being saved: %1.")
            .arg(translated("MeetingFileStore", "the meeting file %1 has been deleted or moved")
                     .arg(path))));
    CHECK(window->saveStatusText() == saveStatus("⚠ NOT saved — %1", path));
}
