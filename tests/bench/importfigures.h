#pragma once

#include "corefigures.h"

namespace rostrum::bench {

// Importing an inscriptions file of 10,000 rows into an empty meeting, against 1,000 rows: a
// linear import takes ten times as long (target 11x). Both files are parsed, checked row by
// row against the list (duplicates within the file included) and committed as one act.
Figure importAtScale(const CoreOptions &options, QString *error);

} // namespace rostrum::bench
