#include "bidi.h"
#include "modeltestwarnings.h"
#include "runningordermodel.h"
#include "spokenmodel.h"
#include "tempmeeting.h"
#include "translated.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <catch2/catch.hpp>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// The model shows exactly the session's running order, row by row.
void requireMirrors(const RunningOrderModel &model, const MeetingSession &session)
{
    const QVector<Entry> waiting = session.list().waiting();
    REQUIRE(model.rowCount() == waiting.size());
    for (int row = 0; row < waiting.size(); ++row) {
        INFO("row " << row);
        REQUIRE(model.idAt(row) == waiting[row].id);
        REQUIRE(cell(model, row, RunningOrderModel::PositionColumn) == QString::number(row + 1));
        REQUIRE(cell(model, row, RunningOrderModel::DelegationColumn)
                    .startsWith(waiting[row].delegation));
    }
}

struct ModelFixture
{
    TempMeeting temp;
    std::unique_ptr<MeetingSession> session = temp.createDemo();
    ModelTestWarnings warnings;
    RunningOrderModel model{session.get()};
    QAbstractItemModelTester tester{&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning};
    QSignalSpy resets{&model, &QAbstractItemModel::modelReset};

    void requireClean()
    {
        INFO(warnings.failures().join(QLatin1Char('\n')).toStdString());
        REQUIRE(warnings.failures().isEmpty());
        REQUIRE(resets.isEmpty());
        requireMirrors(model, *session);
    }
};
} // namespace

TEST_CASE_METHOD(ModelFixture, "The running order model follows every act with precise row changes",
                 "[ui][model]")
{
    requireClean();
    const int before = model.rowCount();

    SECTION("a late inscription is one inserted row, at the end of its tier, marked late")
    {
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        temp.clock.advance(3'600'000);
        const qint64 latvia = inscribe(*session, QStringLiteral("Latvia"));
        requireClean();
        REQUIRE(inserted.count() == 1);
        const int row = model.rowOf(latvia);
        REQUIRE(inserted.first().at(1).toInt() == row);
        REQUIRE(model.rowCount() == before + 1);
        REQUIRE(cell(model, row, RunningOrderModel::FlagsColumn)
                    .contains(translated("RunningOrderModel", "◷ Late")));
    }

    SECTION("a move is one moved row, followed by a persistent index, and pins the speaker")
    {
        const qint64 id = model.idAt(10);
        const QPersistentModelIndex tracked(model.index(10, 0));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        REQUIRE(session->move(id, 3).ok);
        requireClean();
        REQUIRE(moved.count() == 1);
        REQUIRE(tracked.row() == 2);
        REQUIRE(model.rowOf(id) == 2);
        REQUIRE(cell(model, 2, RunningOrderModel::FlagsColumn)
                    .contains(translated("RunningOrderModel", "⚑ Pinned")));

        // And down again, past several rows.
        REQUIRE(session->move(id, 20).ok);
        requireClean();
        REQUIRE(tracked.row() == 19);
    }

    SECTION("an exchange of places, its undo and its redo")
    {
        const qint64 a = model.idAt(4);
        const qint64 b = model.idAt(9);
        REQUIRE(session->swap(a, b).ok);
        requireClean();
        REQUIRE(model.rowOf(a) == 9);
        REQUIRE(model.rowOf(b) == 4);
        REQUIRE(session->undo().ok);
        requireClean();
        REQUIRE(model.rowOf(a) == 4);
        REQUIRE(session->redo().ok);
        requireClean();
        REQUIRE(model.rowOf(a) == 9);
    }

    SECTION("calling, next, absent, undo and redo remove and restore rows")
    {
        const qint64 first = model.idAt(0);
        REQUIRE(session->start().ok);
        requireClean();
        REQUIRE(model.rowOf(first) == -1);
        temp.clock.advance(200'000);
        REQUIRE(session->next().ok);
        requireClean();
        const qint64 absentee = session->list().current()->id;
        REQUIRE(session->absent().ok);
        requireClean();
        const int row = model.rowOf(absentee);
        REQUIRE(row >= 0);
        REQUIRE(cell(model, row, RunningOrderModel::FlagsColumn)
                    .contains(translated("RunningOrderModel", "✗ Absent ×%1").arg(1)));
        REQUIRE(session->undo().ok);
        requireClean();
        REQUIRE(model.rowOf(absentee) == -1);
        REQUIRE(session->undo().ok);
        requireClean();
        REQUIRE(session->redo().ok);
        requireClean();
    }

    SECTION("removal and withdrawal take the row away")
    {
        const qint64 a = model.idAt(3);
        const qint64 b = model.idAt(7);
        REQUIRE(session->remove(a).ok);
        requireClean();
        REQUIRE(session->withdraw(b).ok);
        requireClean();
        REQUIRE(model.rowCount() == before - 2);
        REQUIRE(session->undo().ok);
        requireClean();
        REQUIRE(model.rowOf(b) >= 0);
    }

    SECTION("an act by another process arrives as a reload with row changes, not a reset")
    {
        auto other = temp.reopen();
        const qint64 id = model.idAt(12);
        REQUIRE(other->move(id, 1).ok);
        inscribe(*other, QStringLiteral("Latvia"));
        REQUIRE(session->refresh());
        requireClean();
        REQUIRE(model.rowOf(id) == 0);
    }

    SECTION("settings and limits for everyone update every row")
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        REQUIRE(session->setAllottedForRemaining(120'000).ok);
        requireClean();
        REQUIRE(!changed.isEmpty());
        REQUIRE(cell(model, 0, RunningOrderModel::LimitColumn) == QStringLiteral("2:00"));
        Meeting m = session->meeting();
        m.timeZoneId = QStringLiteral("Europe/Paris");
        REQUIRE(session->setMeeting(m).ok);
        requireClean();
    }
}

TEST_CASE_METHOD(ModelFixture,
                 "Projected starts are shown in the meeting's zone and follow the clock",
                 "[ui][model]")
{
    // Before the meeting, the first speaker is projected at the scheduled start.
    REQUIRE(cell(model, 0, RunningOrderModel::ProjectedStartColumn) == QStringLiteral("15:00"));
    REQUIRE(cell(model, 1, RunningOrderModel::ProjectedStartColumn) == QStringLiteral("15:03"));
    REQUIRE(session->start().ok);
    requireClean();
    // Albania speaks from 14:55 until 14:58; the next one is projected then.
    REQUIRE(cell(model, 0, RunningOrderModel::ProjectedStartColumn) == QStringLiteral("14:58"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    temp.clock.advance(10 * 60'000); // ten minutes, six and a half of them in overtime
    model.refreshProjection();
    REQUIRE(changed.count() == 1);
    REQUIRE(changed.first().at(0).value<QModelIndex>().column() ==
            RunningOrderModel::ProjectedStartColumn);
    REQUIRE(cell(model, 0, RunningOrderModel::ProjectedStartColumn) == QStringLiteral("15:05"));
    model.refreshProjection();
    REQUIRE(changed.count() == 1); // nothing moved: nothing announced
}

TEST_CASE_METHOD(ModelFixture,
                 "Dragging a row and dropping it moves the speaker through the session",
                 "[ui][model][dnd]")
{
    auto dragRow = [this](int row) {
        return std::unique_ptr<QMimeData>(model.mimeData({model.index(row, 1)}));
    };

    SECTION("up, between rows")
    {
        const qint64 id = model.idAt(8);
        auto data = dragRow(8);
        REQUIRE(data->hasFormat(RunningOrderModel::mimeType()));
        REQUIRE(model.canDropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        requireClean();
        REQUIRE(model.rowOf(id) == 2);
        REQUIRE(session->list().find(id)->pinned);
    }
    SECTION("down, between rows: the gap counted before the row leaves")
    {
        const qint64 id = model.idAt(1);
        auto data = dragRow(1);
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, 6, 0, {}));
        requireClean();
        REQUIRE(model.rowOf(id) == 5);
    }
    SECTION("onto a row: takes that row's place")
    {
        const qint64 id = model.idAt(1);
        auto data = dragRow(1);
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(6, 0)));
        requireClean();
        REQUIRE(model.rowOf(id) == 6);
    }
    SECTION("below the last row: to the end")
    {
        const qint64 id = model.idAt(0);
        auto data = dragRow(0);
        REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        requireClean();
        REQUIRE(model.rowOf(id) == model.rowCount() - 1);
    }
    SECTION("a drop where it already is, a copy, or foreign data does nothing")
    {
        auto data = dragRow(4);
        REQUIRE_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 4, 0, {}));
        REQUIRE_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 5, 0, {}));
        REQUIRE_FALSE(model.canDropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
        QMimeData foreign;
        foreign.setText(QStringLiteral("Latvia"));
        REQUIRE_FALSE(model.canDropMimeData(&foreign, Qt::MoveAction, 1, 0, {}));
        QMimeData stale;
        stale.setData(RunningOrderModel::mimeType(), QByteArray("999999"));
        REQUIRE_FALSE(model.dropMimeData(&stale, Qt::MoveAction, 1, 0, {}));
        requireClean();
        REQUIRE_FALSE(session->list().find(model.idAt(4))->pinned);
    }
    SECTION("several rows at once: none moves, and the chair is told why")
    {
        const QVector<qint64> before = session->list().waitingIds();
        QSignalSpy refused(&model, &RunningOrderModel::actRefused);
        std::unique_ptr<QMimeData> data(
            model.mimeData({model.index(3, 0), model.index(3, 1), model.index(5, 1)}));
        REQUIRE_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        REQUIRE(refused.count() == 1);
        CHECK(
            refused.first().first().toString() ==
            translated("RunningOrderModel", "Drag one speaker at a time: %1 are selected.").arg(2));
        CHECK(session->list().waitingIds() == before);
        requireClean();
    }
}

TEST_CASE("The spoken model records who spoke, for how long, and the overrun", "[ui][model]")
{
    TempMeeting temp;
    auto session = temp.createDemo();
    ModelTestWarnings warnings;
    SpokenModel model(session.get());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    REQUIRE(model.rowCount() == 0);
    REQUIRE(session->start().ok);
    temp.clock.advance(203'000); // 3:23 against a limit of 3:00
    REQUIRE(session->next().ok);
    REQUIRE(model.rowCount() == 1);
    REQUIRE(cell(model, 0, SpokenModel::DelegationColumn) == QStringLiteral("Albania"));
    REQUIRE(cell(model, 0, SpokenModel::DurationColumn) == QStringLiteral("3:23"));
    REQUIRE(bidi::withoutIsolates(cell(model, 0, SpokenModel::OverrunColumn)) ==
            QStringLiteral("+0:23"));

    REQUIRE(session->start().ok);
    temp.clock.advance(150'000);
    REQUIRE(session->next().ok);
    REQUIRE(model.rowCount() == 2);
    REQUIRE(cell(model, 1, SpokenModel::OverrunColumn).isEmpty());

    // Undoing the mistaken "next" takes the last speaker off the record again.
    REQUIRE(session->undo().ok);
    REQUIRE(model.rowCount() == 1);
    INFO(warnings.failures().join(QLatin1Char('\n')).toStdString());
    REQUIRE(warnings.failures().isEmpty());
    REQUIRE(resets.isEmpty());
}

TEST_CASE("The running order model follows another program's act with nobody waiting",
          "[ui][model][secondparty]")
{
    // The chimes test's meeting: one speaker, whom the command line calls, so the running order
    // is empty; then it takes time away. Qt 6.4's QVector == compared the two empty orders with
    // memcmp on a null pointer, and the sanitizer build stopped the console there.
    TempMeeting temp;
    std::unique_ptr<MeetingSession> console = temp.createEmpty();
    inscribe(*console, QStringLiteral("Latvia"));
    ModelTestWarnings warnings;
    RunningOrderModel model{console.get()};
    QAbstractItemModelTester tester{&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning};
    REQUIRE(model.rowCount() == 1);

    std::unique_ptr<MeetingSession> other = temp.reopen();
    REQUIRE(other);
    REQUIRE(other->start().ok);
    REQUIRE(console->refresh());
    REQUIRE(model.rowCount() == 0);
    REQUIRE(other->addTime(-20'000).ok);
    REQUIRE(console->refresh());
    CHECK(model.rowCount() == 0);
    REQUIRE(console->list().current());
    CHECK(console->list().current()->extraMs == -20'000);
    // And the list filling again from the other program shows its row.
    inscribe(*other, QStringLiteral("Estonia"));
    REQUIRE(console->refresh());
    REQUIRE(model.rowCount() == 1);
    CHECK(
        cell(model, 0, RunningOrderModel::DelegationColumn).startsWith(QStringLiteral("Estonia")));
    INFO(warnings.failures().join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.failures().isEmpty());
}
