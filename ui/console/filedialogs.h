#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace rostrum {

// Every file dialog of the console, in place of QFileDialog::getOpenFileName and
// getSaveFileName. A dialog over the folder of the open meeting must not open the meeting file:
// the POSIX locks SQLite holds on it belong to the process, and any close() of any descriptor
// of that file drops them all, after which a second process (rostrum-cli status) deletes the
// -wal and -shm under the console and its acts are no longer saved. Qt's own dialogs read the
// first bytes of every file whose suffix they do not know (.rostrum) to find its MIME type for
// the icon and the Type column; these dialogs name files by their suffix only.
namespace FileDialogs {

// The path of an existing file, or empty when the chair cancels. folder may also name a file,
// which is then selected.
QString askOpenFile(QWidget *parent, const QString &caption, const QString &folder,
                    const QString &filters);
// Where to write a file, or empty when the chair cancels. suggested is a folder or a file
// name; chosenFilter, when given, selects a filter first and returns the one chosen.
QString askSaveFile(QWidget *parent, const QString &caption, const QString &suggested,
                    const QString &filters, QString *chosenFilter = nullptr,
                    QFileDialog::Options options = {});

} // namespace FileDialogs

} // namespace rostrum
