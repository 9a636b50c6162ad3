// Keys that cannot misfire (issue 12): typing never becomes acts, a held key acts once, a Next
// pressed twice calls one speaker. Real key presses, the fake clock for every "soon".
#include "chairactions.h"
#include "chairwindow.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "translated.h"
#include "typingguard.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
const QString kName = QStringLiteral("Dame Barbara Woodward-Smythe of Little Snoring");

// Everything an act would change: the journal, the undo stack, the floor and the order.
struct Acts
{
    explicit Acts(MeetingSession &s)
        : journal(int(s.journal(100'000).size())), undo(s.undoText()),
          current(s.list().current() ? s.list().current()->id : 0), order(s.list().waitingIds())
    {
    }
    bool operator==(const Acts &) const = default;
    int journal;
    QString undo;
    qint64 current;
    QVector<qint64> order;
};

// One key as a keyboard sends it: press and release, with the character it writes.
void typeChar(QWidget *target, QChar c)
{
    if (c.unicode() < 0x80) {
        QTest::keyClick(target, c.toLatin1());
        return;
    }
    // A letter of another script (the first of a category's name in Arabic): QTest has no key
    // for it, so the press carries the text alone, as an Arabic keyboard layout sends it.
    QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Where the keyboard sends a key: an open popup (the suggestions) first, else the focus.
QWidget *keyboardTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    return QApplication::focusWidget();
}

void typeText(const QString &text)
{
    for (const QChar c : text)
        typeChar(keyboardTarget(), c);
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyboardTarget(), key, modifiers);
}

// How a keyboard's repeats arrive: flagged as auto-repeat (a release and a press each); from
// an X server in detectable-repeat mode, as plain presses with no release between; or, when Qt
// reads a pair apart, as a flagged release and an unflagged press.
enum class Repeats
{
    Flagged,
    Unflagged,
    Mixed // what Qt on X11 gives when it reads a repeat's release and press apart
};

// A key held down: the first press, then the keyboard's repeats, then the release.
void holdKey(Repeats how, QWidget *target, Qt::Key key, const QString &text, int repeats,
             Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::simulateEvent(target, true, key, modifiers, text, false);
    for (int i = 0; i < repeats; ++i) {
        if (how != Repeats::Unflagged)
            QTest::simulateEvent(target, false, key, modifiers, text, true);
        QTest::simulateEvent(target, true, key, modifiers, text, how == Repeats::Flagged);
    }
    QTest::simulateEvent(target, false, key, modifiers, text, false);
}
} // namespace

TEST_CASE_METHOD(WindowFixture,
                 "A name typed at the running order is written in the inscription line and "
                 "makes no act",
                 "[ui][chair][keys][typing]")
{
    const Acts before(*session);
    REQUIRE(QApplication::focusWidget() == table());

    SECTION("key by key, as the keyboard sends them to whatever has the focus")
    {
        typeText(kName);
    }
    SECTION("key by key, every one aimed at the running order")
    {
        // As if the focus had not followed yet: a key that lands on the list while someone
        // types is typing too, the a's, n's and spaces of the name included.
        for (const QChar c : kName)
            typeChar(table(), c);
    }
    CHECK(Acts(*session) == before);
    CHECK(currentId() == 0);
    CHECK(inscriptionEdit()->text() == kName);
    CHECK(QApplication::focusWidget() == inscriptionEdit());
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "An act key is an act again a moment after the typing stops, or at once "
                 "after Escape",
                 "[ui][chair][keys][typing]")
{
    const QVector<qint64> order = session->list().waitingIds();
    typeChar(table(), QLatin1Char('x')); // the chair starts typing at the list
    REQUIRE(inscriptionEdit()->text() == QStringLiteral("x"));

    SECTION("N on the list while typing is written, and the status line says why")
    {
        table()->setFocus();
        typeChar(table(), QLatin1Char('n'));
        CHECK(currentId() == 0);
        CHECK(inscriptionEdit()->text() == QStringLiteral("xn")); // written after the x
        CHECK(window->statusBar()->currentMessage() ==
              translated("ChairWindow",
                         "“%1” was typed into the inscription line, not taken as %2: while you "
                         "type, keys write. Escape on the empty line goes back to the list.")
                  .arg(QStringLiteral("n"),
                       translated("ChairActions", "&Next speaker").remove(QLatin1Char('&'))));

        // A second later nobody is typing: N is Next.
        temp.clock.advance(TypingGuard::kTypingPauseMs);
        table()->setFocus();
        press(Qt::Key_N);
        CHECK(currentId() == order.first());
    }
    SECTION("Escape until the list has the keys: Space starts at once")
    {
        for (int i = 0; i < 3 && QApplication::focusWidget() != table(); ++i)
            pressKey(Qt::Key_Escape); // the suggestions, the text, the line
        REQUIRE(QApplication::focusWidget() == table());
        pressKey(Qt::Key_Space);
        CHECK(currentId() == order.first());
        CHECK(session->currentReading().running);
    }
}

TEST_CASE_METHOD(WindowFixture, "A held key acts once", "[ui][chair][keys][repeat]")
{
    Repeats how = Repeats::Flagged;
    SECTION("repeats flagged as auto-repeat") {}
    SECTION("repeats as presses without releases")
    {
        how = Repeats::Unflagged;
    }
    SECTION("repeats whose releases are flagged and presses not")
    {
        how = Repeats::Mixed;
    }
    press(Qt::Key_Space); // the first speaker is called and speaks
    temp.clock.advance(10'000);
    REQUIRE(session->currentReading().remainingMs == 170'000);
    auto journalRows = [this] { return int(session->journal(100'000).size()); };
    const int rows = journalRows();

    holdKey(how, table(), Qt::Key_Plus, QStringLiteral("+"), 8);
    CHECK(session->currentReading().remainingMs == 200'000);
    CHECK(journalRows() == rows + 1);
    holdKey(how, table(), Qt::Key_Minus, QStringLiteral("-"), 8);
    CHECK(session->currentReading().remainingMs == 170'000);
    CHECK(journalRows() == rows + 2);

    // Held Space pauses and does not start again; a held Ctrl+Z undoes one act.
    holdKey(how, table(), Qt::Key_Space, QStringLiteral(" "), 5);
    CHECK_FALSE(session->currentReading().running);
    CHECK(journalRows() == rows + 3);
    holdKey(how, table(), Qt::Key_Z, QString(), 6, Qt::ControlModifier);
    CHECK(journalRows() == rows + 4);
    // The clock's start and pause are not on the undo stack: the 30 seconds taken are given
    // back, once, and the 30 seconds given before them stay.
    CHECK(session->currentReading().remainingMs == 200'000);

    // A held N calls one speaker, not the list; nor are its repeats typed anywhere.
    temp.clock.advance(5'000);
    const QVector<qint64> order = session->list().waitingIds();
    holdKey(how, table(), Qt::Key_N, QStringLiteral("n"), 10);
    CHECK(currentId() == order.first());
    CHECK(session->list().waitingIds() == order.mid(1));
    CHECK(journalRows() == rows + 5);
    CHECK(inscriptionEdit()->text().isEmpty());
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "Next or Absent within a second of a call is ignored, and the chair told",
                 "[ui][chair][keys][next]")
{
    const QVector<qint64> order = session->list().waitingIds();
    press(Qt::Key_Space); // calls the first speaker
    REQUIRE(currentId() == order.at(0));

    temp.clock.advance(600);
    press(Qt::Key_N); // pressed twice by mistake
    CHECK(currentId() == order.at(0));
    CHECK(session->list().waitingIds() == order.mid(1));
    const QString first = SpeakersList::describe(*session->list().find(order.at(0)));
    CHECK(window->statusBar()->currentMessage() ==
          translated("ChairWindow", "Next ignored: %1 was called less than a second ago.")
              .arg(first));

    temp.clock.advance(400); // a second after the call
    press(Qt::Key_N);
    CHECK(currentId() == order.at(1));

    // The same after a Next: N, N calls one speaker; and after Absent.
    temp.clock.advance(5'000);
    press(Qt::Key_N);
    press(Qt::Key_N);
    CHECK(currentId() == order.at(2));
    temp.clock.advance(999);
    press(Qt::Key_N);
    CHECK(currentId() == order.at(2));
    press(Qt::Key_A); // A pressed as soon as N: two speakers would be marked absent unseen
    CHECK(currentId() == order.at(2));
    const QString third = SpeakersList::describe(*session->list().find(order.at(2)));
    CHECK(window->statusBar()->currentMessage() ==
          translated("ChairWindow", "Absent ignored: %1 was called less than a second ago.")
              .arg(third));
    temp.clock.advance(1);
    press(Qt::Key_A); // order.at(2) is not in the room: the following one is called
    CHECK(currentId() == order.at(3));
    press(Qt::Key_A); // and A, A marks one absent
    CHECK(currentId() == order.at(3));
    press(Qt::Key_N);
    CHECK(currentId() == order.at(3));
    temp.clock.advance(1'000);
    press(Qt::Key_N);
    CHECK(currentId() == order.at(4));
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "After an inscription by Enter the keys are the chair's again: N is Next",
                 "[ui][chair][keys][inscription]")
{
    const QVector<qint64> order = session->list().waitingIds();
    pressKey(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == inscriptionEdit());
    typeText(QStringLiteral("Latvia"));
    pressKey(Qt::Key_Return);
    qint64 latvia = 0;
    for (const Entry &e : session->list().waiting()) {
        if (e.delegation == QStringLiteral("Latvia"))
            latvia = e.id;
    }
    REQUIRE(latvia != 0);
    CHECK(QApplication::focusWidget() == table());
    CHECK(window->console()->selectedIds() == QVector<qint64>{latvia});

    pressKey(Qt::Key_N);
    CHECK(currentId() == order.first());
    CHECK(inscriptionEdit()->text().isEmpty());
    CHECK_FALSE(window->console()->inscriptionLine()->completer()->popup()->isVisible());

    // The next name goes straight to the line again.
    temp.clock.advance(3'000);
    typeText(QStringLiteral("P"));
    CHECK(QApplication::focusWidget() == inscriptionEdit());
    CHECK(inscriptionEdit()->text() == QStringLiteral("P"));
}

TEST_CASE_METHOD(WindowFixture,
                 "Escape on the empty line and Ctrl+1 go back to the running order, always",
                 "[ui][chair][keys][inscription]")
{
    const QVector<qint64> order = session->list().waitingIds();
    pressKey(Qt::Key_I, Qt::ControlModifier);
    typeText(QStringLiteral("Lat"));
    QCompleter *completer = window->console()->inscriptionLine()->completer();

    SECTION("Ctrl+1, even with the suggestions open")
    {
        REQUIRE(completer->popup()->isVisible()); // Latvia, Lao People's Democratic Republic…
        pressKey(Qt::Key_1, Qt::ControlModifier);
        CHECK_FALSE(completer->popup()->isVisible());
        CHECK(QApplication::focusWidget() == table());
        // The typed text waits in the line; the keys are acts.
        CHECK(inscriptionEdit()->text() == QStringLiteral("Lat"));
        pressKey(Qt::Key_N);
        CHECK(currentId() == order.first());
    }
    SECTION("Ctrl+1 from the speaker field")
    {
        window->console()->inscriptionLine()->speakerEdit()->setFocus();
        typeText(QStringLiteral("A"));
        pressKey(Qt::Key_1, Qt::ControlModifier);
        CHECK(QApplication::focusWidget() == table());
        pressKey(Qt::Key_Space);
        CHECK(currentId() == order.first());
    }
    SECTION("Escape closes the suggestions, then clears the line, then leaves it")
    {
        REQUIRE(completer->popup()->isVisible());
        pressKey(Qt::Key_Escape);
        CHECK_FALSE(completer->popup()->isVisible());
        CHECK(inscriptionEdit()->text() == QStringLiteral("Lat"));
        pressKey(Qt::Key_Escape);
        CHECK(inscriptionEdit()->text().isEmpty());
        CHECK(QApplication::focusWidget() == inscriptionEdit());
        pressKey(Qt::Key_Escape);
        CHECK(QApplication::focusWidget() == table());
        CHECK(inscriptionEdit()->text().isEmpty());
        pressKey(Qt::Key_A); // nobody was called: the head of the list is absent
        CHECK(currentId() == order.at(1));
    }
}

TEST_CASE_METHOD(WindowFixture,
                 "The inscription line's category box keeps its keys, and Space there is no act "
                 "while typing",
                 "[ui][chair][keys][typing]")
{
    const Acts before(*session);
    QLineEdit *speaker = window->console()->inscriptionLine()->speakerEdit();
    speaker->setFocus();
    typeText(QStringLiteral("Izumi Nakamitsu")); // the speaker field has no suggestions
    REQUIRE(speaker->text() == QStringLiteral("Izumi Nakamitsu"));
    pressKey(Qt::Key_Tab); // the category
    auto *category = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(category);
    // A letter picks the category, as in any combo box: the first of its name in this language.
    typeText(categoryName(Category::Briefer).left(1).toLower());
    CHECK(category->currentText() == categoryName(Category::Briefer));
    pressKey(Qt::Key_Space); // within a second of typing: the box's key, not Start
    CHECK(Acts(*session) == before);
    CHECK(speaker->text() == QStringLiteral("Izumi Nakamitsu"));
    CHECK(inscriptionEdit()->text().isEmpty());
    category->hidePopup();
}

TEST_CASE_METHOD(WindowFixture,
                 "A name that begins with an act key: the act is done, and the chair told how "
                 "to undo it",
                 "[ui][chair][keys][typing]")
{
    const QVector<qint64> order = session->list().waitingIds();
    typeText(QStringLiteral("Nigeria"));
    // N alone cannot be told from Next; the rest of the name is written, and nothing else acts.
    CHECK(currentId() == order.first());
    CHECK(session->list().waitingIds() == order.mid(1));
    CHECK(inscriptionEdit()->text() == QStringLiteral("igeria"));
    CHECK(window->statusBar()->currentMessage() ==
          translated("ChairWindow", "“%1” just before the typing was taken as %2; if it was the "
                                    "first letter of a name, press Undo.")
              .arg(QStringLiteral("N"),
                   translated("ChairActions", "&Next speaker").remove(QLatin1Char('&'))));
    // In the line Ctrl+Z undoes typing; back on the list it undoes the Next.
    for (int i = 0; i < 3 && QApplication::focusWidget() != table(); ++i)
        pressKey(Qt::Key_Escape);
    REQUIRE(QApplication::focusWidget() == table());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(currentId() == 0);
    CHECK(session->list().waitingIds() == order);

    // A letter long after an act is only the start of a name.
    pressKey(Qt::Key_N);
    temp.clock.advance(TypingGuard::kTypingPauseMs);
    window->statusBar()->clearMessage();
    typeText(QStringLiteral("x"));
    CHECK(window->statusBar()->currentMessage().isEmpty());
}

TEST_CASE_METHOD(WindowFixture, "A key pressed again after its release acts again",
                 "[ui][chair][keys][repeat]")
{
    press(Qt::Key_Space);
    temp.clock.advance(10'000);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Plus);
    CHECK(session->currentReading().remainingMs == 260'000);
    // Held while the window lost the keyboard: its release went elsewhere, and the next press
    // is a new one.
    QTest::simulateEvent(table(), true, Qt::Key_Plus, Qt::NoModifier, QStringLiteral("+"), false);
    QEvent deactivate(QEvent::WindowDeactivate);
    QApplication::sendEvent(window.get(), &deactivate);
    press(Qt::Key_Plus);
    CHECK(session->currentReading().remainingMs == 320'000);
}
