#include "records/listjson.h"

#include "clock/speechclock.h"

#include <QJsonObject>

namespace rostrum {

namespace {

QJsonValue isoOrNull(const Meeting &meeting, qint64 utcMs)
{
    return utcMs > 0 ? QJsonValue(isoInMeetingZone(meeting, utcMs)) : QJsonValue();
}

QJsonValue seconds(qint64 ms)
{
    return ms % 1000 == 0 ? QJsonValue(ms / 1000) : QJsonValue(double(ms) / 1000.0);
}
} // namespace

ListFields listFields(const ListRow &row, const Meeting &meeting)
{
    const Entry &e = row.entry;
    const bool hasSpoken = e.status == Status::Speaking || e.status == Status::Spoke ||
                           e.status == Status::Interrupted;
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("position"), row.position > 0 ? QJsonValue(row.position) : QJsonValue()},
        {QStringLiteral("delegation"), e.delegation},
        {QStringLiteral("speaker"), e.speaker},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("category"), categoryKey(e.category)},
        {QStringLiteral("tier"), tierKey(tierOf(e.category, e.groupSize))},
        {QStringLiteral("on_behalf_of"), e.onBehalfOf},
        {QStringLiteral("group_size"), e.groupSize},
        {QStringLiteral("language"), e.language},
        {QStringLiteral("level"), levelKey(e.level)},
        {QStringLiteral("status"), statusKey(e.status)},
        {QStringLiteral("late"), e.late},
        {QStringLiteral("pinned"), e.pinned},
        {QStringLiteral("absences"), e.absences},
        {QStringLiteral("allotted_s"), seconds(e.allottedMs)},
        {QStringLiteral("extra_s"), seconds(e.extraMs)},
        {QStringLiteral("inscribed_at"), isoOrNull(meeting, e.inscribedAtMs)},
        {QStringLiteral("projected_start"),
         row.projectedStart ? isoOrNull(meeting, *row.projectedStart) : QJsonValue()},
        {QStringLiteral("started_at"), isoOrNull(meeting, e.startedAtMs)},
        {QStringLiteral("ended_at"), isoOrNull(meeting, e.endedAtMs)},
        {QStringLiteral("spoken_s"), hasSpoken ? QJsonValue(row.spokenMs / 1000) : QJsonValue()},
        {QStringLiteral("kind"), entryKindKey(e.kind)},
        {QStringLiteral("reply_number"),
         e.kind == EntryKind::Reply ? QJsonValue(e.replyNumber) : QJsonValue()},
        {QStringLiteral("notes"), e.notes}, // last: the one column that may run over lines
    };
}

QString isoInMeetingZone(const Meeting &meeting, qint64 utcMs)
{
    return meeting.toLocal(utcMs).toString(Qt::ISODate);
}

QVector<ListRow> listRows(const MeetingSession &session, bool all)
{
    const SpeakersList &list = session.list();
    const qint64 now = session.now();
    const Projection projection = session.projection();
    QVector<ListRow> rows;
    auto append = [&](const Entry &e, int position) {
        ListRow row;
        row.entry = e;
        row.position = position;
        if (projection.projectedStartMs.contains(e.id))
            row.projectedStart = projection.projectedStartMs.value(e.id);
        row.spokenMs = SpeechClock::elapsedMs(e, now);
        rows.append(row);
    };
    if (all) {
        for (const Entry &e : list.spoken())
            append(e, 0);
        if (const Entry *stopped = list.interrupted())
            append(*stopped, 0);
        if (const Entry *current = list.current())
            append(*current, 0);
    }
    int position = 0;
    for (const Entry &e : list.waiting())
        append(e, ++position);
    if (all) {
        for (const Entry &e : list.others())
            append(e, 0);
    }
    return rows;
}

QJsonArray listJson(const QVector<ListRow> &rows, const Meeting &meeting)
{
    QJsonArray array;
    for (const ListRow &row : rows) {
        QJsonObject object;
        for (const auto &[key, value] : listFields(row, meeting))
            object.insert(key, value);
        array.append(object);
    }
    return array;
}

} // namespace rostrum
