// The one Catch2 main of every suite: a QCoreApplication must exist for Qt's SQL driver and
// for translated strings; the GUI suite makes its own QApplication instead.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
