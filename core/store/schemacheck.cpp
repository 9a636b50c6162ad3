// A meeting file's schema against the one its version made. A file is data, and data can be
// hostile: a trigger in it runs with every act ("AFTER INSERT ON journal … DELETE FROM entry"),
// a view can stand in for a table. Only the exact objects Rostrum makes are accepted.
#include "store/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace rostrum::Schema {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::Schema)
};

struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
    // The statement as SQLite keeps it is the text it was given: versions of Rostrum that laid
    // the same statement out differently ("entry ( id" and "entry (id") made the same table.
    QString key() const
    {
        QString text = sql.simplified();
        static const QRegularExpression aroundPunctuation(QStringLiteral("\\s*([(),])\\s*"));
        text.replace(aroundPunctuation, QStringLiteral("\\1"));
        return type + u'\x1f' + name + u'\x1f' + table + u'\x1f' + text;
    }
};

QVector<SchemaObject> objectsOf(const QSqlDatabase &db, bool *ok)
{
    QVector<SchemaObject> objects;
    QSqlQuery q(db);
    *ok =
        q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema"));
    while (*ok && q.next())
        objects.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    return objects;
}

// The schema of each version, made once in memory by the very steps that make a file.
QSet<QString> referenceFor(int version)
{
    static QMutex mutex;
    static QHash<int, QSet<QString>> made;
    const QMutexLocker lock(&mutex);
    if (const auto it = made.constFind(version); it != made.constEnd())
        return *it;
    const QString connection =
        QStringLiteral("rostrum-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSet<QString> keys;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        bool ok = db.open() && createAtVersion(db, version, nullptr);
        for (const SchemaObject &o : objectsOf(db, &ok))
            keys.insert(o.key());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    made.insert(version, keys);
    return keys;
}

QString kindOf(const QString &type)
{
    if (type == QLatin1String("trigger"))
        return Text::tr("a trigger");
    if (type == QLatin1String("view"))
        return Text::tr("a view");
    if (type == QLatin1String("index"))
        return Text::tr("an index");
    return Text::tr("a table");
}
} // namespace

QString unexpectedObjects(const QSqlDatabase &db, int version)
{
    bool ok = false;
    const QVector<SchemaObject> objects = objectsOf(db, &ok);
    if (!ok)
        return Text::tr("its list of tables cannot be read");
    QSet<QString> expected = referenceFor(version);
    QSet<QString> expectedNames;
    for (const QString &key : std::as_const(expected))
        expectedNames.insert(key.section(u'\x1f', 0, 1));
    for (const SchemaObject &o : objects) {
        if (expected.remove(o.key()))
            continue;
        if (expectedNames.contains(o.type + u'\x1f' + o.name))
            return Text::tr("%1 named “%2” is not as Rostrum makes it").arg(kindOf(o.type), o.name);
        return Text::tr("it holds %1 named “%2” that Rostrum does not make")
            .arg(kindOf(o.type), o.name);
    }
    // A missing index only slows the file down (a database tool's copy may leave them out);
    // a missing table is a file that cannot hold a meeting.
    for (const QString &key : std::as_const(expected)) {
        const QStringList missing = key.split(u'\x1f');
        if (missing[0] != QLatin1String("index"))
            return Text::tr("%1 named “%2” is missing").arg(kindOf(missing[0]), missing[1]);
    }
    return {};
}

} // namespace rostrum::Schema
