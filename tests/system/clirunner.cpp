#include "clirunner.h"

#include "meeting/directory.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace rostrum::systemtest {

QStringList CliRun::errLines() const
{
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
}

QString cliPath()
{
    return QStringLiteral(ROSTRUM_CLI);
}

QString commandText(const QStringList &arguments)
{
    return QStringLiteral("rostrum-cli ") + arguments.join(QLatin1Char(' '));
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QString::fromLatin1(kTestUser));
    return env;
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    return runCliIn(cliEnvironment(), arguments, timeoutMs);
}

CliRun runCliIn(const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    const bool finished = process.waitForStarted(timeoutMs) && process.waitForFinished(timeoutMs);
    INFO(commandText(arguments).toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliRun runCliOk(const QStringList &arguments)
{
    const CliRun run = runCli(arguments);
    INFO(commandText(arguments).toStdString());
    INFO(run.describe().toStdString());
    REQUIRE(run.ok());
    REQUIRE(run.err.isEmpty());
    return run;
}

namespace {
QJsonDocument parsed(const CliRun &run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}
} // namespace

QJsonArray listJson(const QString &file, bool all)
{
    QStringList args = {QStringLiteral("list"), file, QStringLiteral("--format"),
                        QStringLiteral("json")};
    if (all)
        args.append(QStringLiteral("--all"));
    const QJsonDocument doc = parsed(runCliOk(args));
    REQUIRE(doc.isArray());
    return doc.array();
}

QJsonArray listState(const QString &file)
{
    QJsonArray state;
    for (const auto &v : listJson(file, true)) {
        QJsonObject entry = v.toObject();
        entry.remove(QStringLiteral("projected_start"));
        entry.remove(QStringLiteral("spoken_s"));
        state.append(entry);
    }
    return state;
}

QJsonObject statusJson(const QString &file)
{
    const QJsonDocument doc = parsed(runCliOk(
        {QStringLiteral("status"), file, QStringLiteral("--format"), QStringLiteral("json")}));
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray journalJson(const QString &file)
{
    const QJsonDocument doc =
        parsed(runCliOk({QStringLiteral("journal"), file, QStringLiteral("--limit"),
                         QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")}));
    REQUIRE(doc.isArray());
    return doc.array();
}

void newMeeting(const QString &file, const QStringList &extra)
{
    const QString zone = QStringLiteral("America/New_York");
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone(zone.toUtf8())).date();
    runCliOk(QStringList{QStringLiteral("new"), file, QStringLiteral("--title"),
                         QStringLiteral("System test"), QStringLiteral("--date"),
                         today.toString(Qt::ISODate), QStringLiteral("--start"),
                         QStringLiteral("00:01"), QStringLiteral("--end"), QStringLiteral("23:59"),
                         QStringLiteral("--time-zone"), zone, QStringLiteral("--council"),
                         QStringLiteral("France;Ghana;Japan")} +
             extra);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QDateTime fileMtime(const QString &path)
{
    return QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
}

QStringList memberStates()
{
    QStringList names;
    for (const Directory::Delegation &d : Directory::builtIn().all()) {
        if (d.kind == Directory::Kind::MemberState)
            names.append(d.name);
    }
    return names;
}

} // namespace rostrum::systemtest
