#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace rostrum {

// Asked before the console closes while acts are kept in memory only (the meeting file could
// not be written): quitting then would lose them without a word.
class QuitGuard final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::QuitGuard)

public:
    QuitGuard() = delete;

    // Asks "Save a copy as…", "Quit without saving" or "Cancel" (the default). True when the
    // console may close: the copy was written (saveCopy returned true) or the chair chose to
    // lose the acts.
    static bool mayQuit(QWidget *window, int unsavedActs, const std::function<bool()> &saveCopy);
};

} // namespace rostrum
