#pragma once

#include "session/meetingsession.h"

#include <QRandomGenerator>
#include <QString>
#include <functional>

namespace rostrum::storm {

// Picks and applies one random act at a time through a MeetingSession: the mix of a busy
// secretariat (inscribe, move, exchange places, edit, withdraw, remove) and a chair (call,
// start, pause, next, absent, add time, undo, redo). Many picks are refused by the rules of the
// list (nothing to redo, nobody speaking); those write nothing, which is part of the test too.
class RandomActs final
{
public:
    // `tag` makes the names this process inscribes its own, so two writers never collide.
    RandomActs(MeetingSession &session, quint32 seed, QString tag);

    struct Attempt
    {
        QString act; // what was tried: "add", "move", "undo", ...
        MeetingSession::Result result;
    };
    Attempt applyOne();

private:
    EntryDraft newDraft();
    // A random entry among those for which `wanted` holds; 0 when there is none.
    qint64 pickEntry(const std::function<bool(const Entry &)> &wanted);
    qint64 pickWaiting();

    MeetingSession &m_session;
    QRandomGenerator m_random;
    QString m_tag;
    int m_inscribed = 0;
};

} // namespace rostrum::storm
