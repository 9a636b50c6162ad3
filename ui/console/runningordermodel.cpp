#include "runningordermodel.h"

#include "clock/timetext.h"
#include "columnsamples.h"
#include "language/datetext.h"
#include "list/orderdiff.h"
#include "session/meetingsession.h"
#include "statementlanguage.h"

#include <QColor>
#include <QFont>
#include <QMimeData>
#include <algorithm>

namespace rostrum {

namespace {
// Projected starts are shown to the minute; re-reading them this often keeps them true while a
// speech runs into overtime, without repainting the table every second.
constexpr int kProjectionRefreshMs = 5000;
} // namespace

QString RunningOrderModel::mimeType()
{
    return QStringLiteral("application/x-rostrum-entry-id");
}

RunningOrderModel::RunningOrderModel(MeetingSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_ids(session->list().waitingIds()),
      m_projection(session->projection())
{
    connect(m_session, &MeetingSession::changed, this, &RunningOrderModel::onChanged);
    connect(&m_projectionTimer, &QTimer::timeout, this, &RunningOrderModel::refreshProjection);
    m_projectionTimer.start(kProjectionRefreshMs);
}

qint64 RunningOrderModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RunningOrderModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const Entry *RunningOrderModel::entryAt(int row) const
{
    const qint64 id = idAt(row);
    return id ? m_session->list().find(id) : nullptr;
}

int RunningOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RunningOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunningOrderModel::projectedStartText(qint64 id) const
{
    const auto it = m_projection.projectedStartMs.constFind(id);
    if (it == m_projection.projectedStartMs.constEnd())
        return {};
    return DateText::timeOfDay(m_session->meeting().toLocal(*it).time());
}

QVariant RunningOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry *e = entryAt(index.row());
    if (!e)
        return {};

    switch (role) {
    case EntryIdRole:
        return e->id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
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
        case CategoryColumn:
            // Rule 9: a reply is heard in its own tier, whatever the delegation's category.
            if (e->kind == EntryKind::Reply)
                return tr("Right of reply %1").arg(e->replyNumber);
            return categoryName(e->category);
        case LanguageColumn:
            return statementLanguageMark(e->language);
        case LimitColumn:
            return formatMinSec(e->allottedMs);
        case ProjectedStartColumn:
            return projectedStartText(e->id);
        case FlagsColumn:
            return flagsText(*e);
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == LanguageColumn)
            return statementLanguagePhrase(e->language);
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == LanguageColumn)
            return statementLanguagePhrase(e->language);
        const QString inscribed =
            DateText::shortDateWithTime(m_session->meeting().toLocal(e->inscribedAtMs));
        QString tip = e->late ? tr("%1, inscribed %2, after the deadline")
                                    .arg(SpeakersList::describe(*e), inscribed)
                              : tr("%1, inscribed %2").arg(SpeakersList::describe(*e), inscribed);
        if (!e->onBehalfOf.isEmpty() && e->groupSize > 0)
            tip += QLatin1Char('\n') +
                   tr("On behalf of %1 (group of %2)").arg(e->onBehalfOf).arg(e->groupSize);
        if (e->pinned)
            tip += QLatin1Char('\n') + tr("Placed by hand: automatic placement leaves them here.");
        if (!e->notes.isEmpty())
            tip += QLatin1Char('\n') + e->notes;
        return tip;
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PositionColumn:
        case LimitColumn:
        case ProjectedStartColumn:
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if (index.column() == DelegationColumn || index.column() == PositionColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FlagsColumn && e->late)
            return QColor(0x9a, 0x3b, 0x00);
        return {};
    default:
        return {};
    }
}

QVariant RunningOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnSamplesRole)
        return columnSamples(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case DelegationColumn:
        return tr("Delegation");
    case SpeakerColumn:
        return tr("Speaker and title");
    case CategoryColumn:
        return tr("Category");
    case LanguageColumn:
        return tr("Language");
    case LimitColumn:
        return tr("Limit");
    case ProjectedStartColumn:
        return tr("Starts");
    case FlagsColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags RunningOrderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions RunningOrderModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RunningOrderModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList RunningOrderModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RunningOrderModel::mimeData(const QModelIndexList &indexes) const
{
    // Every speaker dragged, so that a drop of several can say why it moves none (a move is
    // of one speaker, as with the keys) instead of quietly moving the first.
    QList<QByteArray> ids;
    for (const QModelIndex &i : indexes) {
        const QByteArray id = i.isValid() ? QByteArray::number(idAt(i.row())) : QByteArray();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(','));
    return data;
}

bool RunningOrderModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(mimeType());
}

bool RunningOrderModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<QByteArray> dragged = data->data(mimeType()).split(',');
    if (dragged.size() > 1) {
        emit actRefused(tr("Drag one speaker at a time: %1 are selected.").arg(dragged.size()));
        return false;
    }
    bool ok = false;
    const qint64 id = dragged.first().toLongLong(&ok);
    const int from = rowOf(id);
    if (!ok || from < 0)
        return false;

    int to = 0;
    if (row < 0 && parent.isValid()) {
        // Dropped on a row: take that row's place.
        to = parent.row();
    } else {
        // Dropped between rows: `row` is the row it goes before, counted with the dragged one.
        const int before = row < 0 ? rowCount() : row;
        to = before > from ? before - 1 : before;
    }
    if (to == from)
        return false;
    const MeetingSession::Result r = m_session->move(id, to + 1);
    if (r.ok)
        emit actDone(r.summary);
    else
        emit actRefused(r.error);
    return r.ok;
}

void RunningOrderModel::applyOrder(const QVector<qint64> &before, const QVector<qint64> &after)
{
    if (!sameOrder(m_ids, before)) {
        // The views were shown something else than the change starts from; say it all again.
        beginResetModel();
        m_ids = after;
        endResetModel();
        return;
    }
    for (const OrderEdit &edit : orderEdits(before, after)) {
        switch (edit.kind) {
        case OrderEdit::Kind::Remove:
            beginRemoveRows({}, edit.from, edit.from);
            m_ids.remove(edit.from);
            endRemoveRows();
            break;
        case OrderEdit::Kind::Insert:
            beginInsertRows({}, edit.to, edit.to);
            m_ids.insert(edit.to, edit.id);
            endInsertRows();
            break;
        case OrderEdit::Kind::Move: {
            if (edit.from == edit.to)
                break;
            // Qt counts the destination before the row leaves; the step counts it after.
            const int destination = edit.to > edit.from ? edit.to + 1 : edit.to;
            if (!beginMoveRows({}, edit.from, edit.from, {}, destination))
                break;
            m_ids.move(edit.from, edit.to);
            endMoveRows();
            break;
        }
        }
    }
    if (!sameOrder(m_ids, after)) {
        beginResetModel();
        m_ids = after;
        endResetModel();
    }
}

void RunningOrderModel::announceColumn(int column)
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

void RunningOrderModel::onChanged(const ListChange &change)
{
    const bool orderChanged =
        !sameOrder(change.orderBefore, change.orderAfter) || !sameOrder(m_ids, change.orderAfter);
    applyOrder(change.orderBefore, change.orderAfter);
    m_projection = m_session->projection();

    // Updated rows, announced as runs of consecutive rows.
    QVector<int> rows;
    for (const qint64 id : change.updated) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
        i = j + 1;
    }
    if (change.meetingChanged) {
        // Category names, limits and the time zone may all read differently now.
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    if (orderChanged)
        announceColumn(PositionColumn);
    announceColumn(ProjectedStartColumn);
}

void RunningOrderModel::refreshProjection()
{
    const Projection fresh = m_session->projection();
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_ids.size(); ++row) {
        const qint64 id = m_ids.at(row);
        // Compared to the displayed minute: a second's drift should not repaint the table.
        if (fresh.projectedStartMs.value(id) / 60'000 !=
            m_projection.projectedStartMs.value(id) / 60'000) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    m_projection = fresh;
    if (first >= 0)
        emit dataChanged(index(first, ProjectedStartColumn), index(last, ProjectedStartColumn));
}

} // namespace rostrum
