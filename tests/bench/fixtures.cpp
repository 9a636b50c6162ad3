#include "fixtures.h"

#include "clock/clock.h"
#include "meeting/demomeeting.h"
#include "session/meetingsession.h"
#include "store/meetingfilestore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rostrum::bench::Fixtures {

namespace {
constexpr qint64 kKeyStep = qint64(1) << 20;

QVector<Entry> entriesFor(int count, qint64 inscribedFromMs)
{
    const QVector<EntryDraft> demo = DemoMeeting::inscriptions();
    QVector<Entry> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const EntryDraft &d = demo.at(i % demo.size());
        Entry e;
        e.id = i + 1;
        e.delegation = d.delegation;
        // A person of its own per entry, so no two are duplicates under the rules.
        e.speaker = QStringLiteral("%1 %2")
                        .arg(d.speaker.isEmpty() ? QStringLiteral("Speaker") : d.speaker)
                        .arg(i + 1);
        e.title = d.title;
        e.level = d.level;
        e.category = d.category.value_or(Category::Member);
        e.onBehalfOf = d.onBehalfOf;
        e.groupSize = d.groupSize;
        e.language = d.language;
        e.inscribedAtMs = inscribedFromMs + i * 1000;
        e.orderKey = (i + 1) * kKeyStep;
        out.append(e);
    }
    return out;
}

// Copies the journal's real move rows until it has `rows` of them: the content is what the
// engine writes, without 20,000 fsyncs to make it.
bool growJournal(const QString &path, int rows, QString *error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) &&
             q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        while (ok) {
            ok = q.exec(QStringLiteral("SELECT count(*) FROM journal")) && q.next();
            const int have = ok ? q.value(0).toInt() : 0;
            q.finish();
            if (!ok || have >= rows)
                break;
            ok = q.exec(QStringLiteral("INSERT INTO journal (at_utc, actor, act, summary, "
                                       "undoable, undo_state, refers_to, change) SELECT at_utc, "
                                       "actor, act, summary, undoable, undo_state, refers_to, "
                                       "change FROM journal WHERE act = 'move' ORDER BY id LIMIT "
                                       "%1")
                            .arg(rows - have));
        }
        ok = ok && q.exec(QStringLiteral("COMMIT")) &&
             q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!ok && error)
            *error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

bool makeMeeting(const QString &path, int entries, int journalRows, QString *error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const Meeting meeting = DemoMeeting::meeting();
    {
        auto store = MeetingFileStore::create(path, meeting, error);
        if (!store)
            return false;
        Change::Outcome all;
        all.upserts = entriesFor(entries, meeting.scheduledStartUtcMs() - 3'600'000);
        JournalRecord note;
        note.act = QStringLiteral("import");
        note.summary = QStringLiteral("Benchmark fixture");
        note.actor = QStringLiteral("bench");
        if (!store->begin(error) || !store->write(all, error) ||
            store->appendJournal(note, error) == 0 || !store->commit(error))
            return false;
    }
    if (journalRows <= 1 || entries < 2)
        return true;
    SystemClock clock;
    auto session = MeetingSession::open(path, clock, QStringLiteral("bench"), error);
    if (!session)
        return false;
    // Real acts first, so the rows copied below are exactly what the engine journals.
    for (int i = 0; i < std::min(journalRows - 1, 50); ++i) {
        const MeetingSession::Result r =
            session->move(1 + (i * 7) % entries, 1 + (i * 13) % entries);
        if (!r.ok) {
            if (error)
                *error = r.error;
            return false;
        }
    }
    session.reset();
    return growJournal(path, journalRows, error);
}

bool makeRunningMeeting(const QString &path, int entries, QString *error)
{
    if (!makeMeeting(path, entries, 1, error))
        return false;
    SystemClock clock;
    auto session = MeetingSession::open(path, clock, QStringLiteral("bench"), error);
    if (!session)
        return false;
    const qint64 first = session->list().waitingIds().value(0);
    for (const MeetingSession::Result &r :
         {session->setAllotted(first, 20 * 60'000), session->start()}) {
        if (!r.ok) {
            if (error)
                *error = r.error;
            return false;
        }
    }
    return true;
}

} // namespace rostrum::bench::Fixtures
