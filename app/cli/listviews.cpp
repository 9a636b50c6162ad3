#include "listviews.h"

#include "clock/timetext.h"
#include "console.h"
#include "language/datetext.h"
#include "records/csvwriter.h"

#include <QJsonObject>
#include <algorithm>

namespace rostrum::cli {

namespace {
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

QString listCsv(const QVector<ListRow> &rows, const Meeting &meeting)
{
    QStringList header;
    for (const auto &field : listFields(ListRow{}, meeting))
        header.append(field.first);
    QString text = csvLine(header);
    for (const ListRow &row : rows) {
        QStringList cells;
        for (const auto &field : listFields(row, meeting))
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
