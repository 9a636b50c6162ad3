#include "probedchild.h"

#include "guifigures.h"

#include <QDir>
#include <QProcessEnvironment>
#include <ctime>

namespace rostrum::bench {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

namespace {
// Each child gets settings of its own, so no geometry or recent file of a person's own console
// changes what is measured, and the bench never writes into them.
QProcessEnvironment childEnvironment(const GuiOptions &options, const QString &probe)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(options.workDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("ROSTRUM_BENCH_PROBE"), probe);
    return env;
}
} // namespace

ProbedChild::ProbedChild(const GuiOptions &options, const QString &program, const QStringList &args,
                         const QString &probe)
{
    m_process.setProcessEnvironment(childEnvironment(options, probe));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_startNs = monotonicNs();
    m_process.start(program, args);
}

ProbedChild::~ProbedChild()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString ProbedChild::waitFor(const QString &key, int timeoutMs)
{
    const qint64 deadline = monotonicNs() + qint64(timeoutMs) * 1'000'000;
    while (true) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 3 && parts[0] == QLatin1String("rostrum-bench")) {
                m_seen.append({parts[1], parts[2]});
                if (parts[1] == key)
                    return parts[2];
            }
        }
        const int left = int((deadline - monotonicNs()) / 1'000'000);
        if (left <= 0 || (!m_process.waitForReadyRead(std::min(left, 500)) &&
                          m_process.state() == QProcess::NotRunning))
            return {};
    }
}

QStringList ProbedChild::all(const QString &key)
{
    waitFor(QStringLiteral("-none-"), 200);
    QStringList out;
    for (const auto &kv : std::as_const(m_seen)) {
        if (kv.first == key)
            out.append(kv.second);
    }
    return out;
}

QStringList ProbedChild::take(const QString &key)
{
    const QStringList out = all(key);
    m_seen.removeIf([&key](const QPair<QString, QString> &kv) { return kv.first == key; });
    return out;
}

void ProbedChild::tell(const QByteArray &command)
{
    m_process.write(command + '\n');
    m_process.waitForBytesWritten(1000);
}

} // namespace rostrum::bench
