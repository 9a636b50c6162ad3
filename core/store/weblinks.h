#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace rostrum {

// The links to the meeting's web views (schema version 6): for each role ("viewer", "chair",
// ...), the SHA-256 of its token. Only the hash is in the file, so a copy of the meeting that
// circulates gives nobody control of it; the links survive a restart of the server because the
// hashes are the meeting's, not the server's.
class WebLinks final
{
public:
    explicit WebLinks(const QSqlDatabase &db) : m_db(db) {}

    // Role to hash; empty when no link was ever made (or the file is older than version 6).
    QHash<QString, QByteArray> hashes() const;
    // Replaces every role's hash at once, in the caller's transaction.
    bool replace(const QHash<QString, QByteArray> &hashes, qint64 nowMs, QString *error);

private:
    const QSqlDatabase &m_db; // the store's, which outlives this
};

} // namespace rostrum
