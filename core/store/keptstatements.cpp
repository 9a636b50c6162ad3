#include "store/keptstatements.h"

#include "store/sqliteerror.h"

#include <QSqlError>

namespace rostrum {

QSqlQuery *KeptStatements::prepared(const QString &sql, QString *error)
{
    auto it = m_kept.find(sql);
    if (it != m_kept.end())
        return &it.value();
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        reportSqlError(error, q.lastError());
        return nullptr;
    }
    return &m_kept.insert(sql, q).value();
}

} // namespace rostrum
