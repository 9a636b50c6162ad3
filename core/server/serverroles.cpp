#include "server/serverroles.h"

#include "store/sqliteerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rostrum::ServerRoles {

const QStringList &roles()
{
    static const QStringList all = {QStringLiteral("chair"), QStringLiteral("staff"),
                                    QStringLiteral("timekeeper"), QStringLiteral("viewer")};
    return all;
}

const QStringList &registerStatements()
{
    // Names cannot be bound in SQL: PostgreSQL quotes them itself (format('%I')).
    static const QStringList statements = {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rostrum.make_role_groups(meeting text) RETURNS void"
            " LANGUAGE plpgsql AS $$ DECLARE s text := 'rostrum_' || meeting; g text; r text;"
            " BEGIN"
            " FOREACH r IN ARRAY ARRAY['viewer', 'timekeeper', 'staff', 'chair'] LOOP"
            "  g := s || '_' || r;"
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN"
            "   EXECUTE format('CREATE ROLE %I NOLOGIN', g); END IF;"
            "  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), g);"
            "  EXECUTE format('GRANT USAGE ON SCHEMA rostrum TO %I', g);"
            "  EXECUTE format('GRANT SELECT ON rostrum.meetings TO %I', g);"
            "  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, g);"
            "  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, g);"
            "  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.console_seat TO %I', s, g);"
            "  IF r <> 'viewer' THEN"
            "   EXECUTE format('GRANT UPDATE ON %I.entry, %I.meeting TO %I', s, s, g);"
            "   EXECUTE format('GRANT INSERT, UPDATE ON %I.journal TO %I', s, g);"
            "   EXECUTE format('GRANT USAGE ON SEQUENCE %I.journal_id_seq TO %I', s, g); END IF;"
            "  IF r IN ('staff', 'chair') THEN"
            "   EXECUTE format('GRANT INSERT, DELETE ON %I.entry TO %I', s, g); END IF;"
            "  IF r = 'chair' THEN"
            "   EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.web_link TO %I', s, g); END IF;"
            " END LOOP; END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rostrum.grant_role(meeting_name text, user_name text, "
            "role_name text)"
            " RETURNS void LANGUAGE plpgsql AS $$ DECLARE s text := 'rostrum_' || meeting_name;"
            " r text; BEGIN"
            " IF role_name NOT IN ('viewer', 'timekeeper', 'staff', 'chair') THEN"
            "  RAISE EXCEPTION 'not a role: %', role_name; END IF;"
            " IF NOT EXISTS (SELECT 1 FROM rostrum.meetings WHERE name = meeting_name) THEN"
            "  RAISE EXCEPTION 'no meeting named %', meeting_name; END IF;"
            " PERFORM rostrum.make_role_groups(meeting_name);"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = user_name) THEN"
            "  EXECUTE format('CREATE ROLE %I LOGIN', user_name); END IF;"
            " FOREACH r IN ARRAY ARRAY['viewer', 'timekeeper', 'staff', 'chair'] LOOP"
            "  IF r <> role_name AND EXISTS (SELECT 1 FROM pg_auth_members m"
            "   JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
            "   WHERE g.rolname = s || '_' || r AND u.rolname = user_name) THEN"
            "   EXECUTE format('REVOKE %I FROM %I', s || '_' || r, user_name); END IF;"
            " END LOOP;"
            " EXECUTE format('GRANT %I TO %I', s || '_' || role_name, user_name); END $$"),
    };
    return statements;
}

bool grant(QSqlDatabase &db, const QString &meeting, const QString &user, const QString &role,
           QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rostrum.grant_role(?, ?, ?)"));
    q.addBindValue(meeting);
    q.addBindValue(user);
    q.addBindValue(role);
    return runBound(q, error);
}

QString roleOf(QSqlDatabase &db, const QString &meeting)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rostrum.role_in(?)"));
    q.addBindValue(QStringLiteral("rostrum_") + meeting);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("none");
}

} // namespace rostrum::ServerRoles
