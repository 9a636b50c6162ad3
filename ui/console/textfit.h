#pragma once

#include <QRect>
#include <QString>
#include <QVector>

class QWidget;

namespace rostrum {

// Whether the texts a chair reads at a glance are drawn whole in a window as it is laid out:
// the countdown's figures and its word, every button's label and every line of text. A text is
// clipped when it needs more than its widget has, or when the part of the widget it is drawn
// in is cut off by an ancestor or covered by a widget stacked above it (a layout squeezed
// below its minimum overlaps its rows). Used by the tests at every screen size and scale, and
// by `rostrum --check-fit`.
struct TextFit
{
    QString what;      // "readout figures: 2:59", "button undo: Undo Ctrl+Z"
    QRect text;        // where the text is drawn, in the window's coordinates
    QRect room;        // the part of its widget left on screen, in the window's coordinates
    QString coveredBy; // the object name or class of a widget drawn over the text, if any
    bool fits() const { return coveredBy.isEmpty() && room.contains(text); }
    // One line: "fits  readout figures: 2:59  text 40,210 180x96  room 12,200 300x130".
    QString describe() const;
};

// Every readout, button and label that is visible in the window, in the order they are found.
QVector<TextFit> textFitsOf(const QWidget *window);

} // namespace rostrum
