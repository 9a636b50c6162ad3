#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace rostrum::testing {

// What a screen reader would say of a widget: its accessible name, as QAccessible gives it
// (the accessible name set, else a button's text, else the buddy label's text).
QString spokenName(QWidget *widget);
QString spokenDescription(QWidget *widget);

// Every control under root (root included) that Tab reaches and that has no name a screen
// reader could say, each as "ClassName 'objectName' in Parent > Parent". Hidden pages count:
// they are shown later. A control that is part of another (the line edit inside a spin box or a
// combo box, a view's viewport) is the other's to name.
QStringList unnamedControls(QWidget *root);

// The controls Tab visits in root, in the order it visits them, from the first one; only the
// visible, enabled ones.
QList<QWidget *> tabChain(QWidget *root);

// Where Tab goes against the reading order: for each pair the chain visits with the second
// before the first on the page (above it, or on the same line on the side reading starts
// from: the left, or the right in a right-to-left layout), "A then B". Empty when Tab reads
// the window as a person does.
QStringList tabOrderAgainstReading(QWidget *root);

// Alt+letter marks ("&Title:") that two visible controls of root share, as "t: &Title:, &Tier
// order:". Labels, buttons, group boxes and the titles of tabs count; hidden pages do not.
QStringList clashingMnemonics(QWidget *root);

// "QLineEdit 'delegation' in EntryDialog > QGroupBox": a control as a failure names it.
QString describeWidget(const QWidget *widget);

} // namespace rostrum::testing
