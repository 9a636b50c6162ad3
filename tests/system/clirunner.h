#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real rostrum-cli executable, the way a script or a member of staff would.
namespace rostrum::systemtest {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    bool ok() const { return exitCode == 0; }
    QStringList errLines() const; // non-empty lines of standard error
    QString describe() const;     // for INFO(): exit code and both streams
};

QString cliPath();
// "rostrum-cli add FILE ...", for test messages.
QString commandText(const QStringList &arguments);
// The environment every child gets: USER is fixed so the journal's actor is known.
QProcessEnvironment cliEnvironment();
constexpr const char *kTestUser = "systemtest";

CliRun runCli(const QStringList &arguments, int timeoutMs = 60'000);
// The same under a given environment (a TZ of the test's choosing).
CliRun runCliIn(const QProcessEnvironment &environment, const QStringList &arguments,
                int timeoutMs = 60'000);
// Runs and fails the test unless the command succeeded.
CliRun runCliOk(const QStringList &arguments);

QJsonArray listJson(const QString &file, bool all = false);
// `list --all` without what moves with the clock (projected starts, speaking time): the state
// of the list itself, to compare before and after.
QJsonArray listState(const QString &file);
QJsonObject statusJson(const QString &file);
QJsonArray journalJson(const QString &file);
// Creates a meeting with the CLI: today, all day, in New York, with a council of three.
void newMeeting(const QString &file, const QStringList &extra = {});

QByteArray fileBytes(const QString &path);
QDateTime fileMtime(const QString &path);

// The 193 Member States of the built-in directory, in its order.
QStringList memberStates();

} // namespace rostrum::systemtest
