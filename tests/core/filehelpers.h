#pragma once

// Helpers for tests about the meeting file itself: its bytes and permissions, SQL run on it as
// another program would, the session's own connection, and read-only files that stay
// read-only even for root.

#include "corehelpers.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rostrum::testing {

// A file as a user could tell it apart: its bytes, its modification time to the nanosecond,
// and the files next to it (SQLite leaves -wal, -shm or -journal files when it touches one).
struct FileState
{
    QByteArray bytes;
    qint64 mtimeNs = 0;
    mode_t mode = 0;
    QStringList folder;

    bool operator==(const FileState &o) const
    {
        return bytes == o.bytes && mtimeNs == o.mtimeNs && mode == o.mode && folder == o.folder;
    }
};

inline FileState stateOf(const QString &path)
{
    FileState s;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        s.bytes = f.readAll();
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
        s.mode = st.st_mode;
    }
    s.folder = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    return s;
}

inline mode_t permissionsOf(const QString &path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Runs SQL on a file through a connection of its own, as another program would.
inline void runSql(const QString &path, const QStringList &statements)
{
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

inline QVariant pragma(const QString &path, const QString &name)
{
    const QString connection = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
        REQUIRE(q.next());
        value = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

// The connection an open session writes through, found by its file, so a test can limit it.
inline QSqlDatabase connectionTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const QString &c : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(c, false);
        if (db.databaseName() == absolute)
            return db;
    }
    FAIL("no open connection to " << path.toStdString());
    return {};
}

// Makes files or folders read-only in a way that holds even for root: the immutable attribute
// (root runs these tests in CI containers, where a chmod stops nothing). Without root, a chmod.
class ReadOnly final
{
public:
    explicit ReadOnly(const QStringList &paths)
    {
        for (const QString &p : paths) {
            if (!set(p, true)) {
                m_ok = false;
                return;
            }
            m_done.append(p);
        }
    }
    ~ReadOnly() { release(); }
    ReadOnly(const ReadOnly &) = delete;
    ReadOnly &operator=(const ReadOnly &) = delete;

    bool ok() const { return m_ok; }
    void release()
    {
        for (const QString &p : std::as_const(m_done))
            set(p, false);
        m_done.clear();
    }

private:
    static bool set(const QString &path, bool readOnly)
    {
        const QByteArray native = QFile::encodeName(path);
        if (::geteuid() != 0) {
            const bool folder = QFileInfo(path).isDir();
            return ::chmod(native.constData(),
                           readOnly ? (folder ? 0500 : 0400) : (folder ? 0700 : 0600)) == 0;
        }
        const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = readOnly ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }

    QStringList m_done;
    bool m_ok = true;
};

// Lets the session's connection use no more pages than the file has now (full), so that the
// next act that needs room fails as on a full disk; or lifts the limit again.
inline void limitPages(const QString &path, bool full)
{
    QSqlQuery q(connectionTo(path));
    int pages = 1'073'741'823;
    if (full) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        pages = q.value(0).toInt();
        q.finish();
    }
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
}

// Another program that holds the meeting file's write lock until released.
class LockHolder final
{
public:
    explicit LockHolder(const QString &path)
        : m_connection(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    ~LockHolder() { release(); }
    LockHolder(const LockHolder &) = delete;
    LockHolder &operator=(const LockHolder &) = delete;

    void release()
    {
        if (m_connection.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }

private:
    QString m_connection;
};

} // namespace rostrum::testing

#define REQUIRE_READ_ONLY_POSSIBLE(guard)                                                          \
    if (!(guard).ok()) {                                                                           \
        WARN("cannot make a file read-only here (root without the immutable attribute): "          \
             "skipping the read-only assertions");                                                 \
        return;                                                                                    \
    }
