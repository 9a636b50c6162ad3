#pragma once

#include "server/serverlocation.h"

#include <QCoreApplication>
#include <QString>

namespace rostrum {

class ServerStore;

// Copies a whole meeting between a file and a server, the journal (with its ids, actors and
// undo history), the web links and the high-water mark of the entry ids included, so undo and
// redo carry on where they were. Each copy is one transaction on the side written to: it is
// there whole or not at all.
namespace ServerCopy {

// A meeting file to a new meeting on the server, under the location's name; the copy gets an
// identity of its own. The one who pushes is its owner, and so its chair.
bool push(const QString &file, const ServerLocation &where, QString *error);
// The meeting as the server has it now (one snapshot) to a new file, readable by its owner only.
bool pull(ServerStore &store, const QString &file, QString *error);

} // namespace ServerCopy
} // namespace rostrum
