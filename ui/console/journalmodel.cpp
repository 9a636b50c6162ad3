#include "journalmodel.h"

#include "language/datetext.h"
#include "session/meetingsession.h"

#include <QColor>
#include <QFont>

namespace rostrum {

JournalModel::JournalModel(MeetingSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &MeetingSession::changed, this, &JournalModel::reload);
    reload();
}

void JournalModel::reload()
{
    // The journal is read whole each time: an undo marks an older row, and another console's
    // acts arrive together, so there is no single row to insert.
    beginResetModel();
    m_rows = m_session->journal(kNewestRows);
    endResetModel();
}

bool JournalModel::wasUndone(const JournalRecord &record)
{
    // A discarded act is one undone whose redo a later act made impossible: still undone.
    return record.state != JournalRecord::UndoState::Done;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalRecord &r = m_rows.at(index.row());
    const bool undone = wasUndone(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DateText::timeWithSeconds(m_session->meeting().toLocal(r.atMs).time());
        case WhoColumn:
            return r.actor;
        case WhatColumn:
            return r.summary.isEmpty() ? r.act : r.summary;
        case UndoneColumn:
            return undone ? tr("↶ undone") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            // The zone's abbreviation ("EDT") after the date: the same in every language.
            const QDateTime at = m_session->meeting().toLocal(r.atMs);
            return DateText::dateWithSeconds(at) + QLatin1Char(' ') +
                   at.toString(QStringLiteral("t"));
        }
        if (index.column() == UndoneColumn && undone)
            return tr("Undone since: it no longer applies to the list");
        return {};
    case Qt::FontRole:
        if (undone && index.column() == WhatColumn) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case Qt::ForegroundRole:
        if (undone)
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case UndoneColumn:
        return tr("Undone");
    }
    return {};
}

} // namespace rostrum
