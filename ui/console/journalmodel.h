#pragma once

#include "store/journaltable.h"

#include <QAbstractTableModel>
#include <QVector>

namespace rostrum {

class MeetingSession;

// The newest rows of the meeting's journal, newest first: when (the meeting's local time), who
// (the actor: "aisha@un-hq-07 (cli)"), what, and whether it was undone since. It holds the
// rows as the journal last gave them and reads them again at each change of the session, from
// this console or any other; the list itself it never keeps. Read-only.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        WhoColumn,
        WhatColumn,
        UndoneColumn,
        ColumnCount
    };
    // Enough for a long meeting's afternoon; older rows stay in the file and in the report.
    static constexpr int kNewestRows = 500;

    explicit JournalModel(MeetingSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    static bool wasUndone(const JournalRecord &record);

    MeetingSession *m_session;
    QVector<JournalRecord> m_rows;
};

} // namespace rostrum
