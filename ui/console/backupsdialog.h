#pragma once

#include "session/backupfolder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace rostrum {

// "File > Open a backup…": the automatic backups in the backup folder, newest first, each with
// its meeting, when it was written (local time, 24-hour) and its size. The one chosen opens
// read only: a backup is for looking at and for Save a copy as….
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(const BackupFolder &folder, QWidget *parent = nullptr);

    // The backup chosen, once accepted; an empty path otherwise.
    BackupFile chosen() const;
    QTableWidget *table() const { return m_table; }
    // "No backups yet: …" when the folder holds none; empty otherwise.
    QString emptyText() const;
    static QString sizeText(qint64 bytes);

private:
    QVector<BackupFile> m_backups;
    QTableWidget *m_table;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
};

} // namespace rostrum
