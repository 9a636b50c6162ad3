// The start page (issue 12, finding 11): launched with no meeting, the console showed one line of
// text. It shows New meeting, Open…, the recent meetings and Try the demo, each reached with Tab
// and pressed with Enter, and each does what it says.
#include "chairactions.h"
#include "chairwindow.h"
#include "meetingbar.h"
#include "meetingconsole.h"
#include "modaldialogs.h"
#include "recentmeetings.h"
#include "settingskeys.h"
#include "startpage.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// The console as `rostrum` starts it without a file, with these recent meetings remembered;
// what the chair's settings held before comes back after the test.
struct StartedEmpty
{
    explicit StartedEmpty(const QStringList &recent)
    {
        QStandardPaths::setTestModeEnabled(true);
        saved = QSettings().value(SettingsKeys::recentMeetings());
        QSettings().setValue(SettingsKeys::recentMeetings(), recent);
        window = std::make_unique<ChairWindow>(temp.clock);
        window->resize(1366, 768);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    ~StartedEmpty()
    {
        window.reset();
        QSettings().setValue(SettingsKeys::recentMeetings(), saved);
    }

    StartPage *page() const { return qobject_cast<StartPage *>(window->centralWidget()); }
    QWidget *focus() const { return QApplication::focusWidget(); }
    void press(Qt::Key key) { QTest::keyClick(focus() ? focus() : window.get(), key); }
    // Until the act queued by the button has run (the page gives way to the meeting).
    bool waitForSession() const
    {
        return QTest::qWaitFor([this] { return window->session() != nullptr; }, 5000);
    }

    TempMeeting temp;
    QVariant saved;
    std::unique_ptr<ChairWindow> window;
};

QString makeMeeting(TempMeeting &temp, const QString &name)
{
    temp.createDemo(name); // closed again at once, as a meeting of an earlier day
    return temp.path(name);
}
} // namespace

TEST_CASE("With no meeting, the console shows the start page: New meeting, Open…, the recent "
          "meetings and Try the demo, in that Tab order, each named for a screen reader",
          "[ui][startpage]")
{
    TempMeeting files;
    const QString there = makeMeeting(files, QStringLiteral("budget.rostrum"));
    const QString gone = files.path(QStringLiteral("moved-away.rostrum"));
    StartedEmpty f({there, gone});
    StartPage *page = f.page();
    REQUIRE(page);
    CHECK(page->isVisible());

    // The first choice has the focus, ready for Enter.
    CHECK(f.focus() == page->newMeetingButton());
    const QList<QCommandLinkButton *> recent = page->recentButtons();
    REQUIRE(recent.size() == 2);
    CHECK(recent[0]->text() == QStringLiteral("budget.rostrum"));
    CHECK(recent[0]->isEnabled());
    // A meeting whose file is gone is listed as gone, and cannot be chosen.
    CHECK(recent[1]->text() == QStringLiteral("moved-away.rostrum"));
    CHECK_FALSE(recent[1]->isEnabled());
    CHECK(recent[1]->description() ==
          translated("StartPage", "Not found in %1")
              .arg(QDir::toNativeSeparators(QFileInfo(gone).absolutePath())));

    QList<QWidget *> visited{f.focus()};
    for (int i = 0; i < 3; ++i) {
        f.press(Qt::Key_Tab);
        visited.append(f.focus());
    }
    CHECK(visited == QList<QWidget *>{page->newMeetingButton(), page->openButton(),
                                      page->demoButton(), recent[0]});
    for (QCommandLinkButton *b :
         {page->newMeetingButton(), page->openButton(), page->demoButton(), recent[0], recent[1]}) {
        CHECK_FALSE(b->accessibleName().isEmpty());
        CHECK_FALSE(b->accessibleDescription().isEmpty());
    }
}

TEST_CASE("The start page with no recent meeting says so, and the last meeting that is gone "
          "does not reopen",
          "[ui][startpage]")
{
    TempMeeting files;
    const QString gone = files.path(QStringLiteral("gone.rostrum"));
    StartedEmpty f({gone});
    CHECK(RecentMeetings::last().isEmpty()); // main.cpp then leaves the start page showing
    REQUIRE(f.page());
    CHECK(f.page()->recentButtons().size() == 1);

    StartedEmpty none({});
    REQUIRE(none.page());
    CHECK(none.page()->recentButtons().isEmpty());
    bool said = false;
    for (QLabel *l : none.page()->findChildren<QLabel *>())
        said = said || l->text() == translated("StartPage", "None yet: the meetings you open will "
                                                            "be listed here.");
    CHECK(said);
}

TEST_CASE("Enter on Try the demo opens the demo meeting, held today and starting within minutes: "
          "no \"+N days\" in the header, and an advice that it ends on time",
          "[ui][startpage][demo]")
{
    StartedEmpty f({});
    // A winter evening in New York, years after the seed meeting.
    f.temp.clock.advance(
        QDateTime(QDate(2026, 12, 1), QTime(20, 37, 24), QTimeZone("America/New_York"))
            .toMSecsSinceEpoch() -
        f.temp.clock.utcMs());
    f.press(Qt::Key_Tab);
    f.press(Qt::Key_Tab);
    REQUIRE(f.focus() == f.page()->demoButton());
    f.press(Qt::Key_Return);
    REQUIRE(f.waitForSession());
    const QString path = f.window->session()->path();

    const Meeting &m = f.window->session()->meeting();
    CHECK(m.date == QDate(2026, 12, 1));
    CHECK(m.scheduledStart == QTime(20, 40));
    CHECK(m.scheduledEnd == QTime(23, 10));
    CHECK(f.window->session()->list().waiting().size() == 45);
    MeetingBar *bar = f.window->console()->meetingBar();
    INFO(bar->projectedEndText().toStdString());
    // Minutes early or late, or on time, beside the end: never a count of days.
    const QString days = translated("TimeText", "%1%2 days").section(QStringLiteral("%2"), 1);
    CHECK_FALSE(bar->projectedEndText().contains(days));
    CHECK(fitsMessage(bar->projectedEndText(), translated("MeetingBar", "Projected end %1 (%2)")
                                                   .arg(QStringLiteral("22:55"), anything())));
    INFO(bar->adviceText().toStdString());
    CHECK(fitsMessage(
        bar->adviceText(),
        translated("RunningOrder", "On time: the list ends by %1 at the current limits.")
            .arg(anything())));
    CHECK(QTest::qWaitFor([&f] { return f.window->findChild<StartPage *>() == nullptr; }, 2000));

    f.window.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

TEST_CASE("Open… on the start page opens the file dialog, and the file chosen opens",
          "[ui][startpage]")
{
    TempMeeting files;
    const QString chosen = makeMeeting(files, QStringLiteral("plenary.rostrum"));
    StartedEmpty f({});
    bool asked = false;
    whenOpen<QFileDialog>([&asked, chosen](QFileDialog *dialog) {
        asked = dialog->acceptMode() == QFileDialog::AcceptOpen;
        chooseFile(dialog, chosen);
    });
    QTest::mouseClick(f.page()->openButton(), Qt::LeftButton);
    REQUIRE(f.waitForSession());
    CHECK(asked);
    CHECK(f.window->session()->path() == chosen);
}

TEST_CASE("A recent meeting on the start page opens with a click, or with Enter", "[ui][startpage]")
{
    TempMeeting files;
    const QString older = makeMeeting(files, QStringLiteral("older.rostrum"));
    const QString newer = makeMeeting(files, QStringLiteral("newer.rostrum"));
    SECTION("a click")
    {
        StartedEmpty f({newer, older});
        QTest::mouseClick(f.page()->recentButtons().at(1), Qt::LeftButton);
        REQUIRE(f.waitForSession());
        CHECK(f.window->session()->path() == older);
        CHECK(RecentMeetings::list().first() == older);
    }
    SECTION("Tab to it and Enter")
    {
        StartedEmpty f({newer, older});
        for (int i = 0; i < 3; ++i)
            f.press(Qt::Key_Tab);
        REQUIRE(f.focus() == f.page()->recentButtons().at(0));
        f.press(Qt::Key_Enter);
        REQUIRE(f.waitForSession());
        CHECK(f.window->session()->path() == newer);
    }
}

TEST_CASE("New meeting on the start page is the File menu's New meeting", "[ui][startpage]")
{
    StartedEmpty f({});
    QSignalSpy triggered(f.window->chairActions()->newMeeting, &QAction::triggered);
    // Whatever it asks first (a file, the settings), the chair cancels.
    whenOpen<QDialog>([](QDialog *dialog) { dialog->reject(); });
    REQUIRE(f.focus() == f.page()->newMeetingButton());
    f.press(Qt::Key_Return);
    CHECK(QTest::qWaitFor([&triggered] { return triggered.count() == 1; }, 5000));
    CHECK(f.window->session() == nullptr);
    CHECK(f.page() != nullptr); // cancelled: the start page stays
}
