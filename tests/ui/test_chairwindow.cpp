// The chair window driven by keys, as the chair drives it.
#include "chairactions.h"
#include "chairwindow.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "meetingbar.h"
#include "meetingconsole.h"
#include "reportdialog.h"
#include "runningordermodel.h"
#include "savebanner.h"
#include "spokenmodel.h"
#include "timekeeperdisplay.h"
#include "translated.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE_METHOD(WindowFixture, "Space starts and pauses the clock, calling the first speaker",
                 "[ui][chair][keys]")
{
    const qint64 first = session->list().waitingIds().first();
    press(Qt::Key_Space);
    REQUIRE(currentId() == first);
    REQUIRE(session->currentReading().running);
    REQUIRE(window->chairActions()->startPause->text() ==
            translated("ChairWindow", "&Pause clock"));
    temp.clock.advance(5000);
    press(Qt::Key_Space);
    REQUIRE_FALSE(session->currentReading().running);
    REQUIRE(session->currentReading().elapsedMs == 5000);
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture, "N calls the next speaker and A marks the called one absent",
                 "[ui][chair][keys]")
{
    const QVector<qint64> order = session->list().waitingIds();
    press(Qt::Key_Space);
    temp.clock.advance(170'000);
    press(Qt::Key_N);
    REQUIRE(currentId() == order.at(1));
    REQUIRE(session->list().find(order.at(0))->status == Status::Spoke);
    REQUIRE(window->console()->spokenModel()->rowCount() == 1);

    temp.clock.advance(1'000); // the chair looks up: the speaker called is not in the room
    press(Qt::Key_A);
    const Entry *absentee = session->list().find(order.at(1));
    REQUIRE(absentee->status == Status::Waiting);
    REQUIRE(absentee->absences == 1);
    REQUIRE(currentId() == order.at(2));
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture, "Plus and minus give and take 30 seconds", "[ui][chair][keys]")
{
    press(Qt::Key_Space);
    temp.clock.advance(10'000);
    REQUIRE(session->currentReading().remainingMs == 170'000);
    press(Qt::Key_Plus);
    REQUIRE(session->currentReading().remainingMs == 200'000);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    REQUIRE(session->currentReading().remainingMs == 140'000);
    press(Qt::Key_Equal); // the + key without Shift
    REQUIRE(session->currentReading().remainingMs == 170'000);
}

TEST_CASE_METHOD(WindowFixture, "Undo of a mistaken next brings the speaker back with their time",
                 "[ui][chair][keys][undo]")
{
    const QVector<qint64> order = session->list().waitingIds();
    press(Qt::Key_Space);
    temp.clock.advance(70'000);
    press(Qt::Key_N); // by mistake
    REQUIRE(currentId() == order.at(1));
    REQUIRE(window->chairActions()->undo->text() ==
            translated("ChairWindow", "&Undo: %1")
                .arg(translated("SpeakersList", "%1 called")
                         .arg(SpeakersList::describe(*session->list().find(order.at(1))))));

    press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(currentId() == order.at(0));
    REQUIRE(session->currentReading().elapsedMs == 70'000);
    REQUIRE(session->currentReading().remainingMs == 110'000);
    REQUIRE(model()->idAt(0) == order.at(1));
    REQUIRE(window->console()->spokenModel()->rowCount() == 0);
    REQUIRE_FALSE(window->chairActions()->redo->text().isEmpty());

    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(currentId() == order.at(1));
    REQUIRE(window->console()->spokenModel()->rowCount() == 1);
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "Ctrl+L closes and reopens the list, and a refusal is shown, not modal",
                 "[ui][chair][keys]")
{
    press(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(session->meeting().listClosed);
    REQUIRE(window->chairActions()->closeList->text() ==
            translated("ChairWindow", "Re&open the list"));

    InscriptionLine *line = window->console()->inscriptionLine();
    line->delegationEdit()->setText(QStringLiteral("Latvia"));
    line->submit();
    REQUIRE_FALSE(line->message()->isHidden());
    REQUIRE(line->message()->kind() == InlineMessage::Kind::Error);
    REQUIRE(line->message()->text() ==
            translated("SpeakersList", "The list of speakers is closed. Reopen it to inscribe %1.")
                .arg(QStringLiteral("Latvia")));
    REQUIRE(line->delegationEdit()->text() == QStringLiteral("Latvia"));

    table()->setFocus();
    press(Qt::Key_L, Qt::ControlModifier);
    REQUIRE_FALSE(session->meeting().listClosed);

    // Nobody is speaking: "+" is refused with the core's words, in place, with no modal box.
    press(Qt::Key_Plus);
    REQUIRE(window->statusBar()->currentMessage() ==
            translated("SpeakersList", "No one is speaking."));
    REQUIRE_FALSE(window->console()->notice()->isHidden());
    REQUIRE(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE_METHOD(WindowFixture, "Single-key shortcuts type into the inscription line instead",
                 "[ui][chair][keys]")
{
    const QVector<qint64> order = session->list().waitingIds();
    inscriptionEdit()->setFocus();
    REQUIRE(QApplication::focusWidget() == inscriptionEdit());
    QTest::keyClicks(inscriptionEdit(), QStringLiteral("Nan A+-"));
    QTest::keyClick(inscriptionEdit(), Qt::Key_Space);
    QTest::keyClick(inscriptionEdit(), Qt::Key_N);
    QTest::keyClick(inscriptionEdit(), Qt::Key_A);
    REQUIRE(inscriptionEdit()->text() == QStringLiteral("Nan A+- na"));
    REQUIRE(currentId() == 0);
    REQUIRE(session->list().waitingIds() == order);

    // The speaker field too.
    QLineEdit *speaker = window->console()->inscriptionLine()->speakerEdit();
    speaker->setFocus();
    QTest::keyClicks(speaker, QStringLiteral("Ana N"));
    REQUIRE(speaker->text() == QStringLiteral("Ana N"));
    REQUIRE(currentId() == 0);
}

TEST_CASE_METHOD(WindowFixture,
                 "Escape clears the inscription line and a second Escape gives the keys back",
                 "[ui][chair][keys]")
{
    const QVector<qint64> order = session->list().waitingIds();
    press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == inscriptionEdit());
    QTest::keyClicks(inscriptionEdit(), QStringLiteral("Luxem"));
    // The first Escape closes the suggestions, if any are open; the next one clears the line.
    if (QCompleter *c = window->console()->inscriptionLine()->completer();
        c->popup()->isVisible()) {
        QTest::keyClick(c->popup(), Qt::Key_Escape); // an open popup takes the keys
        REQUIRE_FALSE(c->popup()->isVisible());
        REQUIRE(inscriptionEdit()->text() == QStringLiteral("Luxem"));
    }
    press(Qt::Key_Escape);
    REQUIRE(inscriptionEdit()->text().isEmpty());
    REQUIRE(QApplication::focusWidget() == inscriptionEdit());

    press(Qt::Key_Escape);
    REQUIRE(QApplication::focusWidget() == table());
    press(Qt::Key_Space);
    REQUIRE(currentId() == order.first());
    REQUIRE(session->currentReading().running);
}

TEST_CASE_METHOD(WindowFixture, "Home and End go to the first and the last speaker",
                 "[ui][chair][keys]")
{
    const QVector<qint64> order = session->list().waitingIds();
    select({5});
    press(Qt::Key_Home);
    REQUIRE(model()->idAt(table()->currentIndex().row()) == order.first());
    press(Qt::Key_Down, Qt::ShiftModifier);
    REQUIRE(table()->selectionModel()->selectedRows().size() == 2);
    press(Qt::Key_End);
    REQUIRE(model()->idAt(table()->currentIndex().row()) == order.last());
    // Moving the cursor is not moving a speaker.
    REQUIRE(session->list().waitingIds() == order);
}

TEST_CASE_METHOD(WindowFixture, "The list keys move, exchange and remove the selected speakers",
                 "[ui][chair][keys]")
{
    const QVector<qint64> order = session->list().waitingIds();
    select({5});
    press(Qt::Key_Up, Qt::ControlModifier);
    REQUIRE(session->list().positionOf(order.at(5)) == 5);
    press(Qt::Key_Down, Qt::ControlModifier);
    press(Qt::Key_Down, Qt::ControlModifier);
    REQUIRE(session->list().positionOf(order.at(5)) == 7);
    press(Qt::Key_Home, Qt::ControlModifier);
    REQUIRE(session->list().positionOf(order.at(5)) == 1);
    press(Qt::Key_End, Qt::ControlModifier);
    REQUIRE(session->list().positionOf(order.at(5)) == order.size());

    select({1, 3});
    press(Qt::Key_E, Qt::ControlModifier);
    REQUIRE(session->list().positionOf(order.at(1)) == 4);
    REQUIRE(session->list().positionOf(order.at(3)) == 2);
    // One act: one undo puts both back.
    press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(session->list().positionOf(order.at(1)) == 2);
    REQUIRE(session->list().positionOf(order.at(3)) == 4);

    select({2});
    press(Qt::Key_Delete);
    REQUIRE(session->list().find(order.at(2)) == nullptr);
    select({2});
    press(Qt::Key_Delete, Qt::ShiftModifier);
    REQUIRE(session->list().find(order.at(3))->status == Status::Withdrawn);
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "When the file goes, the banner says so and the console keeps working",
                 "[ui][chair][save]")
{
    SaveBanner *banner = window->console()->saveBanner();
    REQUIRE(banner->isHidden());
    const QString path = session->path();
    REQUIRE(window->saveStatusText() == saveStatus("All changes saved — %1", path));

    REQUIRE(QFile::remove(path));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    const qint64 first = session->list().waitingIds().first();
    press(Qt::Key_Space);
    REQUIRE(currentId() == first); // done in memory
    REQUIRE(banner->isVisible());
    REQUIRE(session->saveFailed());
    REQUIRE_FALSE(session->waitingForAnotherProgram());
    REQUIRE(banner->text().startsWith(session->saveError()));
    REQUIRE(window->saveStatusText() == saveStatus("⚠ NOT saved — %1", path));

    // The chair carries on: next, a late inscription, undo.
    temp.clock.advance(60'000);
    press(Qt::Key_N);
    REQUIRE(session->list().find(first)->status == Status::Spoke);
    inscribe(*session, QStringLiteral("Latvia"));
    REQUIRE(banner->isVisible());
    REQUIRE(banner->text().endsWith(
        translated("SaveBanner", "Acts kept in memory only: %1.").arg(session->unsavedActs())));
    press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(std::none_of(session->list().entries().cbegin(), session->list().entries().cend(),
                         [](const Entry &e) { return e.delegation == QStringLiteral("Latvia"); }));
    requireModelClean();

    SECTION("saving a copy elsewhere puts things right")
    {
        QString error;
        REQUIRE(session->saveCopyAs(temp.path(QStringLiteral("copy.rostrum")), &error));
        REQUIRE(banner->isHidden());
        REQUIRE(window->saveStatusText() ==
                saveStatus("All changes saved — %1", temp.path(QStringLiteral("copy.rostrum"))));
    }
}

TEST_CASE_METHOD(WindowFixture, "Acts by another process show up live", "[ui][chair]")
{
    auto other = temp.reopen();
    inscribe(*other, QStringLiteral("Latvia"));
    REQUIRE(other->start().ok);
    // The watch timer runs every 200 ms.
    REQUIRE(QTest::qWaitFor([&] { return currentId() != 0; }, 3000));
    REQUIRE(model()->ids() == session->list().waitingIds());
    const QString projected = window->console()->meetingBar()->projectedEndText();
    REQUIRE((fitsMessage(
                 projected,
                 translated("MeetingBar", "Projected end %1 (%2)").arg(anything(), anything())) ||
             fitsMessage(
                 projected,
                 translated("MeetingBar", "⚠ Projected end %1 (%2)").arg(anything(), anything()))));
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "Ctrl+R resets the clock, Ctrl+T shows the display, Ctrl+I inscribes",
                 "[ui][chair][keys]")
{
    press(Qt::Key_Space);
    temp.clock.advance(40'000);
    press(Qt::Key_R, Qt::ControlModifier);
    REQUIRE(session->currentReading().remainingMs == 180'000);
    REQUIRE_FALSE(session->currentReading().started);

    press(Qt::Key_T, Qt::ControlModifier);
    REQUIRE(window->timekeeperDisplay());
    REQUIRE(window->timekeeperDisplay()->isVisible());
    REQUIRE(window->chairActions()->timekeeper->isChecked());
    window->timekeeperDisplay()->close();
    REQUIRE_FALSE(window->chairActions()->timekeeper->isChecked());
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    table()->setFocus();

    press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == inscriptionEdit());
}

TEST_CASE_METHOD(WindowFixture, "The File menu offers import, export and the report of the meeting",
                 "[ui][chair][documents]")
{
    ChairActions *a = window->chairActions();
    QMenu *file = nullptr;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text() == translated("ChairActions", "&File"))
            file = top->menu();
    }
    REQUIRE(file != nullptr);
    const QList<QAction *> entries = file->actions();
    for (QAction *wanted : {a->importInscriptions, a->exportList, a->report}) {
        REQUIRE(entries.contains(wanted));
        REQUIRE(wanted->isEnabled());
    }

    // The report opens beside the console, not over it: the chair keeps working.
    a->report->trigger();
    QApplication::processEvents();
    const auto reports = window->findChildren<ReportDialog *>();
    REQUIRE(reports.size() == 1);
    REQUIRE(reports.first()->isVisible());
    REQUIRE_FALSE(reports.first()->isModal());
    QApplication::setActiveWindow(window.get());
    window->console()->orderView()->setFocus();
    press(Qt::Key_Space);
    REQUIRE(session->currentReading().running);
    reports.first()->close();
}
