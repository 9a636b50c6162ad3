#pragma once

#include "chairwindow.h"
#include "modeltestwarnings.h"
#include "tempmeeting.h"

#include <QAbstractItemModelTester>
#include <initializer_list>
#include <memory>

class QLineEdit;
class QTableView;

namespace rostrum {
class RunningOrderModel;
}

namespace rostrum::testing {

// A real chair window on the demo meeting, shown and active, its running order under
// QAbstractItemModelTester, with the focus in the running order as the chair leaves it.
struct WindowFixture
{
    WindowFixture();
    ~WindowFixture();

    RunningOrderModel *model() const;
    QTableView *table() const;
    QLineEdit *inscriptionEdit() const;
    // A key as the chair presses it: to whatever has the focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void select(std::initializer_list<int> rows);
    qint64 currentId() const;
    // No complaint from the model tester, and the rows are the session's running order.
    void requireModelClean() const;

    TempMeeting temp;
    ModelTestWarnings warnings;
    MeetingSession *session = nullptr;
    std::unique_ptr<ChairWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace rostrum::testing
