#pragma once

#include <QApplication>
#include <QTimer>
#include <functional>
#include <memory>

namespace rostrum::testing {

// Runs `answer` on the modal dialog of type T once it is open. The dialog opens inside the act
// under test (exec() blocks it), so the answer comes from the event loop; it gives up after 5 s,
// and the test's own checks then fail. No REQUIRE in `answer`: it runs inside Qt's event loop.
template <typename T> void whenOpen(std::function<void(T *)> answer)
{
    auto *poll = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 500)
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog)
            answer(dialog);
    });
    poll->start(10);
}

} // namespace rostrum::testing
