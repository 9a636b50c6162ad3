#include "server/serverschema.h"

#include "meeting/entrycolumns.h"
#include "server/serveratonce.h"
#include "server/serverroles.h"
#include "store/schema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rostrum::ServerSchema {

namespace {
bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                        : q.lastError().databaseText();
    return false;
}

bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!run(db, sql, error))
            return false;
    }
    return true;
}

// The register and the functions that handle names. The role a user has on a meeting is
// worked out here once, for the guards and for the console's greying out alike: the meeting's
// owner (who created it) and a superuser are its chair; otherwise membership of one of the
// meeting's group roles, which `rostrum-cli grant` gives.
const QStringList &registerStatements()
{
    static const QStringList statements = {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS rostrum"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rostrum.meetings (name TEXT PRIMARY KEY,"
                       " format INTEGER NOT NULL, created_utc BIGINT NOT NULL,"
                       " created_by TEXT NOT NULL DEFAULT session_user)"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rostrum.make_meeting_schema(meeting text) RETURNS void"
            " LANGUAGE plpgsql AS $$ BEGIN"
            " IF meeting !~ '^[a-z0-9_]{1,40}$' THEN"
            "  RAISE EXCEPTION 'not a meeting name: %', meeting; END IF;"
            " EXECUTE format('CREATE SCHEMA %I', 'rostrum_' || meeting); END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rostrum.role_in(meeting_schema text) RETURNS text"
            " LANGUAGE plpgsql STABLE AS $$ DECLARE r text; BEGIN"
            " IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR"
            "  pg_has_role(current_user, (SELECT nspowner FROM pg_namespace"
            "  WHERE nspname = meeting_schema), 'MEMBER') THEN RETURN 'chair'; END IF;"
            " FOREACH r IN ARRAY ARRAY['chair', 'staff', 'timekeeper', 'viewer'] LOOP"
            "  IF EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = meeting_schema || '_' || r"
            "   AND pg_has_role(current_user, g.oid, 'MEMBER')) THEN"
            "   RETURN r; END IF;"
            " END LOOP; RETURN 'none'; END $$"),
        // A meeting's title and date for the listing, read from its own schema; nothing for
        // one the caller may not read.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rostrum.meeting_heading(meeting text, OUT title text,"
            " OUT date text) LANGUAGE plpgsql STABLE AS $$ BEGIN"
            " EXECUTE format('SELECT title, date FROM %I.meeting WHERE id = 1', 'rostrum_' ||"
            " meeting) INTO title, date;"
            " EXCEPTION WHEN insufficient_privilege OR undefined_table THEN"
            " title := NULL; date := NULL; END $$"),
    };
    return statements;
}

// The entry table of the file's format, from the one column table: PostgreSQL's INTEGER is 32
// bits, and the instants are milliseconds, so every integer is a BIGINT.
QString entryTable()
{
    QStringList columns;
    for (const EntryColumn &c : EntryColumns::all()) {
        QString declaration = QLatin1String(c.declaration);
        declaration.replace(QLatin1String(" AUTOINCREMENT"), QString());
        declaration.replace(QLatin1String("INTEGER"), QLatin1String("BIGINT"));
        columns.append(c.key() + QLatin1Char(' ') + declaration);
    }
    return QStringLiteral("CREATE TABLE entry (%1)").arg(columns.join(QStringLiteral(", ")));
}

// The meeting's tables, made with the search path on its new schema. The guards refuse, in the
// server, what a role may not do, whichever program sends the statement (see docs/SERVER.md):
// a timekeeper changes the clock and the message, staff the list but not the clock, a viewer
// nothing (it has no privilege to write at all).
QStringList meetingStatements()
{
    return {
        QStringLiteral(
            "CREATE TABLE meeting (id INTEGER PRIMARY KEY CHECK (id = 1),"
            " title TEXT NOT NULL, venue TEXT NOT NULL DEFAULT '', date TEXT NOT NULL,"
            " scheduled_start TEXT NOT NULL, scheduled_end TEXT NOT NULL, time_zone TEXT NOT NULL,"
            " deadline TEXT NOT NULL DEFAULT '', organizers TEXT NOT NULL DEFAULT '[]',"
            " cosponsors TEXT NOT NULL DEFAULT '[]', council TEXT NOT NULL DEFAULT '[]',"
            " tier_order TEXT NOT NULL DEFAULT '[]', limits TEXT NOT NULL DEFAULT '{}',"
            " default_limit_s BIGINT NOT NULL DEFAULT 180, warning_s BIGINT NOT NULL DEFAULT 30,"
            " absent_rule TEXT NOT NULL DEFAULT 'end-of-tier',"
            " list_closed BIGINT NOT NULL DEFAULT 0, heading TEXT NOT NULL DEFAULT '',"
            " point_of_order_limit_s BIGINT NOT NULL DEFAULT 120,"
            " replies_allowed BIGINT NOT NULL DEFAULT 2, reply_first_s BIGINT NOT NULL DEFAULT 300,"
            " reply_second_s BIGINT NOT NULL DEFAULT 180, changeover_s BIGINT NOT NULL DEFAULT 0,"
            " message TEXT NOT NULL DEFAULT '', chimes BIGINT NOT NULL DEFAULT 1)"),
        entryTable(),
        QStringLiteral("CREATE INDEX entry_by_status ON entry (status, order_key)"),
        QStringLiteral("CREATE TABLE journal (id BIGSERIAL PRIMARY KEY, at_utc BIGINT NOT NULL,"
                       " actor TEXT NOT NULL, act TEXT NOT NULL, summary TEXT NOT NULL,"
                       " undoable BIGINT NOT NULL, undo_state BIGINT NOT NULL DEFAULT 0,"
                       " refers_to BIGINT NOT NULL DEFAULT 0, change TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX journal_undo ON journal (undoable, undo_state, id)"),
        QStringLiteral("CREATE TABLE meeting_identity (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " uid TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE console_seat (host TEXT NOT NULL, pid BIGINT NOT NULL,"
                       " actor TEXT NOT NULL, opened_utc BIGINT NOT NULL,"
                       " seen_utc BIGINT NOT NULL, PRIMARY KEY (host, pid))"),
        QStringLiteral("CREATE TABLE web_link (role TEXT PRIMARY KEY NOT NULL,"
                       " token_sha256 TEXT NOT NULL, made_utc BIGINT NOT NULL)"),
        // The highest entry id ever handed out, as the file's AUTOINCREMENT keeps it: an undone
        // removal comes back under its own id, which no new entry took meanwhile.
        QStringLiteral("CREATE TABLE entry_high (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " high BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO entry_high (id, high) VALUES (1, 0)"),
        QStringLiteral(
            "CREATE FUNCTION note_entry_id() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path FROM CURRENT AS $$ BEGIN"
            " UPDATE entry_high SET high = greatest(high, NEW.id); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER note_entry_id AFTER INSERT ON entry FOR EACH ROW"
                       " EXECUTE FUNCTION note_entry_id()"),
        // Every act writes one journal row: its commit is announced to every console listening.
        QStringLiteral("CREATE FUNCTION announce_act() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN PERFORM pg_notify(TG_TABLE_SCHEMA, ''); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER announce_act AFTER INSERT OR UPDATE ON journal"
                       " FOR EACH STATEMENT EXECUTE FUNCTION announce_act()"),
        // The journal names who acted as the server knows them; a web view's act keeps the
        // role and address it came from after that name.
        QStringLiteral(
            "CREATE FUNCTION journal_actor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " NEW.actor := CASE WHEN NEW.actor LIKE 'web:%' THEN session_user || ' ' || NEW.actor"
            " ELSE session_user END; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER journal_actor BEFORE INSERT ON journal FOR EACH ROW"
                       " EXECUTE FUNCTION journal_actor()"),
        QStringLiteral(
            "CREATE FUNCTION guard_journal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF rostrum.role_in(TG_TABLE_SCHEMA) <> 'chair' AND"
            "  (to_jsonb(NEW) - ARRAY['undo_state', 'change'])"
            "  IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['undo_state', 'change']) THEN"
            "  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
            "  MESSAGE = 'the journal''s record of an act is never rewritten'; END IF;"
            " RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER guard_journal BEFORE UPDATE ON journal FOR EACH ROW"
                       " EXECUTE FUNCTION guard_journal()"),
        QStringLiteral(
            "CREATE FUNCTION guard_entry() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE r text := rostrum.role_in(TG_TABLE_SCHEMA); BEGIN"
            " IF r = 'chair' THEN RETURN COALESCE(NEW, OLD); END IF;"
            " IF r = 'timekeeper' AND (TG_OP <> 'UPDATE' OR"
            "  (to_jsonb(NEW) - ARRAY['status', 'order_key', 'absences', 'extra_ms', 'started_at',"
            "  'paused_total_ms', 'paused_since', 'ended_at']) IS DISTINCT FROM"
            "  (to_jsonb(OLD) - ARRAY['status', 'order_key', 'absences', 'extra_ms', 'started_at',"
            "  'paused_total_ms', 'paused_since', 'ended_at'])) THEN"
            "  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
            "  MESSAGE = 'the timekeeper runs the clock and may not change the list'; END IF;"
            " IF r = 'staff' AND TG_OP = 'UPDATE' AND"
            "  (NEW.extra_ms, NEW.started_at, NEW.paused_total_ms, NEW.paused_since, NEW.ended_at)"
            "  IS DISTINCT FROM"
            "  (OLD.extra_ms, OLD.started_at, OLD.paused_total_ms, OLD.paused_since, OLD.ended_at)"
            "  THEN RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
            "  MESSAGE = 'staff shape the list and may not run the clock'; END IF;"
            " IF r NOT IN ('timekeeper', 'staff') THEN"
            "  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
            "  MESSAGE = 'this role may not change the list'; END IF;"
            " RETURN COALESCE(NEW, OLD); END $$"),
        QStringLiteral("CREATE TRIGGER guard_entry BEFORE INSERT OR UPDATE OR DELETE ON entry"
                       " FOR EACH ROW EXECUTE FUNCTION guard_entry()"),
        QStringLiteral("CREATE FUNCTION guard_meeting() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " DECLARE r text := rostrum.role_in(TG_TABLE_SCHEMA); BEGIN"
                       " IF r = 'chair' OR to_jsonb(NEW) IS NOT DISTINCT FROM to_jsonb(OLD) THEN"
                       "  RETURN NEW; END IF;"
                       " IF r = 'timekeeper' AND (to_jsonb(NEW) - 'message') IS NOT DISTINCT FROM"
                       "  (to_jsonb(OLD) - 'message') THEN RETURN NEW; END IF;"
                       " RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
                       " MESSAGE = 'only the chair changes the meeting''s settings'; END $$"),
        QStringLiteral("CREATE TRIGGER guard_meeting BEFORE UPDATE ON meeting FOR EACH ROW"
                       " EXECUTE FUNCTION guard_meeting()"),
        ServerAtOnce::createFunctionSql(),
    };
}
} // namespace

int currentFormat()
{
    return Schema::kCurrentVersion;
}

bool ensureRegister(QSqlDatabase &db, QString *error)
{
    // Its own transaction, so that the lock is let go as soon as the register exists.
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // Made once: the functions then belong to whoever made the register, and another
    // administrator adding a meeting later may not replace them.
    bool ok = run(db, QStringLiteral("SELECT pg_advisory_xact_lock(5257305)"), error);
    QSqlQuery exists(db);
    ok = ok && exists.exec(QStringLiteral("SELECT to_regclass('rostrum.meetings') IS NOT NULL")) &&
         exists.next();
    if (ok && !exists.value(0).toBool())
        ok = runAll(db, registerStatements(), error) &&
             runAll(db, ServerRoles::registerStatements(), error);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

int formatOf(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('rostrum.meetings') IS NOT NULL")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().databaseText();
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    q.prepare(QStringLiteral("SELECT format FROM rostrum.meetings WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

bool useMeeting(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('search_path', ?, false)"));
    q.addBindValue(QStringLiteral("rostrum_") + name);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().databaseText();
    return false;
}

bool createMeeting(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rostrum.meetings (name, format, created_utc)"
                             " VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(name);
    q.addBindValue(currentFormat());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("rostrum::ServerSchema",
                                                 "a meeting named %1 already exists there")
                         .arg(name);
        return false;
    }
    q.prepare(QStringLiteral("SELECT rostrum.make_meeting_schema(?)"));
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    q.prepare(QStringLiteral("SELECT set_config('search_path', ?, true)"));
    q.addBindValue(QStringLiteral("rostrum_") + name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    return runAll(db, meetingStatements(), error);
}

bool listMeetings(QSqlDatabase &db, QVector<Listed> *out, QString *error)
{
    out->clear();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('rostrum.meetings') IS NOT NULL")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    // Each meeting's title is read from its own schema, through a function that quotes the
    // name, so the register never goes stale when a title changes.
    if (!q.exec(QStringLiteral("SELECT name, format FROM rostrum.meetings ORDER BY name"))) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    while (q.next())
        out->append({q.value(0).toString(), {}, {}, q.value(1).toInt()});
    for (Listed &m : *out) {
        QSqlQuery heading(db);
        heading.prepare(QStringLiteral("SELECT title, date FROM rostrum.meeting_heading(?)"));
        heading.addBindValue(m.name);
        if (heading.exec() && heading.next()) {
            m.title = heading.value(0).toString();
            m.date = heading.value(1).toString();
        }
    }
    return true;
}

} // namespace rostrum::ServerSchema
