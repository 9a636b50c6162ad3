#pragma once

#include "clock/runningorder.h"
#include "list/listchange.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

namespace rostrum {

class MeetingSession;
struct Entry;

// The waiting speakers, in running order, for a table view. It keeps only the ids in the order
// it has announced to its views; every cell is read from the session's list. Each change of the
// session becomes precise row removals, moves and inserts, so a selection or a scroll position
// survives an inscription made while someone is speaking.
class RunningOrderModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The position is the last logical column and the first one shown (the view moves it): an
    // item's first column must name the item, not a number that every insert above changes.
    enum Column
    {
        DelegationColumn,
        SpeakerColumn,
        CategoryColumn,
        LanguageColumn,
        LimitColumn,
        ProjectedStartColumn,
        FlagsColumn,
        PositionColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1
    };

    static QString mimeType();

    explicit RunningOrderModel(MeetingSession *session, QObject *parent = nullptr);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const QVector<qint64> &ids() const { return m_ids; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop moves one speaker; the drop becomes session->move(), which pins them.
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Projected starts move with the clock; the window calls this now and then, and the model
    // announces only the rows whose displayed minute changed.
    void refreshProjection();

signals:
    // The core refused an act started from the model (a drop): its message, for the chair.
    void actRefused(const QString &message);
    // A drop was done: what it did, in the journal's words ("Latvia moved to position 3").
    void actDone(const QString &summary);

private:
    void onChanged(const ListChange &change);
    void applyOrder(const QVector<qint64> &before, const QVector<qint64> &after);
    void announceColumn(int column);
    const Entry *entryAt(int row) const;
    static QString flagsText(const Entry &e);
    // The texts the short columns can show, for sizeColumnsFromSamples().
    static QStringList columnSamples(int column);
    QString projectedStartText(qint64 id) const;

    MeetingSession *m_session;
    QVector<qint64> m_ids;
    Projection m_projection;
    QTimer m_projectionTimer;
};

} // namespace rostrum
