// The server goes away in the middle of a meeting: the console says so within a second, keeps
// the acts in memory, reconnects by itself and writes them; nothing reported done is lost.
#include "backend.h"
#include "corehelpers.h"
#include "meeting/demomeeting.h"
#include "server/serverconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// Lets the console's event loop run (its watch, the driver's socket) until done() or timeout;
// how long it took.
template <typename Done> qint64 runUntil(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return t.elapsed();
}

std::unique_ptr<MeetingSession> console(const QString &url, const Clock &clock)
{
    QString error;
    auto s = MeetingSession::open(url, clock, QStringLiteral("console"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    s->setKeepWorkingWhenSaveFails(true);
    s->watchFile();
    return s;
}

void postgres(const QString &action, const QString &state)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ROSTRUM_SOURCE_DIR "/scripts/postgres"), {action, state});
    REQUIRE(p.waitForFinished(90'000));
    INFO(p.readAll().toStdString());
    REQUIRE(p.exitCode() == 0);
}

// A PostgreSQL of this case's own, which it may stop and start again; stopped by its process
// id when the case ends, however it ends.
struct OwnServer
{
    QTemporaryDir state;
    QString url;
    OwnServer()
    {
        postgres(QStringLiteral("start"), state.path());
        QFile file(state.filePath(QStringLiteral("url")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        url = QString::fromUtf8(file.readAll()).trimmed() + QStringLiteral("?meeting=faults");
    }
    ~OwnServer()
    {
        QProcess::execute(QStringLiteral(ROSTRUM_SOURCE_DIR "/scripts/postgres"),
                          {QStringLiteral("stop"), state.path()});
    }
};
} // namespace

TEST_CASE("A connection ended by the server's administrator is noticed, and the acts kept "
          "reach the server once the console is back",
          "[server]")
{
    Backend b(Backend::Kind::Server);
    b.createDemo();
    // The console's own user, so that its connection alone is ended.
    const QString user = QStringLiteral("c") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QString error;
    auto admin = ServerConnection::open(*ServerLocation::parse(b.location(), &error), &error);
    REQUIRE(admin);
    QSqlQuery q(admin->db());
    q.prepare(QStringLiteral("SELECT rostrum.grant_role(?, ?, 'chair')"));
    q.addBindValue(ServerLocation::parse(b.location(), &error)->meeting);
    q.addBindValue(user);
    REQUIRE(q.exec());
    auto chair = console(asUser(b.location(), user), b.clock());
    REQUIRE_DONE(chair->start());

    q.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE usename = ?"));
    q.addBindValue(user);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const qint64 noticed = runUntil([&] { return chair->saveFailed(); }, 3000);
    CHECK(noticed < 1000);
    CHECK(chair->saveError().contains(QStringLiteral("connection to the server")));

    // The chair goes on; the acts wait in memory and are written once the console is back.
    b.clock().advance(20'000);
    const auto next = chair->next();
    CHECK(next.ok);
    runUntil([&] { return !chair->saveFailed() && chair->unsavedActs() == 0; }, 10'000);
    CHECK_FALSE(chair->saveFailed());
    auto other = b.open();
    CHECK(currentDelegation(*other) == currentDelegation(*chair));
    CHECK(other->journal(1).first().act == QStringLiteral("next"));
}

TEST_CASE("The server stops in the middle of a meeting and starts again: nothing done is lost",
          "[server]")
{
    OwnServer server;
    ManualClock clock(TempMeeting::kSeedMorningUtcMs);
    {
        QString error;
        auto made = MeetingSession::create(server.url, DemoMeeting::meeting(), clock,
                                           QStringLiteral("test"), &error);
        INFO(error.toStdString());
        REQUIRE(made);
        for (const EntryDraft &d : DemoMeeting::inscriptions().mid(0, 6))
            REQUIRE(made->add(d).ok);
    }
    auto chair = console(server.url, clock);
    auto timekeeper = console(server.url, clock);
    REQUIRE_DONE(chair->start());
    const QStringList order = delegationsInOrder(*chair);

    postgres(QStringLiteral("halt"), server.state.path());
    const qint64 noticed =
        runUntil([&] { return chair->saveFailed() && timekeeper->saveFailed(); }, 3000);
    CHECK(noticed < 1000); // every console says so within a second
    // The clock keeps ticking, and the chair keeps acting.
    clock.advance(90'000);
    CHECK(chair->currentReading().elapsedMs == 90'000);
    REQUIRE(chair->next().ok);
    REQUIRE(chair->addTime(15'000).ok);
    CHECK(chair->unsavedActs() == 2);

    postgres(QStringLiteral("resume"), server.state.path());
    runUntil([&] { return !chair->saveFailed() && chair->unsavedActs() == 0; }, 15'000);
    CHECK_FALSE(chair->saveFailed());
    runUntil(
        [&] { return !timekeeper->saveFailed() && currentDelegation(*timekeeper) == order[0]; },
        15'000);
    CHECK_FALSE(timekeeper->saveFailed());
    CHECK(currentDelegation(*timekeeper) == order[0]);
    CHECK(timekeeper->list().current()->extraMs == 15'000);
    QString error;
    auto fresh = MeetingSession::open(server.url, clock, QStringLiteral("test"), &error);
    REQUIRE(fresh);
    CHECK(currentDelegation(*fresh) == order[0]);
    CHECK(delegationsInOrder(*fresh) == order.mid(1));
}
