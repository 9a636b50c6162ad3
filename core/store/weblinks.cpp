#include "store/weblinks.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rostrum {

QHash<QString, QByteArray> WebLinks::hashes() const
{
    QHash<QString, QByteArray> all;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT role, token_sha256 FROM web_link")))
        return all;
    while (q.next())
        all.insert(q.value(0).toString(), QByteArray::fromHex(q.value(1).toString().toLatin1()));
    return all;
}

bool WebLinks::replace(const QHash<QString, QByteArray> &hashes, qint64 nowMs, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM web_link"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it) {
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO web_link (role, token_sha256, made_utc) VALUES (?, ?, ?)"));
        insert.addBindValue(it.key());
        insert.addBindValue(QString::fromLatin1(it.value().toHex()));
        insert.addBindValue(nowMs);
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace rostrum
