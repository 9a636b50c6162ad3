// A console on a server shows the role its user has, and greys out what the role may not do:
// the keys of a greyed act do nothing, and the acts it may do work. The server refuses the rest
// on its own (tests/server/test_serverroles.cpp); the console need not even ask it.
#include "backend.h"
#include "chairactions.h"
#include "chairwindow.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "savebanner.h"
#include "server/serverconnection.h"
#include "translated.h"

#include <QAction>
#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// The meeting at `url` as seen by a new user who holds `role` in it.
QString asNewUser(const QString &url, const QString &role)
{
    const QString user = role + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QString error;
    auto admin = ServerConnection::open(locationOf(url), &error);
    INFO(error.toStdString());
    REQUIRE(admin);
    QSqlQuery q(admin->db());
    q.prepare(QStringLiteral("SELECT rostrum.grant_role(?, ?, ?)"));
    q.addBindValue(locationOf(url).meeting);
    q.addBindValue(user);
    q.addBindValue(role);
    REQUIRE(q.exec());
    return asUser(url, user);
}

struct Console
{
    ChairWindow window;
    explicit Console(const Clock &clock, const QString &url) : window(clock)
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        INFO(error.toStdString());
        REQUIRE(window.openMeeting(url, &error));
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    const ChairActions &acts() const { return *window.chairActions(); }
    void press(Qt::Key key)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, key);
    }
};
} // namespace

TEST_CASE("A timekeeper's console runs the clock and greys out the list and the settings",
          "[ui][server]")
{
    Backend b(Backend::Kind::Server);
    b.createDemo().reset();
    Console c(b.clock(), asNewUser(b.location(), QStringLiteral("timekeeper")));
    CHECK(c.window.windowTitle().contains(translated("ChairWindow", "timekeeper")));
    for (QAction *a : {c.acts().startPause, c.acts().next, c.acts().addTime, c.acts().resetClock})
        CHECK(a->isEnabled());
    for (QAction *a : {c.acts().inscribe, c.acts().edit, c.acts().remove, c.acts().moveUp,
                       c.acts().settings, c.acts().undo, c.acts().share})
        CHECK_FALSE(a->isEnabled());
    CHECK_FALSE(c.window.console()->inscriptionLine()->isEnabled());

    // Space calls the first speaker: the timekeeper's to do, and done on the server.
    const QString first = c.window.session()->list().waiting().first().delegation;
    c.press(Qt::Key_Space);
    REQUIRE(c.window.session()->list().current());
    CHECK(c.window.session()->list().current()->delegation == first);
    CHECK_FALSE(c.window.session()->saveFailed());
    auto fresh = b.open();
    REQUIRE(fresh->list().current());
    CHECK(fresh->list().current()->delegation == first);
}

TEST_CASE("A staff console shapes the list, and its keys for the clock do nothing", "[ui][server]")
{
    Backend b(Backend::Kind::Server);
    b.createDemo().reset();
    Console c(b.clock(), asNewUser(b.location(), QStringLiteral("staff")));
    for (QAction *a : {c.acts().inscribe, c.acts().edit, c.acts().moveUp, c.acts().remove})
        CHECK(a->isEnabled());
    for (QAction *a : {c.acts().startPause, c.acts().next, c.acts().addTime, c.acts().settings})
        CHECK_FALSE(a->isEnabled());
    CHECK(c.window.console()->inscriptionLine()->isEnabled());

    // The keys of the clock, where the chair presses them: on the running order.
    auto *order = c.window.findChild<QTableView *>();
    REQUIRE(order);
    order->setFocus();
    c.press(Qt::Key_Space);
    c.press(Qt::Key_N);
    // Nothing at all: no act sent for the server to refuse, so no refusal on the screen either.
    CHECK_FALSE(c.window.console()->notice()->isVisible());
    CHECK(c.window.session()->list().current() == nullptr);
    CHECK(b.open()->list().current() == nullptr);
}

TEST_CASE("A viewer's console reads the meeting and every act is greyed out", "[ui][server]")
{
    Backend b(Backend::Kind::Server);
    b.createDemo().reset();
    Console c(b.clock(), asNewUser(b.location(), QStringLiteral("viewer")));
    CHECK(c.window.session()->isReadOnly());
    CHECK(c.window.session()->list().waiting().size() == 45);
    for (QAction *a : {c.acts().startPause, c.acts().next, c.acts().inscribe, c.acts().edit,
                       c.acts().settings, c.acts().undo})
        CHECK_FALSE(a->isEnabled());
    // The banner says why, and the way on: a role from the chair, not a copy of one's own.
    SaveBanner *banner = c.window.console()->saveBanner();
    CHECK(banner->isVisible());
    CHECK(banner->text() == translated("SaveBanner", "This meeting is open read only: %1. The "
                                                     "meeting's chair can give you another role.")
                                .arg(c.window.session()->readOnlyReason()));
}
