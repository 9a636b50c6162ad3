// What opening checks inside a meeting file before it reads or writes a row of it: only the
// objects Rostrum makes, and pages SQLite finds sound. Either failing, the file is refused
// untouched, with the reason.
#include "store/meetingfilestore.h"
#include "store/schema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rostrum {

void MeetingFileStore::distrustSchema()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
}

QString MeetingFileStore::checkContents()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return describeSqlError(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    // A newer file is refused by the migration, with the version it needs.
    if (version <= Schema::kCurrentVersion) {
        if (const QString odd = Schema::unexpectedObjects(m_db, version); !odd.isEmpty())
            return odd;
    }
    // The quick check reads every page once, without the slower cross-checks of indexes: a
    // file copied in pieces, or written over in place, fails it.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        return tr("it is damaged (%1)").arg(describeSqlError(q.lastError()));
    if (const QString verdict = q.value(0).toString(); verdict != QLatin1String("ok"))
        return tr("it is damaged (%1)").arg(verdict);
    return {};
}

} // namespace rostrum
