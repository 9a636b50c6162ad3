#pragma once

#include <QString>

class QWidget;

namespace rostrum {

// "Help > About Rostrum": the version this build was made from and the licence, both from their
// one source (the project's version in CMakeLists.txt, the LICENSE file at the root).
namespace AboutBox {
// "MIT License": the first line of LICENSE.
QString licenceName();
// The whole of LICENSE, as shipped in the console's resources.
QString licenceText();
// What the box says: the name, the version, what Rostrum is, the licence and its copyright.
QString text();
// Modal, as an About box is; the licence in full behind "Show Details…".
void show(QWidget *parent);
} // namespace AboutBox

} // namespace rostrum
