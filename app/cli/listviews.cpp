#include "listviews.h"

#include "clock/timetext.h"
#include "console.h"
#include "language/datetext.h"
#include "records/csvwriter.h"

#include <QJsonObject>
#include <algorithm>

namespace rostrum::cli {

namespace {
using Fields = QList<QPair<QString, QJsonValue>>;

QJsonValue isoOrNull(const Meeting &meeting, qint64 utcMs)
{
    return utcMs > 0 ? QJsonValue(isoInMeetingZone(meeting, utcMs)) : QJsonValue();
}

QJsonValue seconds(qint64 ms)
{
    return ms % 1000 == 0 ? QJsonValue(ms / 1000) : QJsonValue(double(ms) / 1000.0);
}

// The one definition of the columns, so JSON and CSV always agree.
Fields fieldsOf(const ListRow &row, const Meeting &meeting)
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

QString csvText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

// Columns on a terminal: wide East Asian characters take two, combining marks none.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const uint c : text.toUcs4()) {
        const QChar::Category cat = QChar::category(char32_t(c));
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing ||
            cat == QChar::Other_Format)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width, bool right = false)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

QString delegationText(const Entry &e)
{
    if (e.onBehalfOf.isEmpty())
        return e.delegation;
    return Tr::tr("%1, on behalf of %2").arg(e.delegation, e.onBehalfOf);
}

QString flagsText(const Entry &e)
{
    QStringList flags;
    if (e.kind == EntryKind::PointOfOrder)
        flags.append(entryKindName(e.kind).toLower());
    else if (e.kind == EntryKind::Reply)
        flags.append(Tr::tr("reply %1").arg(e.replyNumber));
    if (e.late)
        flags.append(Tr::tr("late"));
    if (e.pinned)
        flags.append(Tr::tr("pinned"));
    if (e.absences == 1)
        flags.append(Tr::tr("absent once"));
    else if (e.absences > 1)
        flags.append(Tr::tr("absent %n times", nullptr, int(e.absences)));
    return flags.join(Tr::tr(", "));
}
} // namespace

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
        for (const auto &[key, value] : fieldsOf(row, meeting))
            object.insert(key, value);
        array.append(object);
    }
    return array;
}

QString listCsv(const QVector<ListRow> &rows, const Meeting &meeting)
{
    QStringList header;
    for (const auto &field : fieldsOf(ListRow{}, meeting))
        header.append(field.first);
    QString text = csvLine(header);
    for (const ListRow &row : rows) {
        QStringList cells;
        for (const auto &field : fieldsOf(row, meeting))
            cells.append(csvText(field.second));
        text += csvLine(cells);
    }
    return text;
}

QString listTable(const QVector<ListRow> &rows, const Meeting &meeting, bool withStatus)
{
    if (rows.isEmpty())
        return Tr::tr("No one is on the list.") + QLatin1Char('\n');
    QList<QStringList> table;
    QStringList header = {Tr::tr("#"),        Tr::tr("Delegation"), Tr::tr("Speaker"),
                          Tr::tr("Category"), Tr::tr("Limit"),      Tr::tr("Projected"),
                          Tr::tr("Flags")};
    if (withStatus)
        header.insert(1, Tr::tr("Status"));
    table.append(header);
    for (const ListRow &row : rows) {
        const Entry &e = row.entry;
        QStringList cells = {
            row.position > 0 ? QString::number(row.position) : QString(),
            delegationText(e),
            e.speaker,
            categoryName(e.category),
            formatMinSec(e.allottedMs),
            row.projectedStart ? DateText::timeOfDay(meeting.toLocal(*row.projectedStart).time())
                               : QString(),
            flagsText(e),
        };
        if (withStatus)
            cells.insert(1, statusName(e.status));
        for (QString &cell : cells)
            cell = shown(cell);
        table.append(cells);
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &cells : std::as_const(table)) {
        for (int c = 0; c < cells.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(cells[c]));
    }
    // Numbers align right; the limit column too, so minutes line up.
    const int limitColumn = withStatus ? 5 : 4;
    QString text;
    for (const QStringList &cells : std::as_const(table)) {
        QStringList line;
        for (int c = 0; c < cells.size(); ++c) {
            const bool last = c == cells.size() - 1;
            const bool right = c == 0 || c == limitColumn;
            line.append(last && !right ? cells[c] : padded(cells[c], widths[c], right));
        }
        QString joined = line.join(QStringLiteral("  "));
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        text += joined + QLatin1Char('\n');
    }
    return text;
}

} // namespace rostrum::cli
