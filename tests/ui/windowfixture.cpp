#include "windowfixture.h"

#include "inscriptionline.h"
#include "meetingconsole.h"
#include "runningordermodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

namespace rostrum::testing {

WindowFixture::WindowFixture()
{
    QStandardPaths::setTestModeEnabled(true);
    auto s = temp.createDemo();
    session = s.get();
    window = std::make_unique<ChairWindow>(temp.clock);
    window->setSession(std::move(s));
    tester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    window->resize(1366, 768);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    table()->setFocus();
    REQUIRE(QApplication::focusWidget() == table());
}

WindowFixture::~WindowFixture()
{
    tester.reset();
    window.reset();
}

RunningOrderModel *WindowFixture::model() const
{
    return window->console()->orderModel();
}

QTableView *WindowFixture::table() const
{
    return window->console()->orderView();
}

QLineEdit *WindowFixture::inscriptionEdit() const
{
    return window->console()->inscriptionLine()->delegationEdit();
}

void WindowFixture::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window.get(), key, modifiers);
}

void WindowFixture::select(std::initializer_list<int> rows)
{
    table()->clearSelection();
    for (const int row : rows) {
        table()->selectionModel()->select(model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

qint64 WindowFixture::currentId() const
{
    const Entry *e = session->list().current();
    return e ? e->id : 0;
}

void WindowFixture::requireModelClean() const
{
    INFO(warnings.failures().join(QLatin1Char('\n')).toStdString());
    REQUIRE(warnings.failures().isEmpty());
    REQUIRE(model()->ids() == session->list().waitingIds());
}

} // namespace rostrum::testing
