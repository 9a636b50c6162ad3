#include "randomacts.h"

#include "meeting/directory.h"

#include <array>

namespace rostrum::storm {

namespace {
struct Weighted
{
    const char *act;
    int weight;
};
} // namespace

RandomActs::RandomActs(MeetingSession &session, quint32 seed, QString tag)
    : m_session(session), m_random(seed), m_tag(std::move(tag))
{
}

EntryDraft RandomActs::newDraft()
{
    EntryDraft d;
    d.speaker = QStringLiteral("Speaker %1").arg(m_random.bounded(1000));
    d.language = unLanguages().at(int(m_random.bounded(int(unLanguages().size()))));
    if (m_random.bounded(10) < 3) {
        // A State from the directory, its tier inferred: often a duplicate, and then refused.
        const auto &all = Directory::builtIn().all();
        d.delegation = all.at(int(m_random.bounded(int(all.size())))).name;
        return d;
    }
    // A name of this process's own, with a category that takes free text.
    static constexpr std::array<Category, 3> freeText = {Category::Briefer, Category::Other,
                                                         Category::Organizer};
    d.delegation = QStringLiteral("%1 delegate %2").arg(m_tag).arg(++m_inscribed);
    d.category = freeText.at(m_random.bounded(int(freeText.size())));
    return d;
}

qint64 RandomActs::pickEntry(const std::function<bool(const Entry &)> &wanted)
{
    QVector<qint64> ids;
    for (const Entry &e : m_session.list().entries()) {
        if (wanted(e))
            ids.append(e.id);
    }
    return ids.isEmpty() ? 0 : ids.at(int(m_random.bounded(int(ids.size()))));
}

qint64 RandomActs::pickWaiting()
{
    return pickEntry([](const Entry &e) { return e.status == Status::Waiting; });
}

RandomActs::Attempt RandomActs::applyOne()
{
    // Inscriptions slow down as the list grows, so that hours of storm keep the list at the
    // size of a real meeting's instead of growing without end.
    const int waiting = int(m_session.list().waitingIds().size());
    const std::array<Weighted, 15> mix = {{{"add", waiting < 30 ? 30 : 6},
                                           {"move", 10},
                                           {"swap", 8},
                                           {"edit", 8},
                                           {"next", 10},
                                           {"absent", 5},
                                           {"add-time", 8},
                                           {"start", 6},
                                           {"pause", 4},
                                           {"reset", 1},
                                           {"undo", 10},
                                           {"redo", 6},
                                           {"unpin", 2},
                                           {"withdraw", 2},
                                           {"remove", 2}}};
    int total = 0;
    for (const Weighted &w : mix)
        total += w.weight;
    int roll = int(m_random.bounded(total));
    QString act;
    for (const Weighted &w : mix) {
        if (roll < w.weight) {
            act = QString::fromLatin1(w.act);
            break;
        }
        roll -= w.weight;
    }

    MeetingSession &s = m_session;
    MeetingSession::Result r;
    if (act == QLatin1String("add")) {
        r = s.add(newDraft());
    } else if (act == QLatin1String("move")) {
        r = s.move(pickWaiting(), int(m_random.bounded(1, waiting + 2)));
    } else if (act == QLatin1String("swap")) {
        r = s.swap(pickWaiting(), pickWaiting());
    } else if (act == QLatin1String("edit")) {
        const qint64 id = pickEntry([](const Entry &) { return true; });
        const Entry *e = s.list().find(id);
        EntryDraft d = e ? EntryDraft::fromEntry(*e) : EntryDraft{};
        d.notes = QStringLiteral("note %1").arg(m_random.generate());
        r = s.edit(id, d);
    } else if (act == QLatin1String("next")) {
        r = s.next();
    } else if (act == QLatin1String("absent")) {
        r = s.absent();
    } else if (act == QLatin1String("add-time")) {
        // Mostly added, sometimes taken away: 30 s steps either way, as the console's keys do.
        r = s.addTime(m_random.bounded(4) == 0 ? -30'000 : 30'000);
    } else if (act == QLatin1String("start")) {
        r = s.start();
    } else if (act == QLatin1String("pause")) {
        r = s.pause();
    } else if (act == QLatin1String("reset")) {
        r = s.resetClock();
    } else if (act == QLatin1String("undo")) {
        r = s.undo();
    } else if (act == QLatin1String("redo")) {
        r = s.redo();
    } else if (act == QLatin1String("unpin")) {
        r = s.unpin(pickEntry([](const Entry &e) { return e.pinned; }));
    } else if (act == QLatin1String("withdraw")) {
        r = s.withdraw(pickWaiting());
    } else {
        r = s.remove(pickEntry([](const Entry &e) { return e.status != Status::Speaking; }));
    }
    return {act, r};
}

} // namespace rostrum::storm
