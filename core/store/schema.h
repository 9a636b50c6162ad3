#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rostrum {

// The layout of a meeting file and its forward migrations. The version lives in
// PRAGMA user_version; PRAGMA application_id marks the file as a Rostrum meeting.
namespace Schema {
constexpr int kCurrentVersion = 2;
constexpr int kApplicationId = 0x526f7374; // "Rost"
// Runs each missing step in its own transaction, bumping user_version before each commit.
bool migrate(QSqlDatabase &db, QString *error);
} // namespace Schema

} // namespace rostrum
