#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QMenuBar;

namespace rostrum {

// The console's keys, read from the menus' actions (their shortcuts and status tips), never
// written down a second time: the Keys dialog shows these rows, and the README's "Keys" table
// is these rows as Markdown (tests/ui/test_keytable.cpp fails when it differs).
namespace KeyTable {

struct Row
{
    QString keys; // "Ctrl+Shift+Z or Ctrl+Y"
    QString act;  // the status tip, without the "(Ctrl+Z)" that repeats the keys
};

// In menu order, every action that has a key; an action in two menus once.
QList<Row> rows(const QMenuBar *bar, QKeySequence::SequenceFormat format);
// The rows as a Markdown table, its header "| Key | Act |"; for the README.
QString markdown(const QList<Row> &rows);

} // namespace KeyTable

} // namespace rostrum
