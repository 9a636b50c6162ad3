// The timekeeper's display and the chair's keys (issue 12, finding 3): opening it leaves the
// keys on the console, and with the focus on it every chair key still works.
#include "chairwindow.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "timekeeperdisplay.h"
#include "windowfixture.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QWindow>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// Whatever the window system still has to deliver (a window activated on show) arrives.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// Where the keyboard sends a key: an open popup (the suggestions) first, then the active
// window's focus.
QWidget *keyboardTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    QWidget *active = QApplication::activeWindow();
    return active && active->focusWidget() ? active->focusWidget() : active;
}

// As a click on it would: the display becomes the active window. (qWaitForWindowActive would
// not do: a window counts as active while its parent, the console, is.)
void activate(QWidget *display)
{
    display->activateWindow();
    REQUIRE(QTest::qWaitFor([display] { return QApplication::activeWindow() == display; }));
    display->setFocus();
}
} // namespace

TEST_CASE_METHOD(WindowFixture, "Ctrl+T opens the display and the console keeps the keys",
                 "[ui][chair][keys][display]")
{
    const QVector<qint64> order = session->list().waitingIds();
    press(Qt::Key_T, Qt::ControlModifier);
    settle();
    TimekeeperDisplay *display = window->timekeeperDisplay();
    REQUIRE(display);
    REQUIRE(display->isVisible());
    REQUIRE_FALSE(display->isFullScreen()); // a window on the console's one screen
    CHECK(QApplication::activeWindow() == window.get());
    CHECK(QApplication::focusWidget() == table());

    // The next key is the chair's, where the chair left it.
    press(Qt::Key_Space);
    CHECK(currentId() == order.first());
    CHECK(session->currentReading().running);
}

TEST_CASE_METHOD(WindowFixture, "Every chair key works from the timekeeper's display",
                 "[ui][chair][keys][display]")
{
    const QVector<qint64> order = session->list().waitingIds();
    press(Qt::Key_T, Qt::ControlModifier);
    TimekeeperDisplay *display = window->timekeeperDisplay();
    REQUIRE(display);
    // The timekeeper clicks the display: it has the keyboard now.
    activate(display);

    QTest::keyClick(display, Qt::Key_Space);
    CHECK(currentId() == order.at(0));
    CHECK(session->currentReading().running);
    temp.clock.advance(10'000);
    QTest::keyClick(display, Qt::Key_Plus);
    CHECK(session->currentReading().remainingMs == 200'000);
    QTest::keyClick(display, Qt::Key_Minus);
    QTest::keyClick(display, Qt::Key_Minus);
    CHECK(session->currentReading().remainingMs == 140'000);
    QTest::keyClick(display, Qt::Key_Z, Qt::ControlModifier);
    CHECK(session->currentReading().remainingMs == 170'000);
    QTest::keyClick(display, Qt::Key_N);
    CHECK(currentId() == order.at(1));
    temp.clock.advance(1'000);
    QTest::keyClick(display, Qt::Key_A); // called, not in the room
    CHECK(currentId() == order.at(2));
    CHECK(session->list().find(order.at(1))->absences == 1);

    // A name typed there is written where the chair sees it, in the console's line.
    temp.clock.advance(5'000);
    for (const char c : {'P', 'e', 'r', 'u'})
        QTest::keyClick(keyboardTarget(), c);
    settle();
    QLineEdit *line = window->console()->inscriptionLine()->delegationEdit();
    CHECK(line->text() == QStringLiteral("Peru"));
    CHECK(currentId() == order.at(2));
    // The display lets the keyboard go to the console (or the suggestions open under the
    // line), and the next keys go on writing there.
    CHECK(QGuiApplication::focusWindow() != display->windowHandle());
    QTest::keyClick(keyboardTarget(), 'a');
    CHECK(line->text() == QStringLiteral("Perua"));
    CHECK(currentId() == order.at(2));

    // Its own keys stay its own: F11 is full screen, and Ctrl+T from there hides it.
    activate(display);
    QTest::keyClick(display, Qt::Key_F11);
    CHECK(display->isFullScreen());
    QTest::keyClick(display, Qt::Key_F11);
    CHECK_FALSE(display->isFullScreen());
    QTest::keyClick(display, Qt::Key_T, Qt::ControlModifier);
    CHECK_FALSE(display->isVisible());
}

TEST_CASE_METHOD(WindowFixture, "A display opened full screen has the keys, and Escape leaves it",
                 "[ui][chair][keys][display]")
{
    // One screen, as a laptop mirrored to the room's projector: the display covers the
    // console, so its own F11 and Escape must reach it, and the chair's keys work there too.
    const QVector<qint64> order = session->list().waitingIds();
    window->showTimekeeper(QStringLiteral("0"), true);
    TimekeeperDisplay *display = window->timekeeperDisplay();
    REQUIRE(display);
    REQUIRE(display->isFullScreen());
    REQUIRE(QTest::qWaitFor([display] { return QApplication::activeWindow() == display; }));

    QTest::keyClick(keyboardTarget(), Qt::Key_Space);
    CHECK(currentId() == order.first());
    CHECK(session->currentReading().running);
    QTest::keyClick(keyboardTarget(), Qt::Key_Escape);
    CHECK_FALSE(display->isFullScreen());
    CHECK(display->isVisible());
}
