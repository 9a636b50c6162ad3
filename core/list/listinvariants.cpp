#include "list/listinvariants.h"

#include "clock/speechclock.h"

#include <QCoreApplication>
#include <QSet>

namespace rostrum {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ListInvariants)
};

QString who(const Entry &e)
{
    // Shown to the chair as the reason a file opens read-only: the status in their language.
    return QStringLiteral("#%1 (%2, %3)").arg(e.id).arg(e.delegation, statusName(e.status));
}

void checkClock(const Entry &e, std::optional<qint64> nowMs, QStringList *out)
{
    auto fail = [&](const QString &what) { out->append(who(e) + QStringLiteral(": ") + what); };
    if (e.pausedTotalMs < 0)
        fail(Tr::tr("negative accumulated pause"));
    if (nowMs && e.startedAtMs > *nowMs)
        fail(Tr::tr("started after the newest act"));
    if (e.pausedSinceMs != 0 && e.pausedSinceMs < e.startedAtMs)
        fail(Tr::tr("paused before it started"));
    if (e.startedAtMs == 0 && (e.pausedSinceMs != 0 || e.pausedTotalMs != 0))
        fail(Tr::tr("a pause recorded on a clock that never started"));
    if (nowMs) {
        const qint64 elapsed = SpeechClock::elapsedMs(e, *nowMs);
        if (elapsed < 0 || (e.startedAtMs != 0 && elapsed > *nowMs - e.startedAtMs))
            fail(Tr::tr("speaking time %1 ms out of range").arg(elapsed));
    }
    if (qint64(e.allottedMs) + e.extraMs < 0)
        fail(Tr::tr("a negative time limit"));

    switch (e.status) {
    case Status::Waiting:
    case Status::Absent:
    case Status::Withdrawn:
        // A speaker sent back or taken off the list never keeps a half-run clock.
        if (e.startedAtMs != 0 || e.endedAtMs != 0)
            fail(Tr::tr("keeps a speech clock off the rostrum"));
        break;
    case Status::Speaking:
        if (e.endedAtMs != 0)
            fail(Tr::tr("speaking, but the speech has ended"));
        break;
    case Status::Interrupted:
        if (e.endedAtMs != 0)
            fail(Tr::tr("interrupted, but the speech has ended"));
        else if (SpeechClock::isRunning(e))
            fail(Tr::tr("interrupted, but its clock runs"));
        break;
    case Status::Spoke:
        if (e.endedAtMs == 0)
            fail(Tr::tr("spoke, but the speech never ended"));
        else if (e.startedAtMs != 0 && e.endedAtMs < e.startedAtMs)
            fail(Tr::tr("ended before it started"));
        break;
    }
}
} // namespace

QStringList listInvariantViolations(const SpeakersList &list, std::optional<qint64> nowMs)
{
    QStringList out;
    int speaking = 0, interrupted = 0;
    for (auto it = list.entries().cbegin(); it != list.entries().cend(); ++it) {
        const Entry &e = it.value();
        if (it.key() != e.id)
            out.append(Tr::tr("entry #%1 is filed under #%2").arg(e.id).arg(it.key()));
        speaking += e.status == Status::Speaking ? 1 : 0;
        interrupted += e.status == Status::Interrupted ? 1 : 0;
        checkClock(e, nowMs, &out);
    }
    if (speaking > 1)
        out.append(Tr::tr("%1 speakers at the rostrum at once").arg(speaking));
    const Entry *current = list.current();
    if ((current != nullptr) != (speaking == 1))
        out.append(Tr::tr("the current speaker disagrees with the statuses"));
    // Rule 8: one speech is stopped at a time, and only while a point of order has the floor.
    if (interrupted > 1)
        out.append(Tr::tr("%1 speeches interrupted at once").arg(interrupted));
    if (interrupted > 0 && (!current || current->kind != EntryKind::PointOfOrder))
        out.append(Tr::tr("a speech is interrupted, but no point of order has the floor"));

    const QVector<Entry> order = list.waiting();
    QSet<qint64> keys, ids;
    for (int i = 0; i < order.size(); ++i) {
        const Entry &e = order[i];
        if (e.status != Status::Waiting)
            out.append(who(e) + Tr::tr(" is in the running order"));
        if (ids.contains(e.id))
            out.append(who(e) + Tr::tr(" is in the running order twice"));
        if (keys.contains(e.orderKey))
            out.append(who(e) + Tr::tr(" shares its place key with another"));
        ids.insert(e.id);
        keys.insert(e.orderKey);
    }
    // Places are 1, 2, 3... with no gap: what the views number is what the ids say.
    QVector<qint64> orderIds;
    for (const Entry &e : order)
        orderIds.append(e.id);
    if (list.waitingIds() != orderIds)
        out.append(Tr::tr("the numbered places disagree with the running order"));
    if (!order.isEmpty() && (list.positionOf(order.first().id) != 1 ||
                             list.positionOf(order.last().id) != order.size()))
        out.append(Tr::tr("the places do not run from 1 to %1").arg(order.size()));
    int waitingCount = 0;
    for (const Entry &e : list.entries())
        waitingCount += e.status == Status::Waiting ? 1 : 0;
    if (waitingCount != order.size())
        out.append(
            Tr::tr("%1 waiting, but %2 in the running order").arg(waitingCount).arg(order.size()));
    return out;
}

} // namespace rostrum
