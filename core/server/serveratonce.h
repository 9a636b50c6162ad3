#pragma once

#include <QString>

namespace rostrum::ServerAtOnce {

// The meeting's function act_at_once(): one act in one round trip, in its own transaction. It
// takes the meeting's lock as begin() does, and writes the act (its entries and its journal
// row) only if the meeting is still at the journal head and the highest entry id the act was
// planned on; otherwise it writes nothing and returns a journal id of 0, and the act is planned
// again under the lock. It runs with the caller's rights, so the role's grants and the guards
// judge every row as they judge the statements of begin() ... commit().
QString createFunctionSql();
// The call, its values bound in this order: the head and the highest id planned on, the
// entries (a JSON array of rows, every value a string), the ids removed ("{1,2}"), whether the
// redo stack retires, then the journal row's at, actor, act, summary, undoable, state,
// refers-to and change. It answers the new journal row's id (0: planned on an older state) and
// the highest entry id after the act.
QString callSql();

} // namespace rostrum::ServerAtOnce
