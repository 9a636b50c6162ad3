#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rostrum {

// The consoles that have a meeting file open (schema version 3): each console takes a seat when
// it opens the file, keeps it fresh while it runs, and leaves it when it closes. A console that
// crashed leaves a stale seat, which is told apart by its age and, on the same computer, by its
// process being gone. The command line takes no seat: it is in and out in a moment.
class ConsoleSeats final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ConsoleSeats)

public:
    struct Seat
    {
        QString actor;
        QString host;
        qint64 pid = 0;
        qint64 openedMs = 0;
    };
    // A seat not refreshed for this long belongs to a console that is gone.
    static constexpr qint64 kStaleAfterMs = 3 * 60'000;
    static constexpr qint64 kRefreshEveryMs = 60'000;

    explicit ConsoleSeats(const QSqlDatabase &db) : m_db(db) {}

    // Each is one short write of its own; false (nothing else affected) when it cannot be made,
    // for a seat is a courtesy to the others, never a reason to refuse the meeting.
    bool take(const QString &actor, qint64 nowMs);
    bool refresh(qint64 nowMs);
    void leave();
    // The other consoles that have the file open now, oldest first.
    QVector<Seat> others(qint64 nowMs) const;

private:
    static QString thisHost();
    static qint64 thisPid();
    static bool processGone(qint64 pid);
    bool run(const QString &sql, const QVariantList &values);

    const QSqlDatabase &m_db; // the store's, which outlives this
    bool m_taken = false;
};

} // namespace rostrum
