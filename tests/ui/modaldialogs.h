#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QtDebug>
#include <functional>
#include <memory>

namespace rostrum::testing {

// Runs `answer` on the modal dialog of type T once it is open. The dialog opens inside the act
// under test (exec() blocks it), so the answer comes from the event loop; it gives up after 5 s,
// and the test's own checks then fail. No REQUIRE in `answer`: it runs inside Qt's event loop.
//
// An answer that leaves its dialog open (a button that did nothing) would block the act, and the
// test with it, until ctest's timeout ten minutes later. So once answered, a dialog still open
// and on top 5 s later is rejected: the act returns and the test's checks fail, with a warning
// that says which dialog stayed.
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
        if (!dialog)
            return;
        QPointer<QWidget> answered(dialog);
        answer(dialog);
        auto *watch = new QTimer(dialog); // goes with the dialog, however the act ends
        auto since = std::make_shared<QElapsedTimer>();
        since->start();
        QObject::connect(watch, &QTimer::timeout, [watch, since, answered] {
            if (answered.isNull() || !answered->isVisible()) {
                watch->stop();
                watch->deleteLater();
                return;
            }
            // A dialog the answer opened on top of this one is the answer's own business.
            if (QApplication::activeModalWidget() != answered || since->elapsed() < 5000)
                return;
            qWarning("%s still open 5 s after its answer: rejected, so that the test fails",
                     answered->metaObject()->className());
            if (auto *modal = qobject_cast<QDialog *>(answered.data()))
                modal->reject();
            watch->stop();
            watch->deleteLater();
        });
        watch->start(100);
    });
    poll->start(10);
}

// Chooses `path` as a user does: typed into the File name box, then Open. QFileDialog::selectFile
// is not that: while the box has the focus it leaves the box alone and selects the file in the
// list, which holds nothing until the model's own thread has listed the folder. Under load, Open
// then found no file, did nothing, and the dialog stayed open.
inline void chooseFile(QFileDialog *dialog, const QString &path)
{
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(path);
    else
        dialog->selectFile(path);             // a Qt whose dialog is laid out otherwise
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept(), reached as a QDialog
}

} // namespace rostrum::testing
