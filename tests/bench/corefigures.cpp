#include "corefigures.h"

#include "fixtures.h"
#include "session/meetingsession.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <chrono>
#include <functional>
#include <random>

namespace rostrum::bench {

namespace {
using Steady = std::chrono::steady_clock;

double msSince(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

double timed(const std::function<bool()> &work, bool *ok)
{
    const auto start = Steady::now();
    const bool done = work();
    const double ms = msSince(start);
    *ok = *ok && done;
    return ms;
}

// The floor of a durable act: one row updated in one transaction, through QtSql, with the
// pragmas and lock the store uses. Nothing can be durable for less on this filesystem.
class RawUpdate
{
public:
    explicit RawUpdate(const QString &path) : m_name(QStringLiteral("bench-raw-update"))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(m_db);
        m_ok = m_db.open() && q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) &&
               q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.finish();
        m_begin = QSqlQuery(m_db);
        m_update = QSqlQuery(m_db);
        m_commit = QSqlQuery(m_db);
        m_ok = m_ok && m_begin.prepare(QStringLiteral("BEGIN IMMEDIATE")) &&
               m_update.prepare(QStringLiteral("UPDATE entry SET order_key = ? WHERE id = ?")) &&
               m_commit.prepare(QStringLiteral("COMMIT"));
    }
    ~RawUpdate()
    {
        m_begin = QSqlQuery();
        m_update = QSqlQuery();
        m_commit = QSqlQuery();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_db.lastError().text() + m_update.lastError().text(); }

    bool run(qint64 id, qint64 key)
    {
        m_update.bindValue(0, key);
        m_update.bindValue(1, id);
        return m_begin.exec() && m_update.exec() && m_commit.exec();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    QSqlQuery m_begin, m_update, m_commit;
    bool m_ok = false;
};

std::unique_ptr<MeetingSession> openSession(const QString &path, const Clock &clock, QString *error)
{
    return MeetingSession::open(path, clock, QStringLiteral("bench"), error);
}

// Moves a pseudo-random waiting speaker to a pseudo-random place: the chair's commonest act,
// and one that plans on the whole running order. The choice is made before the clock starts.
struct Mover
{
    std::mt19937 random{20230525};
    qint64 id = 0;
    int to = 0;
    void choose(const MeetingSession &session)
    {
        const QVector<qint64> order = session.list().waitingIds();
        std::uniform_int_distribution<int> pick(0, int(order.size()) - 1);
        id = order.at(pick(random));
        to = pick(random) + 1;
        if (to == session.list().positionOf(id))
            to = to == 1 ? 2 : 1;
    }
    bool operator()(MeetingSession &session) { return session.move(id, to).ok; }
};
} // namespace

Figure durableAct(const CoreOptions &options, QString *error)
{
    Figure f;
    f.name = QStringLiteral("one durable act (move), 500 entries");
    f.floorName = QStringLiteral("raw 1-row UPDATE transaction, same pragmas and filesystem");
    f.unit = QStringLiteral("ms");
    f.target = 1.5;
    f.judge = Figure::Judge::MedianAndP99;
    const QDir dir(options.workDir);
    const QString meetingPath = dir.filePath(QStringLiteral("act-500.rostrum"));
    const QString rawPath = dir.filePath(QStringLiteral("raw-500.rostrum"));
    if (!Fixtures::makeMeeting(meetingPath, 500, 1, error) ||
        !Fixtures::makeMeeting(rawPath, 500, 1, error))
        return f;
    SystemClock clock;
    auto session = openSession(meetingPath, clock, error);
    RawUpdate raw(rawPath);
    if (!session || !raw.ok()) {
        if (error && error->isEmpty())
            *error = raw.error();
        return f;
    }
    Mover move;
    bool ok = true;
    qint64 key = 1;
    const int warmUp = 10;
    for (int i = 0; i < warmUp + options.actRepetitions && ok; ++i) {
        const double floorMs = timed([&] { return raw.run(1 + i % 500, ++key); }, &ok);
        move.choose(*session);
        const double actMs = timed([&] { return move(*session); }, &ok);
        if (i >= warmUp) {
            f.floor.add(floorMs);
            f.measured.add(actMs);
        }
    }
    if (!ok && error)
        *error = QStringLiteral("an act or the raw update failed: %1").arg(raw.error());
    return f;
}

Figure actAtScale(const CoreOptions &options, QString *error)
{
    Figure f;
    f.name = QStringLiteral("an act (move), 10,000 entries");
    f.floorName = QStringLiteral("the same act, 1,000 entries");
    f.unit = QStringLiteral("ms");
    f.target = 3.0;
    f.judge = Figure::Judge::Median;
    const QDir dir(options.workDir);
    const QString small = dir.filePath(QStringLiteral("act-1000.rostrum"));
    const QString large = dir.filePath(QStringLiteral("act-10000.rostrum"));
    if (!Fixtures::makeMeeting(small, 1000, 1, error) ||
        !Fixtures::makeMeeting(large, 10000, 1, error))
        return f;
    SystemClock clock;
    auto smallSession = openSession(small, clock, error);
    auto largeSession = smallSession ? openSession(large, clock, error) : nullptr;
    if (!largeSession)
        return f;
    Mover moveSmall, moveLarge;
    bool ok = true;
    const int warmUp = 5;
    for (int i = 0; i < warmUp + options.scaleRepetitions && ok; ++i) {
        moveSmall.choose(*smallSession);
        moveLarge.choose(*largeSession);
        const double smallMs = timed([&] { return moveSmall(*smallSession); }, &ok);
        const double largeMs = timed([&] { return moveLarge(*largeSession); }, &ok);
        if (i >= warmUp) {
            f.floor.add(smallMs);
            f.measured.add(largeMs);
        }
    }
    if (!ok && error)
        *error = QStringLiteral("a move was refused");
    return f;
}

OpenFigures openLargeMeeting(const CoreOptions &options, QString *error)
{
    OpenFigures out;
    Figure &f = out.againstEmpty;
    f.name = QStringLiteral("open a meeting: 1,000 entries, 20,000 journal rows");
    f.floorName = QStringLiteral("open an empty meeting");
    f.unit = QStringLiteral("ms");
    f.target = 2.0;
    f.judge = Figure::Judge::Median;
    // The same open against the same list with a one-row journal: what the journal itself costs.
    Figure &j = out.journalOnly;
    j.name = QStringLiteral("open: 1,000 entries, 20,000 journal rows (the journal's share)");
    j.floorName = QStringLiteral("open: the same 1,000 entries, 1 journal row");
    j.unit = QStringLiteral("ms");
    j.target = 2.0;
    j.judge = Figure::Judge::Median;
    const QDir dir(options.workDir);
    const QString empty = dir.filePath(QStringLiteral("open-empty.rostrum"));
    const QString listOnly = dir.filePath(QStringLiteral("open-1000-1.rostrum"));
    const QString large = dir.filePath(QStringLiteral("open-1000-20000.rostrum"));
    if (!Fixtures::makeMeeting(empty, 0, 1, error) ||
        !Fixtures::makeMeeting(listOnly, 1000, 1, error) ||
        !Fixtures::makeMeeting(large, 1000, 20000, error))
        return out;
    SystemClock clock;
    bool ok = true;
    auto openOnce = [&](const QString &path) {
        std::unique_ptr<MeetingSession> session;
        const double ms =
            timed([&] { return bool(session = openSession(path, clock, error)); }, &ok);
        return ms;
    };
    const int warmUp = 3;
    for (int i = 0; i < warmUp + options.openRepetitions && ok; ++i) {
        const double emptyMs = openOnce(empty);
        const double listMs = openOnce(listOnly);
        const double largeMs = openOnce(large);
        if (i >= warmUp) {
            f.floor.add(emptyMs);
            f.measured.add(largeMs);
            j.floor.add(listMs);
            j.measured.add(largeMs);
        }
    }
    return out;
}

} // namespace rostrum::bench
