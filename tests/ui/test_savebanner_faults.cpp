// The save banner through a fault that passes: it says why and how many acts are kept, and it
// goes away by itself once the kept acts have been written.
#include "chairwindow.h"
#include "meetingconsole.h"
#include "savebanner.h"
#include "session/meetingsession.h"
#include "translated.h"
#include "windowfixture.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE_METHOD(
    WindowFixture,
    "The banner counts the acts kept while the file is away and clears when it is back",
    "[ui][chair][save]")
{
    SaveBanner *banner = window->console()->saveBanner();
    REQUIRE(banner->isHidden());
    const QString path = session->path();
    const QString away = path + QStringLiteral(".away");
    // Moved away (a sync tool, a careless rename) and later put back: the same file returns.
    REQUIRE(QFile::rename(path, away));

    press(Qt::Key_Space);
    REQUIRE(banner->isVisible());
    CHECK(
        banner->text() ==
        translated("MeetingSession", "Changes are NOT being saved: %1.")
                .arg(translated("MeetingFileStore", "the meeting file %1 has been deleted or moved")
                         .arg(path)) +
            QLatin1Char(' ') + translated("SaveBanner", "Acts kept in memory only: %1.").arg(1));
    temp.clock.advance(30'000);
    press(Qt::Key_N);
    CHECK(banner->text().endsWith(
        QLatin1Char(' ') + translated("SaveBanner", "Acts kept in memory only: %1.").arg(2)));
    REQUIRE(window->saveStatusText() == saveStatus("⚠ NOT saved — %1", path));

    REQUIRE(QFile::rename(away, path));
    session->refresh(); // what the watch timer does every 200 ms
    CHECK(banner->isHidden());
    CHECK(window->saveStatusText() == saveStatus("All changes saved — %1", path));
    auto reopened = temp.reopen();
    CHECK(reopened->list().waitingIds() == session->list().waitingIds());
    CHECK(reopened->list().spoken().size() == 1);
    requireModelClean();
}
