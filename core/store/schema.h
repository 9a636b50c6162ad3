#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rostrum {

// The layout of a meeting file and its forward migrations. The version lives in
// PRAGMA user_version; PRAGMA application_id marks the file as a Rostrum meeting.
namespace Schema {
constexpr int kCurrentVersion = 6;
constexpr int kApplicationId = 0x526f7374; // "Rost"
// Runs each missing step in its own transaction, bumping user_version before each commit.
bool migrate(QSqlDatabase &db, QString *error);
// Runs the steps up to `version` on an empty database: the schema a file of that version has.
bool createAtVersion(QSqlDatabase &db, int version, QString *error);
// Empty when the file's schema is exactly the one its version made; otherwise what is not (an
// object Rostrum never makes, such as a trigger, or one that is missing or altered).
QString unexpectedObjects(const QSqlDatabase &db, int version);
} // namespace Schema

} // namespace rostrum
