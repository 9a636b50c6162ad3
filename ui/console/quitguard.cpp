#include "quitguard.h"

#include <QMessageBox>
#include <QPushButton>

namespace rostrum {

bool QuitGuard::mayQuit(QWidget *window, int unsavedActs, const std::function<bool()> &saveCopy)
{
    QMessageBox box(window);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Acts not saved"));
    box.setText(tr("Acts not saved in the meeting file: %1. They are kept in memory only.")
                    .arg(unsavedActs));
    box.setInformativeText(tr("Save a copy to keep them; quitting now loses them."));
    QPushButton *save = box.addButton(tr("Save a copy as…"), QMessageBox::AcceptRole);
    QPushButton *lose = box.addButton(tr("Quit without saving"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // Enter or Escape on a box that appeared by surprise must not lose anything.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == lose)
        return true;
    if (box.clickedButton() == save)
        return saveCopy();
    return false;
}

} // namespace rostrum
