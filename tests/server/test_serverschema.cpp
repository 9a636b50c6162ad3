// The server's tables are written out for PostgreSQL beside the file's (core/server/
// serverschema.cpp beside core/store/schema.cpp): a column added to the file's format and not
// to the server's would be lost on every push, or refused on every act. Both are made here and
// compared, table by table, column by column.
#include "backend.h"
#include "server/serverconnection.h"

#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QStringList fileColumns(const QString &path, const QString &table)
{
    QStringList names;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY name"));
        q.addBindValue(table);
        REQUIRE(q.exec());
        while (q.next())
            names.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return names;
}

QStringList serverColumns(ServerConnection &c, const QString &schema, const QString &table)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns"
                             " WHERE table_schema = ? AND table_name = ? ORDER BY column_name"));
    q.addBindValue(schema);
    q.addBindValue(table);
    REQUIRE(q.exec());
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}
} // namespace

TEST_CASE("A meeting on a server has every table and column of a meeting file", "[server]")
{
    Backend file(Backend::Kind::File);
    file.createEmpty().reset();
    Backend server(Backend::Kind::Server);
    server.createEmpty().reset();
    QString error;
    auto admin = ServerConnection::open(locationOf(server.location()), &error);
    INFO(error.toStdString());
    REQUIRE(admin);
    const QString schema = QStringLiteral("rostrum_") + locationOf(server.location()).meeting;

    QStringList tables;
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file.location());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite_%' ORDER BY name")));
            while (q.next())
                tables.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
    }
    REQUIRE(tables.contains(QStringLiteral("entry")));
    REQUIRE(tables.contains(QStringLiteral("journal")));
    for (const QString &table : tables) {
        INFO("table " << table.toStdString());
        const QStringList inFile = fileColumns(file.location(), table);
        CHECK_FALSE(inFile.isEmpty());
        CHECK(serverColumns(*admin, schema, table) == inFile);
    }
}
