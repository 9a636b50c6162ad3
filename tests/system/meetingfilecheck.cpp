#include "meetingfilecheck.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <functional>

namespace rostrum::systemtest {

namespace {
// Runs `read` on a connection of its own, removed again before returning (Qt insists that no
// QSqlDatabase handle is left when a connection is removed).
void withConnection(const QString &path, const std::function<void(QSqlDatabase &)> &read)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

QString integrityCheck(const QString &path)
{
    QString result;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QStringList lines;
        if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            while (q.next())
                lines.append(q.value(0).toString());
        }
        result = lines.join(QLatin1Char('\n'));
    });
    return result;
}

QMap<qint64, JournalRow> journalRows(const QString &path)
{
    QMap<qint64, JournalRow> rows;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, at_utc, actor, act, undo_state FROM journal")))
            return;
        while (q.next()) {
            JournalRow r;
            r.id = q.value(0).toLongLong();
            r.atMs = q.value(1).toLongLong();
            r.actor = q.value(2).toString();
            r.act = q.value(3).toString();
            r.undoState = q.value(4).toInt();
            rows.insert(r.id, r);
        }
    });
    return rows;
}

} // namespace rostrum::systemtest
