#pragma once

#include "samples.h"

#include <QString>
#include <QVector>

namespace rostrum::bench {

// The table as a person reads it in a terminal, and as Markdown for docs/BENCHMARKS.md.
QString plainTable(const QVector<Figure> &figures);
QString markdownTable(const QVector<Figure> &figures);
// What the figures were measured on: CPU, cores, system, filesystem of the work folder, Qt and
// SQLite versions, and the date.
QString machineDescription(const QString &workDir);

} // namespace rostrum::bench
