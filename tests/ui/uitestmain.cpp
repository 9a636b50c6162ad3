// The GUI suite's main: widgets need a QApplication, offscreen so no display is required. The
// suite speaks a language as the console does at start (ConsoleLanguage): `--language xx`, else
// the environment's. tests/ui/CMakeLists.txt runs every case in English and in Arabic.
#define CATCH_CONFIG_RUNNER
#include "consolelanguage.h"
#include "settingskeys.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstdio>
#include <vector>

namespace {
// Every case starts from the settings of a console never run before: what one case leaves there
// (a display left open, a meeting's last heartbeat) must not reopen windows in the next one.
// The language is not among them: it was installed once, at start, for the whole run.
// Its chimes are off (View → Chimes): the suite has no sound output, and a console that chimes
// would say so above every list; the cases about the chimes turn them on.
struct FreshSettings : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override
    {
        QSettings().clear();
        QSettings().setValue(rostrum::SettingsKeys::chimesOn(), false);
    }
};
} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    // Never the sound output of the person running the tests, nor a chime from their speakers:
    // no machine running the suite has a sound server at this address.
    qputenv("PULSE_SERVER", "unix:/nonexistent/rostrum-ui-tests/pulse");
    QApplication app(argc, argv);
    // Never the settings of the person running the tests.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    // The console's own choice (nothing is saved yet): its translators, its locale and its
    // direction, right to left in Arabic, for the whole run.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const rostrum::ConsoleLanguage language(arguments);
    if (!language.error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(language.error()));
        return 2;
    }
    // Catch reads the rest: the cases and its own options.
    std::vector<QByteArray> rest;
    for (const QString &a : rostrum::takeLanguageOption(arguments).rest)
        rest.push_back(a.toLocal8Bit());
    std::vector<char *> restArgv;
    for (QByteArray &a : rest)
        restArgv.push_back(a.data());
    return Catch::Session().run(int(restArgv.size()), restArgv.data());
}
