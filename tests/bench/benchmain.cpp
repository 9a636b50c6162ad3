// rostrum-bench: measures every figure of docs/BENCHMARKS.md against a floor measured in the
// same run, prints the table, and writes it as Markdown. scripts/bench builds, starts the X
// server, and calls this; see there for the usual way to run it.
#include "corefigures.h"
#include "guifigures.h"
#include "importfigures.h"
#include "lockstall.h"
#include "report.h"
#include "serverfigures.h"
#include "webfigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace rostrum::bench;

namespace {
void say(const QString &text)
{
    std::fprintf(stderr, "rostrum-bench: %s\n", qPrintable(text));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Folder for the files."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption rostrum(QStringLiteral("rostrum"),
                                     QStringLiteral("The console binary (GUI figures)."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("The minimal window binary (GUI figures)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption cli(QStringLiteral("cli"),
                                 QStringLiteral("rostrum-cli, which serves the web figures."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Write the table and machine here."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Fewer repetitions and a 10 s countdown, for "
                                                  "development; never the recorded run."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral(
            "core, gui, web, or one figure: act, scale, open, import, start, rss, countdown, "
            "lock, fanout, server (for profiling one under callgrind)."),
        QStringLiteral("PART"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral(
            "A PostgreSQL database for the server figures (postgresql://USER@HOST:PORT/DB)."),
        QStringLiteral("URL"));
    parser.addOptions({work, rostrum, window, cli, markdown, quick, only, server});
    parser.process(app);

    const QString workDir =
        QDir(parser.value(work).isEmpty() ? QDir::tempPath() : parser.value(work)).absolutePath();
    QDir().mkpath(workDir);
    // The children's runtime folder (XDG_RUNTIME_DIR) must be private, or Qt warns each start.
    QDir().mkpath(workDir + QStringLiteral("/runtime"));
    QFile::setPermissions(workDir + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const bool fast = parser.isSet(quick);
    const QString part = parser.value(only);
    auto wanted = [&](const char *group, const char *figure) {
        return part.isEmpty() || part == QLatin1String(group) || part == QLatin1String(figure);
    };
    QVector<Figure> figures;
    QString error;
    auto keep = [&](const Figure &f) {
        if (!error.isEmpty()) {
            say(QStringLiteral("%1: %2").arg(f.name, error));
            error.clear();
        }
        if (f.measured.values.isEmpty() || f.floor.values.isEmpty())
            return false;
        figures.append(f);
        std::fprintf(stderr, "%s", qPrintable(plainTable({f})));
        return true;
    };

    bool ok = true;
    if (wanted("core", "act") || wanted("core", "scale") || wanted("core", "open") ||
        wanted("core", "import")) {
        CoreOptions core;
        core.workDir = workDir;
        if (fast) {
            core.actRepetitions = 60;
            core.scaleRepetitions = 30;
            core.openRepetitions = 15;
            core.importRepetitions = 1;
        }
        say(QStringLiteral("core figures in %1").arg(workDir));
        if (wanted("core", "act"))
            ok = keep(durableAct(core, &error)) && ok;
        if (wanted("core", "scale"))
            ok = keep(actAtScale(core, &error)) && ok;
        if (wanted("core", "open")) {
            const OpenFigures open = openLargeMeeting(core, &error);
            ok = keep(open.againstEmpty) && ok;
            ok = keep(open.journalOnly) && ok;
        }
        if (wanted("core", "import"))
            ok = keep(importAtScale(core, &error)) && ok;
    }
    int actsLost = 0;
    if (wanted("gui", "start") || wanted("gui", "rss") || wanted("gui", "countdown") ||
        wanted("gui", "lock")) {
        GuiOptions gui;
        gui.rostrum = parser.value(rostrum);
        gui.minimalWindow = parser.value(window);
        gui.workDir = workDir;
        if (fast) {
            gui.startRepetitions = 5;
            gui.rssRepetitions = 3;
            gui.countdownSeconds = 10;
        }
        if (gui.rostrum.isEmpty() || gui.minimalWindow.isEmpty() ||
            qEnvironmentVariableIsEmpty("DISPLAY")) {
            say(QStringLiteral("the GUI figures need --rostrum, --window and an X server in "
                               "$DISPLAY"));
            ok = false;
        } else {
            say(QStringLiteral("console figures on display %1")
                    .arg(qEnvironmentVariable("DISPLAY")));
            if (wanted("gui", "start"))
                ok = keep(coldStart(gui, &error)) && ok;
            if (wanted("gui", "rss"))
                ok = keep(peakRss(gui, &error)) && ok;
            if (wanted("gui", "countdown")) {
                say(QStringLiteral("a running countdown for %1 s").arg(gui.countdownSeconds));
                const CountdownFigures countdown = runningCountdown(gui, &error);
                ok = keep(countdown.cpu) && ok;
                ok = keep(countdown.lag) && ok;
            }
            if (wanted("gui", "lock")) {
                say(QStringLiteral("another program holds the write lock for %1 s")
                        .arg(gui.lockSeconds));
                const LockStallFigures lock = lockStall(gui, &error);
                // Without an act kept in memory the lock never held the console back, and the
                // figure says nothing about it: a run that could not measure, not a met target.
                ok = keep(lock.stall) && lock.mostKept > 0 && ok;
                if (!lock.stall.measured.values.isEmpty()) {
                    const Figure &f = lock.stall;
                    say(QStringLiteral("%1: max %2 ms, p99 %3 ms (target <= %4 ms); with no "
                                       "lock holder: max %5 ms, p99 %6 ms")
                            .arg(f.name)
                            .arg(f.measured.max(), 0, 'f', 1)
                            .arg(f.measured.p99(), 0, 'f', 1)
                            .arg(f.target, 0, 'f', 0)
                            .arg(f.floor.max(), 0, 'f', 1)
                            .arg(f.floor.p99(), 0, 'f', 1));
                    say(QStringLiteral("acts lost: %1 of %2 made while the lock was held; the "
                                       "longest stall ended %3 s after the lock was taken, "
                                       "which was let go at %4 s")
                            .arg(lock.actsLost)
                            .arg(lock.actsSent)
                            .arg(lock.longestAtS, 0, 'f', 2)
                            .arg(lock.releasedAtS, 0, 'f', 2));
                    actsLost = lock.actsLost;
                }
            }
        }
    }

    if (wanted("web", "fanout")) {
        WebOptions web;
        web.cli = parser.value(cli);
        web.pageScript = QStringLiteral(ROSTRUM_SOURCE_DIR "/tests/bench/webpagefigures.py");
        web.workDir = workDir;
        if (fast) {
            web.acts = 10;
            web.pageSeconds = 10;
        }
        if (web.cli.isEmpty()) {
            say(QStringLiteral("the web figures need --cli"));
            ok = false;
        } else {
            say(QStringLiteral("web figures: %1 pages, then /timer in Chromium for %2 s")
                    .arg(web.clients)
                    .arg(web.pageSeconds));
            const WebFigures measuredWeb = webFigures(web, &error);
            ok = keep(measuredWeb.fanOut) && ok;
            ok = keep(measuredWeb.flips) && ok;
            ok = keep(measuredWeb.timerCpu) && ok;
        }
    }

    if (wanted("server", "server")) {
        ServerOptions options;
        options.url = parser.value(server);
        options.workDir = workDir;
        if (fast) {
            options.actRepetitions = 60;
            options.notifyRepetitions = 60;
            options.actsPerConsole = 8;
        }
        if (options.url.isEmpty()) {
            say(QStringLiteral("the server figures need --server"));
            ok = false;
        } else {
            say(QStringLiteral("server figures on %1").arg(options.url));
            const ServerFigures measuredServer = serverFigures(options, &error);
            ok = keep(measuredServer.act) && ok;
            ok = keep(measuredServer.toOtherConsole) && ok;
            ok = keep(measuredServer.underLoad) && ok;
        }
    }

    const QString machine = machineDescription(workDir);
    std::printf("\n%s\n%s\n", qPrintable(plainTable(figures)), qPrintable(machine));
    if (parser.isSet(markdown)) {
        QFile out(parser.value(markdown));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            say(QStringLiteral("cannot write %1").arg(out.fileName()));
            return 1;
        }
        QString text = markdownTable(figures);
        if (fast)
            text += QStringLiteral("\n\n*A --quick run: fewer repetitions, a 10 s countdown.*");
        out.write((text + QStringLiteral("\n\nMachine: ") + machine + QLatin1Char('\n')).toUtf8());
    }
    // A lost act is a missed target whatever the stall.
    int missed = actsLost != 0 ? 1 : 0;
    for (const Figure &f : figures)
        missed += f.met() ? 0 : 1;
    if (!ok)
        return 2;
    return missed == 0 ? 0 : 1;
}
