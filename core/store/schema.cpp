#include "store/schema.h"

#include "meeting/entrycolumns.h"
#include "meeting/meeting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>
#include <functional>

namespace rostrum::Schema {

namespace {
bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// The entry table as a version created it, from the one column table: a column is never
// edited once shipped, so the statement of a shipped version never changes.
QString entryTable(int version)
{
    QStringList columns;
    for (const EntryColumn &c : EntryColumns::all()) {
        if (c.since <= version)
            columns.append(c.key() + QLatin1Char(' ') + QLatin1String(c.declaration));
    }
    return QStringLiteral("CREATE TABLE entry (%1)").arg(columns.join(QStringLiteral(", ")));
}

// Version 1: the meeting row, the entries, and the journal of acts.
const QStringList &version1()
{
    static const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE meeting ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " title TEXT NOT NULL, venue TEXT NOT NULL DEFAULT '', date TEXT NOT NULL,"
            " scheduled_start TEXT NOT NULL, scheduled_end TEXT NOT NULL, time_zone TEXT NOT NULL,"
            " deadline TEXT NOT NULL DEFAULT '', organizers TEXT NOT NULL DEFAULT '[]',"
            " cosponsors TEXT NOT NULL DEFAULT '[]', council TEXT NOT NULL DEFAULT '[]',"
            " tier_order TEXT NOT NULL DEFAULT '[]', limits TEXT NOT NULL DEFAULT '{}',"
            " default_limit_s INTEGER NOT NULL DEFAULT 180, warning_s INTEGER NOT NULL DEFAULT 30,"
            " absent_rule TEXT NOT NULL DEFAULT 'end-of-tier', list_closed INTEGER NOT NULL "
            "DEFAULT 0)"),
        entryTable(1),
        QStringLiteral("CREATE INDEX entry_by_status ON entry (status, order_key)"),
        QStringLiteral(
            "CREATE TABLE journal ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, at_utc INTEGER NOT NULL, actor TEXT NOT NULL,"
            " act TEXT NOT NULL, summary TEXT NOT NULL, undoable INTEGER NOT NULL,"
            " undo_state INTEGER NOT NULL DEFAULT 0, refers_to INTEGER NOT NULL DEFAULT 0,"
            " change TEXT NOT NULL)"),
        // Undo and redo look up one row of a long journal; this keeps that a short seek.
        QStringLiteral("CREATE INDEX journal_undo ON journal (undoable, undo_state, id)"),
    };
    return statements;
}

// Version 2: the deadline is an instant with its offset and seconds ("2027-11-07T01:30:00-04:00"),
// where version 1 kept the meeting's local "yyyy-MM-dd HH:mm" and so could not tell the two
// 01:30s of a night the clocks go back apart; the scheduled times keep seconds ("HH:mm:ss").
// The old text is read as version 1 read it, so the migrated meeting means what it meant.
bool version2(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT scheduled_start, scheduled_end, time_zone, deadline FROM "
                               "meeting WHERE id = 1"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // no meeting row: opening refuses the file with its own reason
    auto withSeconds = [](const QString &text) {
        const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
        return t.isValid() ? t.toString(QStringLiteral("HH:mm:ss")) : text;
    };
    const QString start = withSeconds(q.value(0).toString());
    const QString end = withSeconds(q.value(1).toString());
    QTimeZone zone(q.value(2).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    QString deadline = q.value(3).toString();
    const QDateTime local = QDateTime::fromString(deadline, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (local.isValid())
        deadline = QDateTime(local.date(), local.time(), zone).toString(Qt::ISODate);
    q.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE meeting SET scheduled_start = ?, scheduled_end = ?, "
                                  "deadline = ? WHERE id = 1"));
    update.addBindValue(start);
    update.addBindValue(end);
    update.addBindValue(deadline);
    if (update.exec())
        return true;
    if (error)
        *error = update.lastError().text();
    return false;
}

// Version 3: the file's own identity (a backup or a copy Rostrum makes gets one of its own), so
// that another file copied over it in place is told apart from it; and the consoles that have the
// file open, so that a second console can say who else is running the meeting.
bool version3(QSqlDatabase &db, QString *error)
{
    if (!run(db,
             QStringLiteral("CREATE TABLE meeting_identity (id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " uid TEXT NOT NULL)"),
             error))
        return false;
    QSqlQuery identity(db);
    identity.prepare(QStringLiteral("INSERT INTO meeting_identity (id, uid) VALUES (1, ?)"));
    identity.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!identity.exec()) {
        if (error)
            *error = identity.lastError().text();
        return false;
    }
    return run(db,
               QStringLiteral("CREATE TABLE console_seat (host TEXT NOT NULL, pid INTEGER NOT NULL,"
                              " actor TEXT NOT NULL, opened_utc INTEGER NOT NULL,"
                              " seen_utc INTEGER NOT NULL, PRIMARY KEY (host, pid))"),
               error);
}

// Version 4: the heading of the meeting's documents ("United Nations General Assembly, plenary
// meeting"), which older versions guessed from the council list when printing. The migrated
// meeting keeps the heading it printed, so its documents do not change.
bool version4(QSqlDatabase &db, QString *error)
{
    if (!run(db, QStringLiteral("ALTER TABLE meeting ADD COLUMN heading TEXT NOT NULL DEFAULT ''"),
             error))
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT council FROM meeting WHERE id = 1"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // no meeting row: opening refuses the file with its own reason
    // The council list read as the meeting reads it; a row without a heading reads as it printed.
    const QString heading = Meeting::fromColumns({{QStringLiteral("council"), q.value(0)}}).heading;
    q.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE meeting SET heading = ? WHERE id = 1"));
    update.addBindValue(heading.isNull() ? QStringLiteral("") : heading);
    if (update.exec())
        return true;
    if (error)
        *error = update.lastError().text();
    return false;
}

// Version 5: the floor as the UN runs it. An entry is a statement, a point of order or a right
// of reply; the meeting has the limits of points of order and replies, the changeover, the
// message to the speaker and whether it chimes. Every existing entry is a statement.
bool version5(QSqlDatabase &db, QString *error)
{
    for (const EntryColumn &c : EntryColumns::all()) {
        if (c.since != 5)
            continue;
        if (!run(db,
                 QStringLiteral("ALTER TABLE entry ADD COLUMN %1 %2")
                     .arg(c.key(), QLatin1String(c.declaration)),
                 error))
            return false;
    }
    static const char *const meetingColumns[] = {
        "point_of_order_limit_s INTEGER NOT NULL DEFAULT 120",
        "replies_allowed INTEGER NOT NULL DEFAULT 2",
        "reply_first_s INTEGER NOT NULL DEFAULT 300",
        "reply_second_s INTEGER NOT NULL DEFAULT 180",
        "changeover_s INTEGER NOT NULL DEFAULT 0",
        "message TEXT NOT NULL DEFAULT ''",
        "chimes INTEGER NOT NULL DEFAULT 1",
    };
    for (const char *column : meetingColumns) {
        if (!run(db, QStringLiteral("ALTER TABLE meeting ADD COLUMN %1").arg(QLatin1String(column)),
                 error))
            return false;
    }
    return true;
}

// Version 6: the links to the web views, one per role, kept as the SHA-256 of their tokens (see
// WebLinks): a link given to the timekeeper's tablet keeps working after the console restarts.
bool version6(QSqlDatabase &db, QString *error)
{
    return run(db,
               QStringLiteral("CREATE TABLE web_link (role TEXT PRIMARY KEY NOT NULL,"
                              " token_sha256 TEXT NOT NULL, made_utc INTEGER NOT NULL)"),
               error);
}

// Step N takes a file from version N-1 to N. Add a step; never edit a shipped one.
const QList<std::function<bool(QSqlDatabase &, QString *)>> &steps()
{
    static const QList<std::function<bool(QSqlDatabase &, QString *)>> all = {
        [](QSqlDatabase &db, QString *error) {
            for (const QString &sql : version1()) {
                if (!run(db, sql, error))
                    return false;
            }
            return run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error);
        },
        version2,
        version3,
        version4,
        version5,
        version6,
    };
    return all;
}
} // namespace

bool createAtVersion(QSqlDatabase &db, int version, QString *error)
{
    for (int v = 0; v < version && v < int(steps().size()); ++v) {
        if (!steps().at(v)(db, error))
            return false;
    }
    return true;
}

bool migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kCurrentVersion) {
        if (error) {
            *error = QCoreApplication::translate(
                         "rostrum::Schema",
                         "The file was written by a newer version of Rostrum (file format %1; "
                         "this version reads up to %2). Open it with a newer Rostrum.")
                         .arg(version)
                         .arg(kCurrentVersion);
        }
        return false;
    }
    for (int v = version; v < kCurrentVersion; ++v) {
        // Each step is its own transaction and bumps the version before it commits, so a crash
        // mid-migration leaves the file at a version it really has.
        if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        if (!steps().at(v)(db, error) ||
            !run(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), error) ||
            !run(db, QStringLiteral("COMMIT"), error)) {
            run(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return true;
}

} // namespace rostrum::Schema
