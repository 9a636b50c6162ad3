// Where staff type: the inscription line, the entry and settings dialogs, opening files.
#include "chairwindow.h"
#include "entrydialog.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "meetingconsole.h"
#include "runningordermodel.h"
#include "settingsdialog.h"
#include "translated.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// The core's refusal of a name outside the directory, as the line and the dialog begin it.
QString notInDirectory(const QString &name)
{
    return translated("InscriptionRules", "“%1” is not in the directory of delegations.").arg(name);
}
} // namespace

TEST_CASE_METHOD(WindowFixture, "Enter in the inscription line inscribes and selects the new row",
                 "[ui][chair][inscription]")
{
    temp.clock.advance(3'600'000);
    inscriptionEdit()->setFocus();
    QTest::keyClicks(inscriptionEdit(), QStringLiteral("Latvia"));
    QTest::keyClick(inscriptionEdit(), Qt::Key_Return);
    const Entry *e = nullptr;
    for (const Entry &candidate : session->list().entries()) {
        if (candidate.delegation == QStringLiteral("Latvia"))
            e = session->list().find(candidate.id);
    }
    REQUIRE(e);
    const qint64 id = e->id;
    REQUIRE(e->late);
    REQUIRE(inscriptionEdit()->text().isEmpty());
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    REQUIRE(model()->idAt(selected.first().row()) == id);
    REQUIRE(window->console()->inscriptionLine()->message()->kind() == InlineMessage::Kind::Info);

    SECTION("an unknown name is refused in place with the core's message")
    {
        QTest::keyClicks(inscriptionEdit(), QStringLiteral("Atlantis"));
        QTest::keyClick(inscriptionEdit(), Qt::Key_Return);
        InlineMessage *message = window->console()->inscriptionLine()->message();
        REQUIRE_FALSE(message->isHidden());
        REQUIRE(message->kind() == InlineMessage::Kind::Error);
        REQUIRE(message->text().startsWith(notInDirectory(QStringLiteral("Atlantis"))));
        REQUIRE(inscriptionEdit()->text() == QStringLiteral("Atlantis"));
    }
    SECTION("a duplicate is refused in place")
    {
        QTest::keyClicks(inscriptionEdit(), QStringLiteral("Latvia"));
        QTest::keyClick(inscriptionEdit(), Qt::Key_Return);
        const QString where = translated("InscriptionRules", "no. %1 on the list")
                                  .arg(session->list().positionOf(id));
        REQUIRE(window->console()->inscriptionLine()->message()->text() ==
                translated("InscriptionRules",
                           "%1 is already inscribed in its national capacity (entry #%2, %3). A "
                           "delegation may speak once nationally and once on behalf of a group.")
                    .arg(SpeakersList::describe(*session->list().find(id)))
                    .arg(id)
                    .arg(where));
    }
    requireModelClean();
}

TEST_CASE_METHOD(WindowFixture,
                 "Enter on a row opens the entry dialog, whose refusals keep it open",
                 "[ui][chair][dialog]")
{
    // A Council member: its delegation must be in the directory.
    int row = 0;
    while (session->list().find(model()->idAt(row))->category != Category::Council)
        ++row;
    table()->setCurrentIndex(model()->index(row, 1));
    const qint64 id = model()->idAt(row);
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EntryDialog *>(QApplication::activeModalWidget());
        opened = dialog && dialog->entryId() == id;
        if (dialog)
            dialog->reject();
    });
    press(Qt::Key_Return);
    REQUIRE(opened);

    EntryDialog dialog(session, id, window.get());
    dialog.delegationEdit()->setText(QStringLiteral("Atlantis"));
    dialog.accept();
    REQUIRE(dialog.result() != QDialog::Accepted);
    REQUIRE(dialog.errorText().startsWith(notInDirectory(QStringLiteral("Atlantis"))));
    dialog.delegationEdit()->setText(session->list().find(id)->delegation);
    dialog.limitEdit()->setText(QStringLiteral("2:xx"));
    dialog.accept();
    REQUIRE(dialog.errorText() ==
            translated("EntryDialog",
                       "“%1” is not a time limit. Write minutes and seconds, such as 3:00.")
                .arg(QStringLiteral("2:xx")));
    dialog.limitEdit()->setText(QStringLiteral("4:30"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(session->list().find(id)->allottedMs == 270'000);
    REQUIRE(model()->index(row, RunningOrderModel::LimitColumn).data().toString() ==
            QStringLiteral("4:30"));
}

TEST_CASE_METHOD(WindowFixture, "The settings dialog applies through the session", "[ui][dialog]")
{
    SettingsDialog dialog(session->meeting(), window.get());
    dialog.setApply([this](const Meeting &m) {
        const MeetingSession::Result r = session->setMeeting(m);
        return r.ok ? QString() : r.error;
    });
    QString error;
    Meeting m = dialog.meeting(&error);
    REQUIRE(error.isEmpty());
    REQUIRE(m == session->meeting());
}

TEST_CASE("A file that cannot be opened is reported and left alone", "[ui][chair]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    const QString path = temp.path(QStringLiteral("not-a-meeting.rostrum"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a meeting");
    file.close();

    ChairWindow window(temp.clock);
    QString error;
    REQUIRE_FALSE(window.openMeeting(path, &error));
    REQUIRE_FALSE(error.isEmpty());
    REQUIRE(window.session() == nullptr);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.readAll() == QByteArray("this is not a meeting"));
}

TEST_CASE_METHOD(WindowFixture, "The inscription line completes names from the directory",
                 "[ui][chair][inscription]")
{
    temp.clock.advance(3'600'000);
    inscriptionEdit()->setFocus();
    QTest::keyClicks(inscriptionEdit(), QStringLiteral("latv"));
    QCompleter *completer = window->console()->inscriptionLine()->completer();
    REQUIRE(completer->completionModel()->rowCount() >= 1);
    REQUIRE(completer->completionModel()->index(0, 0).data().toString() ==
            QStringLiteral("Latvia"));

    // Enter on a highlighted suggestion inscribes the suggestion, not the letters typed.
    if (!completer->popup()->isVisible())
        completer->complete();
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    // With the suggestions open, the keyboard talks to the popup, as it does for the chair.
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(std::any_of(session->list().entries().cbegin(), session->list().entries().cend(),
                        [](const Entry &e) { return e.delegation == QStringLiteral("Latvia"); }));
    // The line is ready for the next inscription: the suggestion is not written back into it.
    REQUIRE(inscriptionEdit()->text().isEmpty());
    REQUIRE_FALSE(completer->popup()->isVisible());
}

TEST_CASE_METHOD(WindowFixture,
                 "A name typed whole is inscribed as typed, a suggestion only when chosen",
                 "[ui][chair][inscription]")
{
    temp.clock.advance(3'600'000);
    const auto newest = [this] {
        const Entry *last = nullptr;
        for (const Entry &e : session->list().entries()) {
            if (!last || e.id > last->id)
                last = &e;
        }
        return last ? last->delegation : QString();
    };
    QCompleter *completer = window->console()->inscriptionLine()->completer();
    const auto rowOf = [completer](const QString &name) {
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
            if (completer->completionModel()->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    };
    const auto typeAndOpen = [&](const QString &text) {
        inscriptionEdit()->setFocus();
        QTest::keyClicks(inscriptionEdit(), text);
        if (!completer->popup()->isVisible())
            completer->complete();
        REQUIRE(completer->popup()->isVisible());
    };

    // "Dominica" typed whole also begins "Dominican Republic", where the highlight may rest:
    // Enter means Dominica (as "UK" means the United Kingdom, not Ukraine).
    typeAndOpen(QStringLiteral("Dominica"));
    const int republic = rowOf(QStringLiteral("Dominican Republic"));
    REQUIRE(republic >= 0);
    completer->popup()->setCurrentIndex(completer->completionModel()->index(republic, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QApplication::processEvents();
    CHECK(newest() == QStringLiteral("Dominica"));

    // Chosen with the arrow keys, the suggestion is taken over the name typed whole.
    typeAndOpen(QStringLiteral("Dominica"));
    const int dominica = rowOf(QStringLiteral("Dominica"));
    const int to = rowOf(QStringLiteral("Dominican Republic"));
    REQUIRE(dominica >= 0);
    REQUIRE(to >= 0);
    completer->popup()->setCurrentIndex(completer->completionModel()->index(dominica, 0));
    for (int step = 0; step < std::abs(to - dominica); ++step)
        QTest::keyClick(completer->popup(), to > dominica ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(completer->popup()->currentIndex().data().toString() ==
            QStringLiteral("Dominican Republic"));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QApplication::processEvents();
    CHECK(newest() == QStringLiteral("Dominican Republic"));
    requireModelClean();
}
