#include "store/sqliteerror.h"

#include "server/servererror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rostrum {

namespace {
// The messages, translated in a context of their own.
class SqliteErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::SqliteError)

public:
    static QString forCode(int code, const QString &text)
    {
        switch (code) {
        case 13:
            return tr("the disk is full (%1)").arg(text);
        case 8:
            return tr("the file or its folder is read-only (%1)").arg(text);
        case 5:
        case 6:
            return tr("another program is holding the meeting file locked (%1)").arg(text);
        case 10:
            return tr("the file could not be written or read: it may have been moved, deleted or "
                      "the disk removed (%1)")
                .arg(text);
        case 11:
        case 26:
            return tr("the file is damaged (%1)").arg(text);
        case 14:
            return tr("the file cannot be opened (%1)").arg(text);
        default:
            return text;
        }
    }
};
} // namespace

QString describeSqlError(const QString &nativeCode, const QString &text)
{
    // PostgreSQL's codes are five characters (SQLSTATE); SQLite's are numbers of at most four
    // digits. libpq reports a connection that died with no code at all.
    if (nativeCode.size() == 5 ||
        (nativeCode.isEmpty() && text.contains(QLatin1String("server closed the connection"))))
        return describeServerError(nativeCode, text);
    // Extended codes keep the primary in the low byte.
    return SqliteErrorText::forCode(nativeCode.toInt() & 0xff, text);
}

QString describeSqlError(const QSqlError &error)
{
    return describeSqlError(error.nativeErrorCode(),
                            error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

void reportSqlError(QString *error, const QSqlError &e)
{
    if (error)
        *error = describeSqlError(e);
}

bool runBound(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    reportSqlError(error, q.lastError());
    return false;
}

} // namespace rostrum
