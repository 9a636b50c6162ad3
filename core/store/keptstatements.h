#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace rostrum {

// The statements every act runs, prepared once per connection and kept: SQLite parsing them
// again for each act was a quarter of an act's time (docs/BENCHMARKS.md). Only for statements
// that write (a kept SELECT would hold its read open).
class KeptStatements final
{
public:
    // The connection is the store's own; it outlives this, and forgetAll() runs before it closes.
    explicit KeptStatements(const QSqlDatabase &db) : m_db(db) {}
    KeptStatements(const KeptStatements &) = delete;
    KeptStatements &operator=(const KeptStatements &) = delete;

    // The statement, prepared on first use. Null, with the error, when SQLite refuses it.
    QSqlQuery *prepared(const QString &sql, QString *error);
    // A kept statement whose last run failed is not trusted again: Qt finalizes a statement
    // when resetting it reports the failure once more. Every act that fails ends here (see
    // MeetingFileStore::rollback()), so the next act prepares its statements afresh.
    void forgetAll() { m_kept.clear(); }

private:
    const QSqlDatabase &m_db;
    QHash<QString, QSqlQuery> m_kept; // by statement text
};

} // namespace rostrum
