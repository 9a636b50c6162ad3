#include "spokenmodel.h"

#include "bidi.h"
#include "clock/speechclock.h"
#include "clock/timetext.h"
#include "columnsamples.h"
#include "language/datetext.h"
#include "session/meetingsession.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace rostrum {

SpokenModel::SpokenModel(MeetingSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_ids(idsOf(session->list().spoken()))
{
    connect(m_session, &MeetingSession::changed, this, &SpokenModel::onChanged);
}

QVector<qint64> SpokenModel::idsOf(const QVector<Entry> &entries)
{
    QVector<qint64> ids;
    ids.reserve(entries.size());
    for (const Entry &e : entries)
        ids.append(e.id);
    return ids;
}

qint64 SpokenModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int SpokenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SpokenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpokenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry *e = m_session->list().find(idAt(index.row()));
    if (!e)
        return {};
    const qint64 now = m_session->now();
    const qint64 overrun = SpeechClock::overrunMs(*e, now);

    switch (role) {
    case EntryIdRole:
        return e->id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn:
            return index.row() + 1;
        case DelegationColumn:
            return e->onBehalfOf.isEmpty()
                       ? e->delegation
                       : tr("%1\non behalf of %2").arg(e->delegation, e->onBehalfOf);
        case SpeakerColumn:
            if (e->title.isEmpty())
                return e->speaker;
            return e->speaker.isEmpty() ? e->title
                                        : QStringLiteral("%1\n%2").arg(e->speaker, e->title);
        case StartedColumn:
            if (e->startedAtMs == 0)
                return tr("not timed");
            return DateText::timeOfDay(m_session->meeting().toLocal(e->startedAtMs).time());
        case LimitColumn:
            return formatMinSec(e->allottedMs + e->extraMs);
        case DurationColumn:
            return formatMinSec(SpeechClock::elapsedMs(*e, now));
        case OverrunColumn:
            // "+0:23", as the timekeeper's display showed it; nothing when within the limit.
            // "+0:23" keeps its sign in front in an Arabic table.
            return overrun >= 1000 ? bidi::leftToRight(QLatin1Char('+') + formatMinSec(overrun))
                                   : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (overrun >= 1000) {
            return tr("%1 spoke %2 over the limit of %3")
                .arg(SpeakersList::describe(*e), formatMinSec(overrun),
                     formatMinSec(e->allottedMs + e->extraMs));
        }
        return SpeakersList::describe(*e);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case OrderColumn:
        case StartedColumn:
        case LimitColumn:
        case DurationColumn:
        case OverrunColumn:
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if (index.column() == DelegationColumn ||
            (index.column() == OverrunColumn && overrun >= 1000)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OverrunColumn && overrun >= 1000)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    default:
        return {};
    }
}

QStringList SpokenModel::columnSamples(int column)
{
    // "8" is the widest digit in most faces.
    switch (column) {
    case OrderColumn:
        return {QStringLiteral("8888")};
    case StartedColumn:
        return {tr("not timed"), QStringLiteral("88:88")};
    case LimitColumn:
    case DurationColumn:
        return {QStringLiteral("88:88")};
    case OverrunColumn:
        return {QStringLiteral("+88:88")};
    default:
        return {};
    }
}

QVariant SpokenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnSamplesRole)
        return columnSamples(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("No.");
    case DelegationColumn:
        return tr("Delegation");
    case SpeakerColumn:
        return tr("Speaker and title");
    case StartedColumn:
        return tr("Started");
    case LimitColumn:
        return tr("Limit");
    case DurationColumn:
        return tr("Spoke for");
    case OverrunColumn:
        return tr("Overrun");
    }
    return {};
}

void SpokenModel::onChanged(const ListChange &change)
{
    const QVector<qint64> fresh = idsOf(m_session->list().spoken());
    const int oldSize = int(m_ids.size());
    const int newSize = int(fresh.size());
    if (fresh == m_ids) {
        // Same speakers; their fields may still have changed.
    } else if (newSize > oldSize && std::equal(m_ids.cbegin(), m_ids.cend(), fresh.cbegin())) {
        // The usual case: "next" adds the speaker who just finished.
        beginInsertRows({}, oldSize, newSize - 1);
        m_ids = fresh;
        endInsertRows();
    } else if (newSize < oldSize && std::equal(fresh.cbegin(), fresh.cend(), m_ids.cbegin())) {
        // An undone "next" takes the last speaker back to the rostrum.
        beginRemoveRows({}, newSize, oldSize - 1);
        m_ids = fresh;
        endRemoveRows();
    } else {
        beginResetModel();
        m_ids = fresh;
        endResetModel();
        return;
    }
    if (m_ids.isEmpty())
        return;
    if (change.meetingChanged) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (const qint64 id : change.updated) {
        if (const int row = int(m_ids.indexOf(id)); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace rostrum
