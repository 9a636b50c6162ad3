// rostrum-storm-driver: applies random acts to a meeting (a file, or a URL on a server) through
// MeetingSession, and after each act has committed, says so on standard output. The system
// tests kill it with SIGKILL at random instants and then check that every act it reported is in
// the meeting.
//
// Standard output, one line each, flushed at once so that a line read is a line meant:
//   open <journal head>                       the file is open
//   done <journal id> <act> <entry id> <fingerprint of the list after the act>
//   refused <act>                             the rules said no; nothing was written
//   failed <act> <why>                        the act could not be saved
//   checkpoint <busy flag> | reopened         housekeeping that a kill may also interrupt
//   finished <done> <refused> <failed>        all acts applied
//   view <fingerprint> <waiting ids, comma-separated>   (--hold: after a line on stdin)
// With --console it works as the console does (acts kept in memory while the file cannot be
// written, the lock never waited on for more than a few milliseconds), and also says:
//   kept <act>                                on screen, waiting in memory to be written
//   dropped <message>                         a kept act that no longer applied
//   save <ok, or why not>                     whenever the console's save state changes
//   timing <longest act ms> <99th percentile ms> <acts>   after the acts
//   flushed <acts still kept>                 after the acts, once the file took them
#include "listfingerprint.h"
#include "randomacts.h"
#include "server/serverlocation.h"
#include "session/meetingsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <poll.h>
#include <string>

using namespace rostrum;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// This process's newest journal row. Another writer may have committed since ours, so the
// newest row of all is not necessarily ours; but we are single-threaded, so our newest is.
std::optional<JournalRecord> ownNewestRow(MeetingSession &session, const QString &actor)
{
    for (int limit = 16;; limit *= 4) {
        const QVector<JournalRecord> rows = session.journal(limit);
        for (const JournalRecord &r : rows) {
            if (r.actor == actor)
                return r;
        }
        if (rows.size() < limit)
            return std::nullopt;
    }
}
// A checkpoint from a connection of our own, as SQLite makes when the WAL grows long.
QString checkpoint(const QString &file)
{
    const QString name = QStringLiteral("storm-checkpoint");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        result = QStringLiteral("refused");
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the meeting file"));
    const QCommandLineOption actorOption(QStringLiteral("actor"), QStringLiteral("journal actor"),
                                         QStringLiteral("name"), QStringLiteral("storm"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("random seed"),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption actsOption(QStringLiteral("acts"),
                                        QStringLiteral("acts to commit before finishing"),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    // A storm of one writer at a time can run a fake clock forward by minutes per act, so that
    // speeches reach warning and overtime; concurrent writers share the real clock instead.
    const QCommandLineOption manualClockOption(QStringLiteral("manual-clock"),
                                               QStringLiteral("advance a fake clock per act"));
    const QCommandLineOption holdOption(
        QStringLiteral("hold"),
        QStringLiteral("after the acts, wait for a line, then say the view"));
    const QCommandLineOption consoleOption(
        QStringLiteral("console"), QStringLiteral("keep acts in memory as the console does"));
    const QCommandLineOption paceOption(QStringLiteral("pace-ms"),
                                        QStringLiteral("pause between acts, as a chair would"),
                                        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption flushWaitOption(
        QStringLiteral("flush-wait-ms"),
        QStringLiteral("--console: how long to wait for the file to take the kept acts"),
        QStringLiteral("ms"), QStringLiteral("60000"));
    parser.addOptions({actorOption, seedOption, actsOption, manualClockOption, holdOption,
                       consoleOption, paceOption, flushWaitOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fputs("usage: rostrum-storm-driver FILE [--actor A] [--seed N] [--acts N] "
                   "[--manual-clock] [--hold] [--console] [--pace-ms N] [--flush-wait-ms N]\n",
                   stderr);
        return 2;
    }
    const QString file = parser.positionalArguments().first();
    const QString actor = parser.value(actorOption);
    const bool manual = parser.isSet(manualClockOption);
    const int acts = parser.value(actsOption).toInt();
    const bool console = parser.isSet(consoleOption);
    const int paceMs = parser.value(paceOption).toInt();
    // A meeting on a server has no WAL of its own to fold in; the reopens still happen.
    const bool onServer = ServerLocation::looksLikeServer(file);
    QRandomGenerator random(parser.value(seedOption).toUInt());

    SystemClock systemClock;
    ManualClock manualClock(systemClock.utcMs());
    const Clock &clock = manual ? static_cast<const Clock &>(manualClock) : systemClock;
    QString error;
    auto session = MeetingSession::open(file, clock, actor, &error);
    if (!session) {
        say(QStringLiteral("failed open %1").arg(error));
        return 1;
    }
    if (manual) {
        // Carry on after the newest act in the file, so time never runs backwards across the
        // drivers that follow one another on it.
        const QVector<JournalRecord> newest = session->journal(1);
        if (!newest.isEmpty() && newest.first().atMs >= manualClock.utcMs())
            manualClock.advance(newest.first().atMs - manualClock.utcMs() + 1000);
    }
    auto behaveAsConsole = [&](MeetingSession &s) {
        if (!console)
            return;
        s.setKeepWorkingWhenSaveFails(true);
        QObject::connect(&s, &MeetingSession::keptActDropped,
                         [](const QString &why) { say(QStringLiteral("dropped ") + why); });
        QObject::connect(&s, &MeetingSession::saveStateChanged, [&s] {
            say(QStringLiteral("save ") + (s.saveFailed() ? s.saveError() : QStringLiteral("ok")));
        });
    };
    behaveAsConsole(*session);
    const QVector<JournalRecord> head = session->journal(1);
    say(QStringLiteral("open %1").arg(head.isEmpty() ? 0 : head.first().id));
    QVector<qint64> actMs;

    auto picker = std::make_unique<storm::RandomActs>(*session, random.generate(), actor);
    int done = 0, refused = 0, failed = 0;
    while (done < acts) {
        if (manual)
            manualClock.advance(random.bounded(20'000));
        // Now and then, what a long meeting also does to the file: a checkpoint that folds the
        // WAL into the meeting file, or a close (the last connection checkpoints too) and a
        // reopen. A kill can land in the middle of either.
        // A console runs its own checkpoints, and never closes with acts kept in memory.
        if (const int roll = console ? 100 : int(random.bounded(100)); roll < 2) {
            picker.reset();
            session.reset();
            session = MeetingSession::open(file, clock, actor, &error);
            if (!session) {
                say(QStringLiteral("failed reopen %1").arg(error));
                return 1;
            }
            behaveAsConsole(*session);
            picker = std::make_unique<storm::RandomActs>(*session, random.generate(), actor);
            say(QStringLiteral("reopened"));
        } else if (roll < 6 && !onServer) {
            say(QStringLiteral("checkpoint %1").arg(checkpoint(file)));
        }
        if (paceMs > 0)
            QThread::msleep(paceMs);
        QElapsedTimer took;
        took.start();
        const storm::RandomActs::Attempt a = picker->applyOne();
        actMs.append(took.elapsed());
        // What the console's event loop does between two key presses: its timers (the idle
        // checkpoint) run.
        if (console)
            QCoreApplication::processEvents();
        if (a.result.ok && session->unsavedActs() > 0) {
            ++done;
            say(QStringLiteral("kept %1").arg(a.act));
        } else if (a.result.ok) {
            ++done;
            const std::optional<JournalRecord> row = ownNewestRow(*session, actor);
            say(QStringLiteral("done %1 %2 %3 %4")
                    .arg(row ? row->id : 0)
                    .arg(row ? row->act : QStringLiteral("?"))
                    .arg(a.result.entryId)
                    .arg(storm::listFingerprint(session->list())));
        } else if (session->saveFailed()) {
            ++failed;
            say(QStringLiteral("failed %1 %2").arg(a.act, a.result.error));
        } else {
            ++refused;
            say(QStringLiteral("refused %1").arg(a.act));
        }
    }
    if (console) {
        std::sort(actMs.begin(), actMs.end());
        const qint64 longest = actMs.isEmpty() ? 0 : actMs.last();
        const qint64 p99 = actMs.isEmpty() ? 0 : actMs[int(qint64(actMs.size() - 1) * 99 / 100)];
        say(QStringLiteral("timing %1 %2 %3").arg(longest).arg(p99).arg(actMs.size()));
        // What the console's watch timer does: write what waits, as soon as the file takes it.
        QElapsedTimer waited;
        waited.start();
        while (session->unsavedActs() > 0 &&
               waited.elapsed() < parser.value(flushWaitOption).toInt()) {
            session->refresh();
            QThread::msleep(100);
        }
        say(QStringLiteral("flushed %1").arg(session->unsavedActs()));
    }
    say(QStringLiteral("finished %1 %2 %3").arg(done).arg(refused).arg(failed));
    if (parser.isSet(holdOption)) {
        // Waits for the line with the event loop turning, as an open console idles.
        pollfd input{0, POLLIN, 0};
        while (::poll(&input, 1, 20) == 0)
            QCoreApplication::processEvents();
        std::string line;
        std::getline(std::cin, line);
        // The other writer's last commit may be announced a few milliseconds after it said it
        // had finished: a console idles that long between two looks at any rate.
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 200)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        session->refresh();
        QStringList ids;
        for (const qint64 id : session->list().waitingIds())
            ids.append(QString::number(id));
        say(QStringLiteral("view %1 %2")
                .arg(storm::listFingerprint(session->list()), ids.join(QLatin1Char(','))));
    }
    return 0;
}
