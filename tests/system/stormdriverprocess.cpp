#include "stormdriverprocess.h"

#include "clirunner.h"

#include <QDeadlineTimer>
#include <algorithm>

namespace rostrum::systemtest {

QString stormDriverPath()
{
    return QStringLiteral(ROSTRUM_STORM_DRIVER);
}

DriverReport parseDriverOutput(const QByteArray &output)
{
    DriverReport r;
    const qsizetype end = output.lastIndexOf('\n');
    for (const QByteArray &line : output.left(end + 1).split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (line.startsWith("done ") && words.size() == 5) {
            r.done.append({words[1].toLongLong(), QString::fromUtf8(words[2]),
                           words[3].toLongLong(), QString::fromUtf8(words[4])});
        } else if (line.startsWith("open ") && words.size() == 2) {
            r.openedAtHead = words[1].toLongLong();
        } else if (line.startsWith("refused ")) {
            ++r.refused;
        } else if (line.startsWith("checkpoint ") || line == "reopened") {
            ++r.housekeeping;
        } else if (line.startsWith("failed ")) {
            r.failures.append(QString::fromUtf8(line));
        } else if (line.startsWith("finished ")) {
            r.finished = true;
        } else if (line.startsWith("view ") && words.size() >= 2) {
            r.viewFingerprint = QString::fromUtf8(words[1]);
            r.viewOrder = words.size() > 2 ? QString::fromUtf8(words[2]) : QString();
        }
    }
    return r;
}

std::unique_ptr<QProcess> startStormDriver(const QString &file, const QStringList &options)
{
    auto driver = std::make_unique<QProcess>();
    driver->setProcessEnvironment(cliEnvironment());
    driver->start(stormDriverPath(), QStringList{file} + options);
    return driver;
}

bool waitForDriverLine(QProcess &driver, QByteArray *output, const QByteArray &prefix,
                       int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    auto arrived = [&] {
        output->append(driver.readAllStandardOutput());
        return output->startsWith(prefix) || output->contains('\n' + prefix);
    };
    while (!arrived()) {
        if (deadline.hasExpired() || driver.state() == QProcess::NotRunning)
            return arrived();
        driver.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

} // namespace rostrum::systemtest
