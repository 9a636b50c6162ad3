#include "server/serveratonce.h"

#include "meeting/entrycolumns.h"

#include <QStringList>

namespace rostrum::ServerAtOnce {

QString createFunctionSql()
{
    QStringList columns;
    QStringList fromRow;
    for (const EntryColumn &c : EntryColumns::all()) {
        if (c.key() == QLatin1String("id"))
            continue;
        columns.append(c.key());
        fromRow.append(QStringLiteral("r.") + c.key());
    }
    // An INSERT or a DELETE is checked against the role's grants even when it touches no row,
    // and a timekeeper may neither add nor remove: each runs only when there is something to do.
    // Row by row, by the primary key: a join with the rows given made the planner read the
    // whole list (it takes a set-returning function for a hundred rows).
    // The names of the arguments begin with p_ and of the answers with o_, apart from every
    // column's name.
    return QStringLiteral(
               "CREATE FUNCTION act_at_once(p_head bigint, p_high bigint, p_rows jsonb,"
               " p_removed bigint[], p_retire boolean, p_at bigint, p_actor text, p_act text,"
               " p_summary text, p_undoable bigint, p_state bigint, p_refers bigint, p_change text,"
               " OUT o_journal_id bigint, OUT o_high bigint)"
               " LANGUAGE plpgsql SET search_path FROM CURRENT AS $$"
               " DECLARE r entry%ROWTYPE; BEGIN"
               " PERFORM 1 FROM meeting WHERE id = 1 FOR UPDATE;"
               " SELECT coalesce(max(j.id), 0) INTO o_journal_id FROM journal j;"
               " SELECT h.high INTO o_high FROM entry_high h WHERE h.id = 1;"
               " IF o_journal_id <> p_head OR o_high <> p_high THEN"
               "  o_journal_id := 0; RETURN; END IF;"
               " IF cardinality(p_removed) > 0 THEN"
               "  DELETE FROM entry WHERE id = ANY (p_removed); END IF;"
               " FOR r IN SELECT * FROM jsonb_populate_recordset(NULL::entry, p_rows) LOOP"
               "  UPDATE entry SET (%1) = (%2) WHERE id = r.id;"
               "  IF NOT FOUND THEN INSERT INTO entry VALUES (r.*); END IF;"
               " END LOOP;"
               " IF p_retire THEN UPDATE journal SET undo_state = 2"
               "  WHERE undoable = 1 AND undo_state = 1; END IF;"
               " INSERT INTO journal (at_utc, actor, act, summary, undoable, undo_state,"
               "  refers_to, change) VALUES (p_at, p_actor, p_act, p_summary, p_undoable,"
               "  p_state, p_refers, p_change) RETURNING id INTO o_journal_id;"
               " SELECT h.high INTO o_high FROM entry_high h WHERE h.id = 1;"
               " END $$")
        .arg(columns.join(QStringLiteral(", ")), fromRow.join(QStringLiteral(", ")));
}

QString callSql()
{
    return QStringLiteral("SELECT o_journal_id, o_high FROM act_at_once(?, ?, ?::jsonb,"
                          " ?::bigint[], ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

} // namespace rostrum::ServerAtOnce
