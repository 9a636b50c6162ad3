// Closing the console while acts are kept in memory only asks first: Cancel keeps the window,
// "Save a copy as…" writes the acts to a new file and then quits, and nothing is lost unasked.
#include "chairwindow.h"
#include "meetingconsole.h"
#include "modaldialogs.h"
#include "savebanner.h"
#include "session/meetingsession.h"
#include "translated.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// Answers the next message box with the button `pick` finds in it, and tells what the box said.
void answerNextBox(std::function<QAbstractButton *(QMessageBox *)> pick, QString *said)
{
    whenOpen<QMessageBox>([pick, said](QMessageBox *box) {
        *said = box->text();
        if (QAbstractButton *b = pick(box))
            b->click();
        else
            box->reject(); // the test then fails on what the window did
    });
}

// The guard's own button of that text, in the language of the run.
std::function<QAbstractButton *(QMessageBox *)> button(const char *source)
{
    return [source](QMessageBox *box) -> QAbstractButton * {
        const QString wanted = translated("QuitGuard", source);
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == wanted)
                return b;
        }
        return nullptr;
    };
}

// Qt's own Cancel, whatever Qt's translation calls it.
QAbstractButton *cancelButton(QMessageBox *box)
{
    return box->button(QMessageBox::Cancel);
}

void answerNextFileDialog(const QString &path)
{
    whenOpen<QFileDialog>([path](QFileDialog *dialog) { chooseFile(dialog, path); });
}
} // namespace

TEST_CASE_METHOD(WindowFixture, "Quitting with acts kept in memory only asks, and Cancel stays",
                 "[ui][chair][save][quit]")
{
    const QString path = session->path();
    // Moved away (a sync tool, a careless rename): the act is kept in memory only.
    REQUIRE(QFile::rename(path, path + QStringLiteral(".away")));
    press(Qt::Key_Space);
    REQUIRE(session->unsavedActs() == 1);
    const qint64 called = currentId();
    REQUIRE(called != 0);

    QString said;
    answerNextBox(cancelButton, &said);
    CHECK_FALSE(window->close());
    CHECK(said == translated("QuitGuard",
                             "Acts not saved in the meeting file: %1. They are kept in "
                             "memory only.")
                      .arg(1));
    CHECK(window->isVisible());
    CHECK(session->unsavedActs() == 1);

    // Save a copy as…: the copy holds the act, and then the console quits.
    const QString copy = temp.path(QStringLiteral("kept.rostrum"));
    answerNextBox(button("Save a copy as…"), &said);
    answerNextFileDialog(copy); // it waits for the file dialog, which the box's answer opens
    CHECK(window->close());
    CHECK_FALSE(window->isVisible());
    auto reopened = temp.reopen(QStringLiteral("kept.rostrum"));
    REQUIRE(reopened->list().current());
    CHECK(reopened->list().current()->id == called);
}

TEST_CASE_METHOD(WindowFixture, "Quit without saving quits, and with every act saved no one asks",
                 "[ui][chair][save][quit]")
{
    SECTION("every act saved: the window closes at once")
    {
        press(Qt::Key_Space);
        REQUIRE(session->unsavedActs() == 0);
        CHECK(window->close());
        CHECK(QApplication::activeModalWidget() == nullptr);
    }
    SECTION("an act kept in memory, and the chair chooses to lose it")
    {
        REQUIRE(QFile::rename(session->path(), session->path() + QStringLiteral(".away")));
        press(Qt::Key_Space);
        REQUIRE(session->unsavedActs() == 1);
        QString said;
        answerNextBox(button("Quit without saving"), &said);
        CHECK(window->close());
        CHECK_FALSE(said.isEmpty());
    }
}
