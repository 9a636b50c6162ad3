// View > Journal…: who did what, from this console and from the command line at another desk,
// newest first, in the meeting's time, following the meeting as it goes.
#include "../core/corehelpers.h"
#include "chairactions.h"
#include "chairwindow.h"
#include "journalmodel.h"
#include "journalwindow.h"
#include "meetingconsole.h"
#include "modeltestwarnings.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString cell(const JournalModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int rowWhere(const JournalModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, column).contains(text))
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("The journal window names the console and the command line beside each act",
          "[ui][chair][journal]")
{
    QStandardPaths::setTestModeEnabled(true);
    ModelTestWarnings warnings;
    TempMeeting temp;
    temp.createDemo().reset();
    ChairWindow window(temp.clock);
    QString error;
    REQUIRE(window.openMeeting(temp.path(), &error));
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    MeetingSession *session = window.session();

    // 14:55:00 in New York: the chair calls the first speaker from the console.
    window.console()->orderView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    REQUIRE(session->list().current());
    const QString firstSpeaker = session->list().current()->delegation;

    REQUIRE(window.chairActions()->journal->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_J));
    window.chairActions()->journal->trigger();
    JournalWindow *journal = window.journalWindow();
    REQUIRE(journal);
    REQUIRE(journal->isVisible());
    CHECK_FALSE(journal->isModal());
    const JournalModel *model = journal->model();
    auto tester = std::make_unique<QAbstractItemModelTester>(
        const_cast<JournalModel *>(model), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->headerData(JournalModel::TimeColumn, Qt::Horizontal).toString() ==
            translated("JournalModel", "Time"));
    REQUIRE(model->headerData(JournalModel::WhoColumn, Qt::Horizontal).toString() ==
            translated("JournalModel", "Who"));
    REQUIRE(model->headerData(JournalModel::WhatColumn, Qt::Horizontal).toString() ==
            translated("JournalModel", "What"));

    const QRegularExpression consoleActor(QStringLiteral("^.+@.+ \\(console\\)$"));
    CHECK(consoleActor.match(cell(model, 0, JournalModel::WhoColumn)).hasMatch());
    CHECK(cell(model, 0, JournalModel::WhatColumn).contains(firstSpeaker));
    CHECK(cell(model, 0, JournalModel::TimeColumn) == QStringLiteral("14:55:00"));
    CHECK(cell(model, 0, JournalModel::UndoneColumn).isEmpty());

    // Staff inscribe Latvia from the command line at another desk, 20 seconds later.
    temp.clock.advance(20'000);
    {
        auto cli = MeetingSession::open(temp.path(), temp.clock,
                                        QStringLiteral("aisha@un-hq-07 (cli)"), &error);
        REQUIRE(cli);
        REQUIRE(cli->add(draftFor(QStringLiteral("Latvia"))).ok);
    }
    QTest::qWait(300); // the console's watch looks every 200 ms
    REQUIRE(rowWhere(model, JournalModel::WhatColumn, QStringLiteral("Latvia")) == 0);
    CHECK(cell(model, 0, JournalModel::WhoColumn) == QStringLiteral("aisha@un-hq-07 (cli)"));
    CHECK(cell(model, 0, JournalModel::TimeColumn) == QStringLiteral("14:55:20"));
    CHECK(consoleActor.match(cell(model, 1, JournalModel::WhoColumn)).hasMatch());

    // An undo from the console: a new row on top, and the inscription's row marked undone.
    window.chairActions()->undo->trigger();
    CHECK(consoleActor.match(cell(model, 0, JournalModel::WhoColumn)).hasMatch());
    const int inscribed =
        rowWhere(model, JournalModel::WhoColumn, QStringLiteral("aisha@un-hq-07 (cli)"));
    REQUIRE(inscribed == 1);
    CHECK(cell(model, inscribed, JournalModel::WhatColumn).contains(QStringLiteral("Latvia")));
    CHECK(cell(model, inscribed, JournalModel::UndoneColumn) ==
          translated("JournalModel", "↶ undone"));
    CHECK(model->index(inscribed, JournalModel::WhatColumn)
              .data(Qt::FontRole)
              .value<QFont>()
              .strikeOut());
    CHECK(cell(model, 2, JournalModel::UndoneColumn).isEmpty()); // the call stands
    CHECK(journal->table()->editTriggers() == QAbstractItemView::NoEditTriggers);

    tester.reset();
    journal->close();
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.journalWindow() == nullptr);
    INFO(warnings.failures().join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.failures().isEmpty());
}
