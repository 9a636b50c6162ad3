#pragma once

#include "list/listchange.h"

#include <QAbstractTableModel>
#include <QVector>

namespace rostrum {

class MeetingSession;
struct Entry;

// The record of who has spoken, in the order they spoke, with the time each one took and any
// overrun. Like the running order, it keeps ids only and reads the entries from the session.
class SpokenModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrderColumn,
        DelegationColumn,
        SpeakerColumn,
        StartedColumn,
        LimitColumn,
        DurationColumn,
        OverrunColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1
    };

    explicit SpokenModel(MeetingSession *session, QObject *parent = nullptr);

    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The texts the short columns can show, for sizeColumnsFromSamples().
    static QStringList columnSamples(int column);
    void onChanged(const ListChange &change);
    static QVector<qint64> idsOf(const QVector<Entry> &entries);

    MeetingSession *m_session;
    QVector<qint64> m_ids;
};

} // namespace rostrum
