#include "list/change.h"

#include "meeting/entrycolumns.h"

#include <QJsonArray>
#include <algorithm>

namespace rostrum {

QJsonObject Change::toJson() const
{
    QJsonArray rows;
    for (const EntryDelta &d : entries) {
        QJsonObject row;
        row.insert(QStringLiteral("id"), d.id);
        if (!d.before.isEmpty())
            row.insert(QStringLiteral("before"), QJsonObject::fromVariantMap(d.before));
        if (!d.after.isEmpty())
            row.insert(QStringLiteral("after"), QJsonObject::fromVariantMap(d.after));
        rows.append(row);
    }
    QJsonObject json;
    json.insert(QStringLiteral("act"), act);
    json.insert(QStringLiteral("summary"), summary);
    json.insert(QStringLiteral("undoable"), undoable);
    json.insert(QStringLiteral("entries"), rows);
    if (meetingBefore != meetingAfter) {
        json.insert(QStringLiteral("meeting_before"), QJsonObject::fromVariantMap(meetingBefore));
        json.insert(QStringLiteral("meeting_after"), QJsonObject::fromVariantMap(meetingAfter));
    }
    return json;
}

std::optional<Change> Change::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("act")) || !json.value(QStringLiteral("entries")).isArray())
        return std::nullopt;
    Change c;
    c.act = json.value(QStringLiteral("act")).toString();
    c.summary = json.value(QStringLiteral("summary")).toString();
    c.undoable = json.value(QStringLiteral("undoable")).toBool();
    for (const auto &value : json.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject row = value.toObject();
        EntryDelta d;
        d.id = row.value(QStringLiteral("id")).toInteger();
        d.before = row.value(QStringLiteral("before")).toObject().toVariantMap();
        d.after = row.value(QStringLiteral("after")).toObject().toVariantMap();
        if (d.id <= 0)
            return std::nullopt;
        c.entries.append(d);
    }
    c.meetingBefore = json.value(QStringLiteral("meeting_before")).toObject().toVariantMap();
    c.meetingAfter = json.value(QStringLiteral("meeting_after")).toObject().toVariantMap();
    return c;
}

QStringList Change::undoColumns(const EntryDelta &delta)
{
    QStringList columns;
    const QString status = QStringLiteral("status");
    const bool statusChanged = delta.before.value(status) != delta.after.value(status);
    for (auto it = delta.after.cbegin(); it != delta.after.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        if (delta.before.value(it.key()) != it.value() ||
            (statusChanged && EntryColumns::speechNames().contains(it.key())))
            columns.append(it.key());
    }
    return columns;
}

Change::Outcome Change::replay(Direction direction, const QHash<qint64, Entry> &current,
                               const Meeting &currentMeeting) const
{
    Outcome out;
    for (const EntryDelta &d : entries) {
        const QVariantMap &to = direction == Direction::Redo ? d.after : d.before;
        const QVariantMap &from = direction == Direction::Redo ? d.before : d.after;
        if (to.isEmpty()) {
            out.deletions.append(d.id);
            continue;
        }
        if (from.isEmpty() || !current.contains(d.id)) {
            // The row comes back whole, with the id it had.
            out.upserts.append(Entry::fromColumns(to));
            continue;
        }
        // Only the columns this act touched go back, so later acts that this one did not
        // touch (a clock started since, a name corrected since) survive the undo.
        QVariantMap row = current.value(d.id).toColumns();
        for (const QString &column : undoColumns(d))
            row[column] = to.value(column);
        out.upserts.append(Entry::fromColumns(row));
    }
    if (meetingBefore != meetingAfter) {
        const QVariantMap &to = direction == Direction::Redo ? meetingAfter : meetingBefore;
        const QVariantMap &from = direction == Direction::Redo ? meetingBefore : meetingAfter;
        QVariantMap row = currentMeeting.toColumns();
        for (auto it = to.cbegin(); it != to.cend(); ++it) {
            if (from.value(it.key()) != it.value())
                row[it.key()] = it.value();
        }
        out.meeting = Meeting::fromColumns(row);
    }
    return out;
}

Change Change::redoImageAt(const QHash<qint64, Entry> &current, qint64 nowMs) const
{
    const QString status = QStringLiteral("status");
    const QString startedAt = QStringLiteral("started_at");
    Change revised = *this;
    for (EntryDelta &d : revised.entries) {
        // An act that changed a status, or reset the clock, puts the whole speech back with its
        // undo: the speech given since (started or paused again after a reset: start and pause
        // are never undone themselves) is what its redo must restore, not the act's own after
        // image. Other acts (a name, a place, time added) leave the speech alone both ways.
        const bool speechReplaced = d.before.value(status) != d.after.value(status) ||
                                    d.before.value(startedAt) != d.after.value(startedAt);
        if (d.before.isEmpty() || d.after.isEmpty() || !current.contains(d.id) || !speechReplaced)
            continue;
        Entry speech = current.value(d.id);
        const bool running =
            speech.startedAtMs > 0 && speech.pausedSinceMs == 0 && speech.endedAtMs == 0;
        if (running)
            speech.pausedSinceMs = std::max(nowMs, speech.startedAtMs);
        const QVariantMap columns = speech.toColumns();
        for (const QString &column : EntryColumns::speechNames())
            d.after[column] = columns.value(column);
    }
    return revised;
}

} // namespace rostrum
