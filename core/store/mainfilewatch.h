#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace rostrum {

// Whether the meeting file's bytes are still the ones SQLite writes to. `cp other.rostrum
// f.rostrum` keeps the inode (so a rename check sees nothing) while SQLite's -wal and cache
// still describe the old pages: the next act would be written into another meeting's pages.
// Only checkpoints change the main file of a meeting in WAL mode, so a change of its size or
// time is looked into: through a separate, immutable connection (SQLite's, so no lock of ours
// is dropped) that reads the main file alone, it must still be this meeting (its identity) and
// hold at least every act our last complete checkpoint put in it. It is read holding SQLite's
// checkpointer lock, so that another console's checkpoint, half-way through its pages, is never
// taken for a file overwritten; and a main file that does not read as a meeting is believed
// overwritten only when every frame of the -wal is in it (a partial checkpoint leaves it
// unreadable alone, CheckpointerLock::mainFileStandsAlone).
class MainFileWatch final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::MainFileWatch)

public:
    explicit MainFileWatch(QString path) : m_path(std::move(path)) {}

    // The file as it is now is ours: after opening, and after each checkpoint of ours.
    void accept(const QString &meetingUid, qint64 headInMainFile);
    // Empty while the main file is still this meeting's; otherwise why not, in one line.
    // `writer` is the meeting's own connection, whose checkpointer lock is taken.
    QString check(sqlite3 *writer);

private:
    struct Stamp
    {
        qint64 size = -1;
        qint64 mtimeNs = -1;
        bool operator==(const Stamp &) const = default;
    };
    Stamp stampNow() const;
    // What the main file alone holds: its meeting identity and newest journal row.
    bool readMainFile(QString *uid, qint64 *head, QString *error) const;
    // One look: empty when the main file is this meeting, at least as new as we know it;
    // `unreadable` says the file did not read as a meeting at all.
    QString verdict(bool *unreadable = nullptr);
    // The verdict where SQLite offers no lock: it must hold on a few looks apart.
    QString verdictOnSeveralLooks(const Stamp &now);

    QString m_path;
    QString m_uid;
    qint64 m_head = 0;
    Stamp m_stamp;
    bool m_watching = false; // from the first accept(): until then the file is being made
};

} // namespace rostrum
