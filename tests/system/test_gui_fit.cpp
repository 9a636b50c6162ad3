// Issue 12, finding 9, with the real scale factors: the console is started as a chair starts
// it, with QT_SCALE_FACTOR set before it begins (Qt reads it once), on a meeting with a very
// long title and a speaker paused at time up, and `rostrum --check-fit` says whether every
// text is drawn whole in a window the size of the screen.
#include "clirunner.h"

#include <QDateTime>
#include <QProcess>
#include <QSize>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

#ifdef ROSTRUM_GUI
namespace {
struct FitRun
{
    int exitCode = -1;
    QString out;
};

FitRun checkFit(const QString &home, const QString &file, const QSize &size, const QString &scale)
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), scale);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(ROSTRUM_GUI),
              {file, QStringLiteral("--size"),
               QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
               QStringLiteral("--check-fit")});
    REQUIRE(gui.waitForFinished(60'000));
    return {gui.exitCode(), QString::fromUtf8(gui.readAllStandardOutput())};
}
} // namespace

TEST_CASE("Nothing in the console is clipped at 1366x768 to 2560x1440, at 100, 150 and 200 %",
          "[gui][screens]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("long.rostrum"));
    const QDate today =
        QDateTime::currentDateTime().toTimeZone(QTimeZone("America/New_York")).date();
    runCliOk({QStringLiteral("new"), file, QStringLiteral("--title"),
              QStringLiteral("The responsibility and responsiveness of States to cyberattacks on "
                             "critical infrastructure, with particular attention to hospitals, "
                             "water, power grids and the financial sector"),
              QStringLiteral("--venue"), QStringLiteral("Trusteeship Chamber"),
              QStringLiteral("--date"), today.toString(Qt::ISODate), QStringLiteral("--start"),
              QStringLiteral("00:01"), QStringLiteral("--end"), QStringLiteral("23:59"),
              QStringLiteral("--time-zone"), QStringLiteral("America/New_York"),
              QStringLiteral("--council"), QStringLiteral("France;Ghana;Japan")});
    runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
              QStringLiteral("United Kingdom"), QStringLiteral("--speaker"),
              QStringLiteral("Dame Barbara Woodward-Smythe of Little Snoring"),
              QStringLiteral("--title"),
              QStringLiteral("Permanent Representative and Special Envoy for Cyber Affairs"),
              QStringLiteral("--on-behalf-of"),
              QStringLiteral("the Group of Friends of the Protection of Critical Infrastructure"),
              QStringLiteral("--group-size"), QStringLiteral("12")});
    for (const char *delegation : {"France", "Ghana", "Japan", "Brazil", "Estonia"})
        runCliOk({QStringLiteral("add"), file, QStringLiteral("--delegation"),
                  QString::fromLatin1(delegation)});
    // Paused at time up: a word with its glyph above the figures (the engine stops taking time
    // at 0:00; tests/ui/test_screensizes.cpp has "PAUSED — OVERTIME" at every size).
    runCliOk({QStringLiteral("start"), file});
    runCliOk({QStringLiteral("add-time"), file, QStringLiteral("-200")});
    runCliOk({QStringLiteral("pause"), file});

    const QSize screens[] = {{1366, 768}, {1920, 1080}, {2560, 1440}};
    const QString scales[] = {QStringLiteral("1"), QStringLiteral("1.5"), QStringLiteral("2")};
    for (const QSize &screen : screens) {
        for (const QString &scale : scales) {
            // A maximised window of that screen, in the scaled pixels the console lays out in.
            const QSize window(int(screen.width() / scale.toDouble()),
                               int(screen.height() / scale.toDouble()));
            const FitRun run = checkFit(dir.path(), file, window, scale);
            INFO(screen.width() << "x" << screen.height() << " at " << scale.toStdString() << "\n"
                                << run.out.toStdString());
            CHECK(run.out.contains(QStringLiteral("readout figures: 0:00")));
            CHECK(run.out.contains(QStringLiteral("readout word: PAUSED — TIME")));
            CHECK(run.out.contains(QStringLiteral("button QToolButton: Undo")));
            CHECK_FALSE(run.out.contains(QStringLiteral("CLIPPED")));
            CHECK(run.exitCode == 0);
        }
    }
}
#endif
