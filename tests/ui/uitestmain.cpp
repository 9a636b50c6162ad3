// The GUI suite's main: widgets need a QApplication, offscreen so no display is required.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
// Every case starts from the settings of a console never run before: what one case leaves there
// (a display left open, a meeting's last heartbeat) must not reopen windows in the next one.
struct FreshSettings : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override { QSettings().clear(); }
};
} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // Never the settings of the person running the tests.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
