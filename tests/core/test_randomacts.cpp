// A property test: thousands of random acts, as hurried staff and a chair might make them, with
// the file closed and reopened now and then. After every act the list must still be whole; at
// the end, undoing everything empties it and redoing everything rebuilds it exactly.
//
// The seed is printed; ROSTRUM_PROPERTY_SEED replays a run and ROSTRUM_PROPERTY_ACTS changes
// its length. ROSTRUM_PROPERTY_FSYNC keeps the file's synchronous=FULL, as in production.

#include "filehelpers.h"
#include "tempmeeting.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <iostream>
#include <map>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

int fromEnvironment(const char *variable, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(variable, &ok);
    return ok ? value : fallback;
}

// Everything the file holds about the list, in one comparable value.
struct Dump
{
    QVector<QVariantMap> entries; // by id
    QVariantMap meeting;
    bool operator==(const Dump &o) const { return entries == o.entries && meeting == o.meeting; }
};

// Which fields of one entry differ, and how, so a failure says more than "not equal".
std::string differingFields(const QVariantMap &got, const QVariantMap &want)
{
    QStringList out;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (got.value(it.key()) != it.value())
            out << QStringLiteral("%1 (%2, wanted %3)")
                       .arg(it.key(), got.value(it.key()).toString(), it.value().toString());
    }
    return out.join(QStringLiteral("; ")).toStdString();
}

Dump dumpOf(const MeetingSession &s)
{
    Dump d;
    QList<qint64> ids = s.list().entries().keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : ids)
        d.entries.append(s.list().entries().value(id).toColumns());
    d.meeting = s.meeting().toColumns();
    return d;
}

// The crash tests prove that acts survive; here an fsync per act would only make the run several
// times longer. The acts still go through the same transactions and journal rows.
void withoutFsync(const QString &path)
{
    QSqlQuery q(connectionTo(path));
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous = OFF")));
}

// What a user would see as a broken list; empty when the list is whole.
QString brokenInvariant(const MeetingSession &s)
{
    const SpeakersList &list = s.list();
    const QVector<Entry> waiting = list.waiting();
    const Entry *current = list.current();
    QSet<qint64> seen;
    int placed = 0;
    auto place = [&](const Entry &e) {
        ++placed;
        seen.insert(e.id);
    };
    for (const Entry &e : waiting)
        place(e);
    if (current)
        place(*current);
    for (const Entry &e : list.spoken())
        place(e);
    for (const Entry &e : list.others())
        place(e);
    if (placed != list.entries().size() || seen.size() != list.entries().size())
        return name("%1 entries, but %2 places on the lists (%3 distinct)")
            .arg(list.entries().size())
            .arg(placed)
            .arg(seen.size());

    int speaking = 0;
    for (const Entry &e : list.entries())
        speaking += e.status == Status::Speaking ? 1 : 0;
    if (speaking != (current ? 1 : 0))
        return name("%1 entries speaking").arg(speaking);
    if (current && current->status != Status::Speaking)
        return name("entry %1 is called but not speaking").arg(current->id);

    // The list keeps its running order up to date act by act; worked out afresh from the
    // entries, it must come out the same.
    QVector<const Entry *> sorted;
    for (const Entry &e : list.entries()) {
        if (e.status == Status::Waiting)
            sorted.append(&e);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Entry *a, const Entry *b) {
        return a->orderKey != b->orderKey ? a->orderKey < b->orderKey : a->id < b->id;
    });
    QVector<qint64> afresh;
    for (const Entry *e : sorted)
        afresh.append(e->id);
    if (afresh != list.waitingIds())
        return name("the running order kept act by act differs from the entries' places");

    const Projection p = s.projection();
    qint64 previousStart = 0;
    for (int i = 0; i < waiting.size(); ++i) {
        const Entry &e = waiting[i];
        if (e.status != Status::Waiting)
            return name("entry %1 is in the running order but not waiting").arg(e.id);
        if (list.positionOf(e.id) != i + 1)
            return name("entry %1 is no. %2 but says %3")
                .arg(e.id)
                .arg(i + 1)
                .arg(list.positionOf(e.id));
        if (!p.projectedStartMs.contains(e.id))
            return name("entry %1 has no projected start").arg(e.id);
        const qint64 start = p.projectedStartMs.value(e.id);
        if (start < previousStart)
            return name("projected start of no. %1 is before no. %2").arg(i + 1).arg(i);
        previousStart = start;
    }
    if (p.remainingSpeakers < waiting.size())
        return name("projection counts %1 speakers for %2 waiting")
            .arg(p.remainingSpeakers)
            .arg(waiting.size());
    return {};
}

// Random acts on one session, drawn from a small pool of delegations so that duplicates
// (refused) come up often.
class RandomStaff final
{
public:
    explicit RandomStaff(quint32 seed) : m_random(seed)
    {
        const auto &all = Directory::builtIn().all();
        for (int i = 0; i < all.size() && m_delegations.size() < 40; i += 3)
            m_delegations.append(all[i].name);
    }

    // Performs one act; returns its name, and whether it was done in `ok`.
    QString act(MeetingSession &s, ManualClock &clock, MeetingSession::Result *result)
    {
        clock.advance(m_random.bounded(15'000));
        const int roll = int(m_random.bounded(100));
        auto is = [&](int upTo) { return roll < upTo; };
        if (is(24)) {
            *result = s.add(randomDraft());
            return name("add");
        }
        if (is(29)) {
            EntryDraft d = EntryDraft::fromEntry(anyEntry(s));
            if (m_random.bounded(2) == 0)
                d.delegation = pick(m_delegations);
            d.speaker = name("Speaker %1").arg(m_random.bounded(1000));
            *result = s.edit(anyId(s), d);
            return name("edit");
        }
        if (is(35)) {
            *result = s.remove(anyId(s));
            return name("remove");
        }
        if (is(39)) {
            *result = s.withdraw(anyId(s));
            return name("withdraw");
        }
        if (is(47)) {
            const int n = int(s.list().waiting().size());
            *result = s.move(anyId(s), int(m_random.bounded(n + 3)));
            return name("move");
        }
        if (is(53)) {
            *result = s.swap(anyId(s), anyId(s));
            return name("swap");
        }
        if (is(56)) {
            *result = s.unpin(anyId(s));
            return name("unpin");
        }
        if (is(62)) {
            *result = s.start();
            return name("start");
        }
        if (is(66)) {
            *result = s.pause();
            return name("pause");
        }
        if (is(74)) {
            *result = s.next();
            return name("next");
        }
        if (is(78)) {
            *result = s.absent();
            return name("absent");
        }
        if (is(82)) {
            static const qint64 deltas[] = {-60'000, -30'000, 30'000, 60'000};
            *result = s.addTime(deltas[m_random.bounded(4)]);
            return name("addTime");
        }
        if (is(84)) {
            *result = s.resetClock();
            return name("resetClock");
        }
        if (is(94)) {
            *result = s.undo();
            return name("undo");
        }
        *result = s.redo();
        return name("redo");
    }

    int bounded(int high) { return int(m_random.bounded(high)); }

private:
    QString pick(const QStringList &from) { return from[int(m_random.bounded(from.size()))]; }

    EntryDraft randomDraft()
    {
        EntryDraft d = draftFor(pick(m_delegations));
        static const QStringList groups = {{},
                                           {},
                                           {},
                                           name("the Nordic countries"),
                                           name("the African Group"),
                                           name("the European Union")};
        d.onBehalfOf = pick(groups);
        d.groupSize = d.onBehalfOf.isEmpty() ? 0 : 2 + int(m_random.bounded(20));
        return d;
    }
    // Mostly a speaker still waiting, as staff would pick; sometimes anyone on the record, and
    // now and then an entry that is not there.
    qint64 anyId(const MeetingSession &s)
    {
        const QVector<qint64> waiting = s.list().waitingIds();
        const QList<qint64> ids = sortedIds(s);
        const int roll = int(m_random.bounded(20));
        if (ids.isEmpty() || roll == 0)
            return 1'000'000 + m_random.bounded(10);
        if (!waiting.isEmpty() && roll < 15)
            return waiting[int(m_random.bounded(waiting.size()))];
        return ids[int(m_random.bounded(ids.size()))];
    }
    Entry anyEntry(const MeetingSession &s)
    {
        const QList<qint64> ids = sortedIds(s);
        if (ids.isEmpty())
            return Entry{};
        return *s.list().find(ids[int(m_random.bounded(ids.size()))]);
    }
    // In id order: a QHash's order changes with every process (Qt seeds its hashes at random),
    // and the picks must not, or a seed would not replay the same acts.
    static QList<qint64> sortedIds(const MeetingSession &s)
    {
        QList<qint64> ids = s.list().entries().keys();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QRandomGenerator m_random;
    QStringList m_delegations;
};

} // namespace

TEST_CASE("Random acts keep the list whole, survive reopening, and undo and redo retrace them",
          "[property]")
{
    const quint32 seed = quint32(fromEnvironment("ROSTRUM_PROPERTY_SEED", 20230525));
    const int actCount = fromEnvironment("ROSTRUM_PROPERTY_ACTS", 10'000);
    std::cout << "random acts: seed " << seed << " (ROSTRUM_PROPERTY_SEED to replay)" << std::endl;
    INFO("seed " << seed);
    QElapsedTimer timer;
    timer.start();

    TempMeeting tm;
    auto s = tm.createEmpty();
    const bool fsync = qEnvironmentVariableIsSet("ROSTRUM_PROPERTY_FSYNC");
    if (!fsync)
        withoutFsync(tm.path());
    RandomStaff staff(seed);
    int refusals = 0;
    int reopens = 0;
    int nextReopen = 200 + staff.bounded(200);
    std::map<QString, int> done;
    std::map<QString, int> refusedByAct;

    for (int i = 1; i <= actCount; ++i) {
        MeetingSession::Result r;
        const QString act = staff.act(*s, tm.clock, &r);
        (r.ok ? done : refusedByAct)[act]++;
        if (!r.ok) {
            ++refusals;
            // A refusal is a rule of the list, never a failure to save.
            INFO("act " << i << " " << act.toStdString() << ": " << r.error.toStdString());
            REQUIRE_FALSE(r.error.isEmpty());
            REQUIRE_FALSE(s->saveFailed());
        }
        const QString broken = brokenInvariant(*s);
        if (!broken.isEmpty()) {
            INFO("act " << i << " " << act.toStdString());
            FAIL(broken.toStdString());
        }
        if (i == nextReopen) {
            const Dump before = dumpOf(*s);
            s.reset();
            s = tm.reopen();
            if (!fsync)
                withoutFsync(tm.path());
            ++reopens;
            INFO("reopen after act " << i);
            REQUIRE(dumpOf(*s) == before);
            nextReopen += 200 + staff.bounded(200);
        }
    }
    const qint64 actsMs = timer.elapsed();

    const Dump end = dumpOf(*s);
    int undone = 0;
    for (;;) {
        const auto r = s->undo();
        if (!r.ok) {
            REQUIRE(r.error == name("There is nothing to undo."));
            break;
        }
        ++undone;
        const QString broken = brokenInvariant(*s);
        INFO("undo " << undone);
        REQUIRE(broken.isEmpty());
    }
    CHECK(s->list().entries().isEmpty());
    // Redo exactly what was undone: when the random acts ended on an undo, the redo stack
    // already held that act beneath them, and redoing it too would go past the state we left.
    int redone = 0;
    while (redone < undone) {
        const auto r = s->redo();
        INFO("redo " << redone + 1 << ": " << r.error.toStdString());
        REQUIRE(r.ok);
        ++redone;
    }
    // The one difference redo may make: the speech running at the end was undone with its call,
    // and nobody spoke on it while it stood undone, so it comes back paused at that instant.
    Dump expected = end;
    for (QVariantMap &row : expected.entries) {
        if (row.value(name("started_at")).toLongLong() > 0 &&
            row.value(name("paused_since")).toLongLong() == 0 &&
            row.value(name("ended_at")).toLongLong() == 0)
            row[name("paused_since")] = s->now();
    }
    const Dump redoneDump = dumpOf(*s);
    CHECK(redoneDump.entries.size() == end.entries.size());
    for (int i = 0; i < std::min(redoneDump.entries.size(), end.entries.size()); ++i) {
        INFO("entry " << end.entries[i].value(name("id")).toLongLong() << " differs in: "
                      << differingFields(redoneDump.entries[i], expected.entries[i]));
        CHECK(redoneDump.entries[i] == expected.entries[i]);
    }
    CHECK(redoneDump.meeting == end.meeting);
    CHECK(dumpOf(*tm.reopen()) == redoneDump);

    std::cout << "random acts: " << actCount << " acts (" << refusals << " refused), " << reopens
              << " reopens, then " << undone << " undone and " << redone << " redone; acts took "
              << actsMs << " ms, all " << timer.elapsed() << " ms" << std::endl;
    for (const auto &[act, n] : done)
        std::cout << "  " << act.toStdString() << ": " << n << " done, " << refusedByAct[act]
                  << " refused" << std::endl;
}
