#pragma once

#include <QProcess>
#include <QStringList>
#include <QVector>

namespace rostrum::bench {

struct GuiOptions;

// CLOCK_MONOTONIC in nanoseconds: the clock the console's probe prints its instants in.
qint64 monotonicNs();

// A child of the bench (the console, the minimal window, a helper), started at once and read line
// by line; its probe lines are "rostrum-bench KEY VALUE", every other line is ignored. It has
// settings of its own (under the work folder) and ROSTRUM_BENCH_PROBE set to `probe`; it is
// stopped, by its own PID, when this goes.
class ProbedChild
{
public:
    ProbedChild(const GuiOptions &options, const QString &program, const QStringList &args,
                const QString &probe);
    ~ProbedChild();
    ProbedChild(const ProbedChild &) = delete;
    ProbedChild &operator=(const ProbedChild &) = delete;

    qint64 startNs() const { return m_startNs; }
    qint64 pid() const { return m_process.processId(); }

    // The value of the next probe line with this key; empty on timeout or exit.
    QString waitFor(const QString &key, int timeoutMs = 30000);
    // Every probe line of this key read so far, draining what the child has written.
    QStringList all(const QString &key);
    // The same, and forgets them, so the next call returns only later ones.
    QStringList take(const QString &key);
    // One line on the child's stdin: a command to its probe.
    void tell(const QByteArray &command);
    bool finish(int timeoutMs = 10000) { return m_process.waitForFinished(timeoutMs); }

private:
    QProcess m_process;
    qint64 m_startNs = 0;
    QVector<QPair<QString, QString>> m_seen;
};

} // namespace rostrum::bench
