#include "serverfigures.h"

#include "fixtures.h"
#include "server/serverconnection.h"
#include "server/servercopy.h"
#include "session/meetingsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <chrono>
#include <mutex>
#include <random>

namespace rostrum::bench {

namespace {
using Steady = std::chrono::steady_clock;

double msSince(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

std::optional<ServerLocation> locationOf(const QString &url, QString *error)
{
    return ServerLocation::parse(url, error);
}

// A file meeting of `entries` speakers, copied to the server under `name`: the URL.
QString pushedMeeting(const ServerOptions &o, const QString &name, int entries, QString *error)
{
    const QString file = QDir(o.workDir).filePath(name + QStringLiteral(".rostrum"));
    QFile::remove(file);
    const QString url = o.url + QStringLiteral("?meeting=") + name;
    const auto where = locationOf(url, error);
    if (!where || !Fixtures::makeMeeting(file, entries, 1, error) ||
        !ServerCopy::push(file, *where, error))
        return {};
    return url;
}

// Moves a pseudo-random waiting speaker to a pseudo-random place, as corefigures.cpp does.
struct Mover
{
    std::mt19937 random{20230525};
    bool operator()(MeetingSession &s)
    {
        const QVector<qint64> order = s.list().waitingIds();
        std::uniform_int_distribution<int> pick(0, int(order.size()) - 1);
        const qint64 id = order.at(pick(random));
        int to = pick(random) + 1;
        if (to == s.list().positionOf(id))
            to = to == 1 ? 2 : 1;
        return s.move(id, to).ok;
    }
};

// The floor: one row of a plain table updated in one transaction on the same server. The table
// is made once: made again before each sample, its DDL and its 500 rows kept the server busy,
// and sent every other connection invalidations to read, just before the act being measured.
class RawFloor
{
public:
    explicit RawFloor(ServerConnection &c) : m_c(c), m_update(c.db()) {}

    bool prepare(QString *error)
    {
        QSqlQuery q(m_c.db());
        if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS bench_raw")) ||
            !q.exec(QStringLiteral(
                "CREATE TABLE bench_raw (id BIGINT PRIMARY KEY, order_key BIGINT)")) ||
            !q.exec(QStringLiteral(
                "INSERT INTO bench_raw SELECT g, g FROM generate_series(1, 500) g")) ||
            !m_update.prepare(QStringLiteral("UPDATE bench_raw SET order_key = ? WHERE id = ?"))) {
            *error = q.lastError().text() + m_update.lastError().text();
            return false;
        }
        return true;
    }

    // One sample: the transaction's milliseconds.
    bool once(Samples *out, QString *error)
    {
        const auto start = Steady::now();
        m_update.addBindValue(1000 + m_done);
        m_update.addBindValue(1 + m_done % 500);
        if (!m_c.db().transaction() || !m_update.exec() || !m_c.db().commit()) {
            *error = m_update.lastError().text();
            return false;
        }
        out->add(msSince(start));
        ++m_done;
        return true;
    }

private:
    ServerConnection &m_c;
    QSqlQuery m_update;
    int m_done = 0;
};

// Waits, running the event loop, until flag is set; false after two seconds.
bool awaitFlag(const bool &flag)
{
    QElapsedTimer t;
    t.start();
    while (!flag && t.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return flag;
}

// One of the threads of the load: its consoles (its meetings' four each), acting in turn.
void consoleThread(const QStringList &urls, int consoles, int acts, Samples *out,
                   std::mutex *outLock, QString *error)
{
    const SystemClock clock;
    std::vector<std::unique_ptr<MeetingSession>> sessions;
    for (const QString &url : urls) {
        for (int c = 0; c < consoles; ++c) {
            QString why;
            auto s = MeetingSession::open(url, clock, QStringLiteral("bench"), &why);
            if (!s) {
                const std::lock_guard<std::mutex> guard(*outLock);
                *error = why;
                return;
            }
            s->setKeepWorkingWhenSaveFails(true);
            sessions.push_back(std::move(s));
        }
    }
    Mover move;
    Samples mine;
    for (int round = 0; round < acts; ++round) {
        for (auto &s : sessions) {
            QCoreApplication::processEvents(); // the others' announcements, as a console would
            const auto start = Steady::now();
            if (move(*s))
                mine.add(msSince(start));
        }
    }
    const std::lock_guard<std::mutex> guard(*outLock);
    for (double v : mine.values)
        out->add(v);
}
} // namespace

ServerFigures serverFigures(const ServerOptions &o, QString *error)
{
    ServerFigures f;
    f.act.name = QStringLiteral("an act on a server (move), 500 entries");
    f.act.floorName = QStringLiteral("raw 1-row UPDATE transaction on the same server");
    f.act.unit = QStringLiteral("ms");
    f.act.target = 1.5;
    f.act.judge = Figure::Judge::Median;
    f.toOtherConsole.name = QStringLiteral("a commit in one console → the other console's model");
    f.toOtherConsole.floorName = QStringLiteral("raw NOTIFY → LISTEN on the same server");
    f.toOtherConsole.unit = QStringLiteral("ms");
    f.toOtherConsole.target = 20;
    f.toOtherConsole.judge = Figure::Judge::P99AtMost;
    f.underLoad.name = QStringLiteral("an act with 20 meetings × 4 consoles acting at once");
    f.underLoad.floorName = QStringLiteral("the same act, one console alone");
    f.underLoad.unit = QStringLiteral("ms");
    f.underLoad.target = 50;
    f.underLoad.judge = Figure::Judge::P99AtMost;

    const auto where = locationOf(o.url + QStringLiteral("?meeting=x"), error);
    if (!where)
        return f;
    auto raw = ServerConnection::open(*where, error);
    const QString actUrl = pushedMeeting(o, QStringLiteral("bench_act"), 500, error);
    if (!raw || actUrl.isEmpty())
        return f;
    const SystemClock clock;
    auto session = MeetingSession::open(actUrl, clock, QStringLiteral("bench"), error);
    if (!session)
        return f;
    Mover move;
    RawFloor floor(*raw);
    if (!floor.prepare(error))
        return f;
    Samples ignored;
    for (int i = 0; i < 10; ++i) {
        move(*session); // warm up, both
        floor.once(&ignored, error);
    }
    for (int i = 0; i < o.actRepetitions; ++i) {
        if (!floor.once(&f.act.floor, error))
            return f;
        const auto start = Steady::now();
        if (!move(*session)) {
            *error = QStringLiteral("an act on the server failed");
            return f;
        }
        f.act.measured.add(msSince(start));
    }

    // One console's commit to the other's model, against the bare announcement.
    auto other = MeetingSession::open(actUrl, clock, QStringLiteral("bench"), error);
    auto listener = ServerConnection::open(*where, error);
    if (!other || !listener)
        return f;
    bool seen = false;
    QObject::connect(other.get(), &MeetingSession::changed,
                     [&seen](const ListChange &) { seen = true; });
    bool heard = false;
    listener->db().driver()->subscribeToNotification(QStringLiteral("bench_floor"));
    QObject::connect(listener->db().driver(), &QSqlDriver::notification,
                     [&heard](const QString &) { heard = true; });
    QSqlQuery notify(raw->db());
    for (int i = 0; i < o.notifyRepetitions; ++i) {
        heard = false;
        auto start = Steady::now();
        if (!notify.exec(QStringLiteral("NOTIFY bench_floor")) || !awaitFlag(heard))
            break;
        f.toOtherConsole.floor.add(msSince(start));
        seen = false;
        if (!move(*session))
            break;
        start = Steady::now(); // the act has committed: from here to the other's model
        if (!awaitFlag(seen))
            break;
        f.toOtherConsole.measured.add(msSince(start));
    }
    other.reset();
    session.reset();

    // The load: every meeting's consoles in threads of their own, acting at once.
    QStringList urls;
    for (int m = 0; m < o.meetings; ++m) {
        const QString url = pushedMeeting(o, QStringLiteral("bench_load_%1").arg(m), 100, error);
        if (url.isEmpty())
            return f;
        urls.append(url);
    }
    f.underLoad.floor = f.act.measured;
    const int threads = 4;
    std::mutex lock;
    QString threadError;
    std::vector<QThread *> running;
    for (int t = 0; t < threads; ++t) {
        QStringList mine;
        for (int m = t; m < urls.size(); m += threads)
            mine.append(urls[m]);
        running.push_back(QThread::create(consoleThread, mine, o.consoles, o.actsPerConsole,
                                          &f.underLoad.measured, &lock, &threadError));
        running.back()->start();
    }
    for (QThread *t : running) {
        t->wait();
        delete t;
    }
    if (!threadError.isEmpty() && error)
        *error = threadError;
    return f;
}

} // namespace rostrum::bench
