// rostrum: the chair's console. Opens a meeting file, the demo meeting, or the last meeting.
#include "chairwindow.h"
#include "clock/clock.h"
#include "consolelanguage.h"
#include "demorehearsal.h"
#include "meeting/demomeeting.h"
#include "recentmeetings.h"
#include "session/demosession.h"
#include "session/meetingsession.h"
#include "textfit.h"
#include "timekeeperdisplay.h"
#ifdef ROSTRUM_BENCH_PROBE
#include "benchprobe.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

using namespace rostrum;

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void fail(const QString &message)
{
    std::fprintf(stderr, "rostrum: %s\n", qPrintable(message));
}

// Qt takes "--display NAME" as the X11 display for itself; ours names the timekeeper's screen.
// The argument is renamed before QApplication sees it, and named back for the parser.
const char kHiddenDisplay[] = "--rostrum-display";

std::vector<QByteArray> shieldDisplayOption(int argc, char **argv)
{
    std::vector<QByteArray> args;
    for (int i = 0; i < argc; ++i) {
        QByteArray a(argv[i]);
        if (a == "--display" || a.startsWith("--display="))
            a.replace(0, int(qstrlen("--display")), kHiddenDisplay);
        args.push_back(a);
    }
    return args;
}

// QCommandLineParser has no options with an optional value: "--display" alone, or followed by
// another option or by the meeting file, means "the best screen".
QStringList withDisplayValue(QStringList args)
{
    const QString hidden = QString::fromLatin1(kHiddenDisplay);
    for (int i = 1; i < args.size(); ++i) {
        if (args[i].startsWith(hidden))
            args[i].replace(0, hidden.size(), QStringLiteral("--display"));
        if (args[i] != QLatin1String("--display"))
            continue;
        const bool hasValue = i + 1 < args.size() && !args[i + 1].startsWith(QLatin1Char('-')) &&
                              !args[i + 1].endsWith(QLatin1String(".rostrum")) &&
                              !QFileInfo::exists(args[i + 1]);
        if (!hasValue)
            args[i] = QStringLiteral("--display=auto");
    }
    return args;
}

// The demo as the chair tries it, dated by the console's clock (the fake one for screenshots):
// starting within minutes, or, rehearsed, on the clock's day at its own hours.
std::unique_ptr<MeetingSession> createDemo(const Clock &clock, qint64 offsetMs)
{
    QString error;
    auto session = DemoSession::create(DemoSession::freshPath(clock), offsetMs, clock,
                                       QStringLiteral("console"), &error);
    if (!session)
        fail(Tr::tr("the demo meeting cannot be created: %1").arg(error));
    else if (!error.isEmpty())
        fail(Tr::tr("demo inscription refused: %1").arg(error));
    return session;
}

bool saveGrab(QWidget *widget, const QString &path)
{
    if (!widget->grab().save(path)) {
        fail(Tr::tr("cannot write %1").arg(path));
        return false;
    }
    return true;
}

// --check-fit: one line per text of the console (and of the display when open), whether it is
// drawn whole at this size and scale; false when any is clipped or the window had to grow.
bool reportFit(const QWidget *window, const QSize &asked)
{
    bool ok = true;
    const QString sized = QStringLiteral("window %1x%2").arg(window->width()).arg(window->height());
    const bool grew = asked.isValid() && window->size() != asked;
    std::printf("%s  %s%s\n", grew ? "CLIPPED" : "fits   ", qPrintable(sized),
                grew ? qPrintable(QStringLiteral(" (asked %1x%2: its minimum is larger)")
                                      .arg(asked.width())
                                      .arg(asked.height()))
                     : "");
    ok = !grew;
    for (const QWidget *w : QApplication::topLevelWidgets()) {
        if (w != window && (!w->isVisible() || w->parentWidget() != window))
            continue;
        for (const TextFit &fit : textFitsOf(w)) {
            std::printf("%s\n", qPrintable(fit.describe()));
            ok = ok && fit.fits();
        }
    }
    std::fflush(stdout);
    return ok;
}
} // namespace

namespace {
// --help and --version only print: over ssh, or in help2man's build of the man page, there may
// be no screen, and the console must not abort for want of one it does not need.
void printWithoutScreen(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
        qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}
} // namespace

int main(int argc, char **argv)
{
    printWithoutScreen(argc, argv);
    std::vector<QByteArray> shielded = shieldDisplayOption(argc, argv);
    std::vector<char *> shieldedArgv;
    for (QByteArray &a : shielded)
        shieldedArgv.push_back(a.data());
    shieldedArgv.push_back(nullptr);
    int shieldedArgc = argc;
    QApplication app(shieldedArgc, shieldedArgv.data());
    QApplication::setApplicationName(QStringLiteral("Rostrum"));
    QApplication::setOrganizationName(QStringLiteral("Rostrum"));
    QApplication::setApplicationVersion(QStringLiteral(ROSTRUM_VERSION));
    const ConsoleLanguage language(QCoreApplication::arguments());
    if (!language.error().isEmpty()) {
        fail(language.error());
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The chair's console for speakers lists and speaking time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Tr::tr("The meeting file to open. Without it, the last meeting "
                                        "reopens."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("Open a fresh copy of the demo meeting (the seed UNSC "
                                         "Arria-formula meeting), held today and starting within "
                                         "minutes."));
    QCommandLineOption demoLive(QStringLiteral("demo-live"),
                                Tr::tr("With --demo: hold the meeting at its own hours on the "
                                       "clock's day and play it forward to the clock's time, "
                                       "so it opens mid-meeting."));
    demoLive.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption display(
        QStringLiteral("display"),
        Tr::tr("Also open the timekeeper's display, on SCREEN (a name such as HDMI-1, or an index "
               "from 0); alone, on the second screen when there is one."),
        QStringLiteral("SCREEN"));
    const QCommandLineOption fakeClock(QStringLiteral("fake-clock"),
                                       Tr::tr("Freeze the clock at this instant (ISO 8601, e.g. "
                                              "2023-05-25T16:12:00-04:00), for screenshots."),
                                       QStringLiteral("ISO8601"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Tr::tr("Save the window to OUT.png once it is laid out, "
                                               "then quit; with --display, the display too, to "
                                               "OUT-display.png."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption size(
        QStringLiteral("size"), Tr::tr("The window's size, e.g. 1366x768."), QStringLiteral("WxH"));
    QCommandLineOption checkFit(QStringLiteral("check-fit"),
                                Tr::tr("Say whether every text of the console is drawn whole "
                                       "once it is laid out, then quit (1 if any is clipped)."));
    checkFit.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        Tr::tr("Speak this language (%1) instead of the one View > Language chose or the "
               "system's.")
            .arg(spokenLanguageCodes()),
        QStringLiteral("CODE"));
    parser.addOptions(
        {demo, demoLive, display, fakeClock, screenshot, size, checkFit, languageOption});
    parser.process(withDisplayValue(QCoreApplication::arguments()));

    std::unique_ptr<Clock> clock;
    ManualClock *manual = nullptr;
    qint64 fakeInstant = 0;
    if (parser.isSet(fakeClock)) {
        const QDateTime at = QDateTime::fromString(parser.value(fakeClock), Qt::ISODate);
        if (!at.isValid()) {
            fail(Tr::tr(
                "--fake-clock needs an ISO 8601 instant, such as 2023-05-25T16:12:00-04:00"));
            return 2;
        }
        fakeInstant = at.toMSecsSinceEpoch();
        // A rehearsed demo starts before the meeting and plays forward to the instant.
        const qint64 dayStart =
            DemoMeeting::meeting(DemoMeeting::offsetToDayOf(fakeInstant)).scheduledStartUtcMs();
        const qint64 origin =
            parser.isSet(demoLive) ? std::min(fakeInstant, dayStart - 300'000) : fakeInstant;
        auto m = std::make_unique<ManualClock>(origin);
        manual = m.get();
        clock = std::move(m);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    ChairWindow window(*clock);
    QSize askedSize;
    if (parser.isSet(size)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!m.hasMatch()) {
            fail(Tr::tr("--size needs WIDTHxHEIGHT, such as 1366x768"));
            return 2;
        }
        askedSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        window.resize(askedSize);
    } else if (!window.restoreRememberedGeometry()) {
        window.resize(1366, 740);
    }

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(demo)) {
        const bool rehearsed = parser.isSet(demoLive) && manual;
        const qint64 offset = rehearsed ? DemoMeeting::offsetToDayOf(fakeInstant)
                                        : DemoMeeting::offsetToStartSoonAfter(clock->utcMs());
        auto session = createDemo(*clock, offset);
        if (!session)
            return 1;
        if (parser.isSet(demoLive))
            rehearseDemo(*session, manual, fakeInstant);
        window.setSession(std::move(session));
    } else if (!files.isEmpty()) {
        window.openMeeting(files.first());
    } else if (const QString last = RecentMeetings::last(); !last.isEmpty()) {
        QString error;
        if (!window.openMeeting(last, &error))
            window.statusBar()->showMessage(error);
    } else if (const QStringList recent = RecentMeetings::list(); !recent.isEmpty()) {
        // The start page shows, and says why the last meeting did not reopen.
        window.statusBar()->showMessage(Tr::tr("The last meeting, %1, is no longer there.")
                                            .arg(QDir::toNativeSeparators(recent.first())));
    }
    window.show();

    if (parser.isSet(display) && window.session()) {
        QString screen = parser.value(display);
        const bool second = QGuiApplication::screens().size() > 1;
        const bool automatic = screen == QLatin1String("auto");
        if (automatic)
            screen = second ? QStringLiteral("1") : QString();
        // Full screen on a screen of its own; a window beside the console on a single screen.
        window.showTimekeeper(screen, automatic ? second : true);
    }

#ifdef ROSTRUM_BENCH_PROBE
    // Only in the console scripts/bench builds (ROSTRUM_BUILD_BENCH), and even there only when
    // it asks through the environment; the shipped console has no probe in it.
    installBenchProbe(window);
#endif

    if (parser.isSet(checkFit)) {
        QTimer::singleShot(600, &app, [&window, askedSize] {
            QCoreApplication::exit(reportFit(&window, askedSize) ? 0 : 1);
        });
    } else if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        QTimer::singleShot(1200, &app, [&window, out] {
            bool ok = saveGrab(&window, out);
            if (TimekeeperDisplay *d = window.timekeeperDisplay(); d && d->isVisible()) {
                const QFileInfo info(out);
                ok =
                    saveGrab(d, info.dir().filePath(info.completeBaseName() +
                                                    QStringLiteral("-display.") + info.suffix())) &&
                    ok;
            }
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
