#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace rostrum {

// "Help > Keys…": every key of the console and its act, read from the menus (KeyTable), so it
// lists exactly the keys that work. Beside the console, never modal: the chair may keep it open.
class KeysDialog final : public QDialog
{
    Q_OBJECT

public:
    KeysDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace rostrum
