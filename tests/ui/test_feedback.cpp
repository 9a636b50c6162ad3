// Feedback that is true (issue 12, findings 6 and 7): a refusal leaves the screen once its cause
// is gone or the next act is done, and the acts whose effect is not in plain sight say in the
// status line what they did, in the core's words.
#include "chairactions.h"
#include "chairwindow.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "modaldialogs.h"
#include "runningordermodel.h"
#include "translated.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString statusLine(const WindowFixture &f)
{
    return f.window->statusBar()->currentMessage();
}

// Types a delegation into the inscription line and presses Enter, as staff do.
void inscribeByKeys(WindowFixture &f, const QString &delegation)
{
    f.press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == f.inscriptionEdit());
    QTest::keyClicks(f.inscriptionEdit(), delegation);
    QTest::keyClick(f.inscriptionEdit(), Qt::Key_Return);
}

// Chooses `path` in the file dialog the act is about to open, as a user does.
void answerNextFileDialog(const QString &path)
{
    whenOpen<QFileDialog>([path](QFileDialog *dialog) { chooseFile(dialog, path); });
}

// What the status line says: the core's summary of an act, in the language of the run.
QString said(const char *source)
{
    return translated("SpeakersList", source);
}

// A speaker as the core names one in its summaries: "Japan (Kazuyuki Ishii)".
QString speaker(const char *delegation, const char *name)
{
    return said("%1 (%2)").arg(QString::fromUtf8(delegation), QString::fromUtf8(name));
}

int rowOf(const WindowFixture &f, const char *delegation)
{
    for (int row = 0; row < f.model()->rowCount(); ++row) {
        const Entry *e = f.session->list().find(f.model()->idAt(row));
        if (e && e->delegation == QString::fromUtf8(delegation))
            return row;
    }
    FAIL("not waiting: " << delegation);
    return -1;
}
} // namespace

TEST_CASE_METHOD(WindowFixture,
                 "The closed list's refusal goes when the list reopens, here or at another "
                 "console",
                 "[ui][chair][feedback]")
{
    InlineMessage *lineMessage = window->console()->inscriptionLine()->message();
    press(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(session->meeting().listClosed);
    inscribeByKeys(*this, QStringLiteral("Peru"));
    REQUIRE(lineMessage->isVisible());
    REQUIRE(lineMessage->kind() == InlineMessage::Kind::Error);
    const QString closedFor = said("The list of speakers is closed. Reopen it to inscribe %1.")
                                  .arg(QStringLiteral("Peru"));
    REQUIRE(lineMessage->text() == closedFor);

    // The chair reopens it: the refusal is no longer true, and goes; the typed name stays.
    table()->setFocus();
    press(Qt::Key_L, Qt::ControlModifier);
    REQUIRE_FALSE(session->meeting().listClosed);
    CHECK(lineMessage->isHidden());
    CHECK(inscriptionEdit()->text() == QStringLiteral("Peru"));
    CHECK(statusLine(*this) == said("List of speakers reopened"));

    // Closed and reopened at another console (or with rostrum-cli): the same, once this console
    // sees it.
    auto other = temp.reopen();
    REQUIRE(other->setListClosed(true).ok);
    session->refresh(); // what the watch timer does every 200 ms
    inscriptionEdit()->clear();
    inscribeByKeys(*this, QStringLiteral("Peru"));
    REQUIRE(lineMessage->isVisible());
    REQUIRE(lineMessage->text() == closedFor);
    REQUIRE(other->setListClosed(false).ok);
    session->refresh();
    CHECK(lineMessage->isHidden());
    QTest::keyClick(inscriptionEdit(), Qt::Key_Return);
    CHECK(session->list().waitingIds().size() == other->list().waitingIds().size() + 1);
    CHECK(lineMessage->kind() == InlineMessage::Kind::Info); // "Peru inscribed at no. …"
}

TEST_CASE_METHOD(WindowFixture, "A refusal goes when the next act is done, wherever it is done",
                 "[ui][chair][feedback]")
{
    InlineMessage *notice = window->console()->notice();
    // Nobody is speaking: "+" is refused above the list and in the status line.
    press(Qt::Key_Plus);
    REQUIRE(notice->isVisible());
    REQUIRE(notice->text() == said("No one is speaking."));
    REQUIRE(statusLine(*this) == said("No one is speaking."));
    // Space calls the first speaker and starts the clock: the refusal is stale, and goes.
    press(Qt::Key_Space);
    REQUIRE(currentId() != 0);
    CHECK(notice->isHidden());
    CHECK(statusLine(*this).isEmpty());

    // Refused in the inscription line, then an act at the chair's keys: it goes too.
    InlineMessage *lineMessage = window->console()->inscriptionLine()->message();
    inscribeByKeys(*this, QStringLiteral("Ecuador"));
    REQUIRE(lineMessage->isVisible());
    REQUIRE(lineMessage->kind() == InlineMessage::Kind::Error);
    table()->setFocus();
    temp.clock.advance(1'000); // a key this soon after typing would be typed too
    press(Qt::Key_Space);      // pauses the clock
    REQUIRE_FALSE(session->currentReading().running);
    CHECK(lineMessage->isHidden());

    // Refused at the keys, then an inscription is done: the chair's refusal goes.
    // Time is taken away until there is none left to take: the last "-" is refused.
    for (int i = 0; i < 40 && notice->isHidden(); ++i)
        press(Qt::Key_Minus);
    REQUIRE(notice->isVisible());
    REQUIRE(notice->text() == said("No time left to remove."));
    const QString refusal = notice->text();
    REQUIRE(statusLine(*this) == refusal);
    inscribeByKeys(*this, QStringLiteral("Latvia"));
    REQUIRE(lineMessage->kind() == InlineMessage::Kind::Info);
    CHECK(notice->isHidden());
    CHECK(statusLine(*this) != refusal);
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "An absence, an undo, a redo and an export say what happened in the status line",
                 "[ui][chair][feedback]")
{
    // The opening speakers are called and go; the first briefer is called and is not there.
    press(Qt::Key_N);
    temp.clock.advance(60'000);
    press(Qt::Key_N);
    temp.clock.advance(60'000);
    press(Qt::Key_N);
    REQUIRE(session->list().current()->delegation ==
            QStringLiteral("UN Office for Disarmament Affairs"));
    temp.clock.advance(5'000);
    press(Qt::Key_A);
    const QString absent =
        said("%1 absent: %2")
            .arg(speaker("UN Office for Disarmament Affairs", "Izumi Nakamitsu"),
                 said("moved to the end of the %1 tier").arg(translated("Categories", "Briefers")));
    CHECK(statusLine(*this) ==
          said("%1; %2 called")
              .arg(absent, speaker("Stanford Cyber Policy Center", "Marietje Schaake")));

    select({rowOf(*this, "Ecuador"), rowOf(*this, "France")});
    press(Qt::Key_E, Qt::ControlModifier);
    const QString exchanged = said("%1 exchanged places with %2")
                                  .arg(QStringLiteral("Ecuador"), QStringLiteral("France"));
    CHECK(statusLine(*this) == exchanged);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(statusLine(*this) == translated("ChairWindow", "Undone: %1").arg(exchanged));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(statusLine(*this) == translated("ChairWindow", "Redone: %1").arg(exchanged));
    // An undo of an absence names it in the same words.
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(statusLine(*this).startsWith(translated("ChairWindow", "Undone: %1").arg(absent)));

    const QString csv = temp.path(QStringLiteral("list of speakers.csv"));
    answerNextFileDialog(csv);
    press(Qt::Key_P, Qt::ControlModifier); // File > Export the list of speakers…
    REQUIRE(QFile::exists(csv));
    CHECK(statusLine(*this) == translated("ChairWindow", "List of speakers written to %1")
                                   .arg(QDir::toNativeSeparators(csv)));
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture, "Withdrawals, removals and moves are confirmed in the core's words",
                 "[ui][chair][feedback]")
{
    select({rowOf(*this, "Japan")});
    press(Qt::Key_Home, Qt::ControlModifier);
    CHECK(statusLine(*this) ==
          said("%1 moved to position %2").arg(speaker("Japan", "Kazuyuki Ishii")).arg(1));
    select({rowOf(*this, "Malta")});
    press(Qt::Key_Delete, Qt::ShiftModifier);
    CHECK(statusLine(*this) == said("%1 withdrew").arg(speaker("Malta", "Claire Borg")));
    select({rowOf(*this, "Switzerland")});
    press(Qt::Key_Delete);
    CHECK(statusLine(*this) == said("%1 removed").arg(speaker("Switzerland", "Regula Imhof")));
    press(Qt::Key_L, Qt::ControlModifier);
    CHECK(statusLine(*this) == said("List of speakers closed"));
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "A speaker dragged to a new place is confirmed, and a refused "
                 "drag is shown as a refusal until the next act",
                 "[ui][chair][feedback]")
{
    const int japan = rowOf(*this, "Japan");
    std::unique_ptr<QMimeData> one(model()->mimeData({model()->index(japan, 1)}));
    REQUIRE(model()->dropMimeData(one.get(), Qt::MoveAction, 0, 0, {})); // before the first row
    CHECK(statusLine(*this) ==
          said("%1 moved to position %2").arg(speaker("Japan", "Kazuyuki Ishii")).arg(1));

    std::unique_ptr<QMimeData> two(model()->mimeData({model()->index(1, 1), model()->index(2, 1)}));
    REQUIRE_FALSE(model()->dropMimeData(two.get(), Qt::MoveAction, 5, 0, {}));
    InlineMessage *notice = window->console()->notice();
    REQUIRE(notice->isVisible());
    REQUIRE(statusLine(*this) == notice->text());
    press(Qt::Key_Space);
    CHECK(notice->isHidden());
    requireModelClean();
}
