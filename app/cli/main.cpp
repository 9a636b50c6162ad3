// rostrum-cli: every act of the speakers list from the command line. This file only
// dispatches; the commands are in commands.cpp and the *commands.cpp files.
#include "commands.h"
#include "console.h"
#include "help.h"
#include "language/installedlanguage.h"
#include "language/languagechoice.h"
#include "language/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>

using namespace rostrum::cli;
using rostrum::chooseUiLanguage;
using rostrum::LanguageChoice;
using rostrum::LanguageOption;
using rostrum::takeLanguageOption;

namespace {
int runCommand(const Command &command, const QStringList &arguments)
{
    const QString name = QString::fromLatin1(command.name);
    try {
        const CommandLine cl = CommandLine::parse(arguments, command.options);
        if (cl.helpRequested()) {
            out() << commandHelp(command);
            return Success;
        }
        const QStringList expected =
            QString::fromLatin1(command.arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList &given = cl.positionals();
        // "[TEXT]" may be left out ("message FILE --clear"); every other argument is required.
        const qsizetype required =
            std::count_if(expected.cbegin(), expected.cend(),
                          [](const QString &a) { return !a.startsWith(QLatin1Char('[')); });
        if (given.size() < required)
            throw UsageError{
                Tr::tr("missing %1").arg(expected.mid(given.size()).join(QLatin1Char(' ')))};
        if (given.size() > expected.size())
            throw UsageError{Tr::tr("unexpected argument “%1”").arg(given.at(expected.size()))};
        cl.checkRequired(command.options);
        return command.run(cl);
    } catch (const UsageError &e) {
        throw UsageError{Tr::tr("%1: %2 (see “rostrum-cli help %1”)").arg(name, e.message)};
    }
}

int dispatch(const QStringList &args)
{
    if (args.isEmpty())
        throw UsageError{Tr::tr("no command given (see “rostrum-cli --help”)")};
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        if (args.size() > 2)
            throw UsageError{Tr::tr("help takes at most one command")};
        if (args.size() == 2) {
            const Command *command = findCommand(args.at(1));
            if (!command)
                throw UsageError{
                    Tr::tr("there is no command “%1” (see “rostrum-cli --help”)").arg(args.at(1))};
            out() << commandHelp(*command);
        } else {
            out() << overviewHelp();
        }
        return Success;
    }
    if (first == QLatin1String("--version")) {
        out() << QStringLiteral("rostrum-cli %1").arg(QCoreApplication::applicationVersion())
              << Qt::endl;
        return Success;
    }
    const Command *command = findCommand(first);
    if (!command)
        throw UsageError{Tr::tr("there is no command “%1” (see “rostrum-cli --help”)").arg(first)};
    return runCommand(*command, args.mid(1));
}
} // namespace

namespace {
LanguageOption takeLeadingLanguageOption(const QStringList &arguments)
{
    int leading = 0;
    while (leading < arguments.size()) {
        const QString &a = arguments.at(leading);
        if (a == QLatin1String("--language"))
            leading += 2;
        else if (a.startsWith(QLatin1String("--language=")))
            leading += 1;
        else
            break;
    }
    leading = std::min(leading, int(arguments.size()));
    LanguageOption found = takeLanguageOption(arguments.mid(0, leading));
    found.rest.append(arguments.mid(leading));
    return found;
}

// Only a PDF needs QtGui (fonts, painting). Every other command keeps the plain core
// application, so it runs where no graphical libraries can start.
bool needsGui(int argc, char **argv)
{
    if (argc < 2 || (std::strcmp(argv[1], "export") != 0 && std::strcmp(argv[1], "report") != 0))
        return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // No window is ever shown: the offscreen platform works without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without XDG_RUNTIME_DIR (cron, ssh) Qt warns on standard error, where scripts expect only
    // errors; give it the private folder it would fall back to anyway.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString user = qEnvironmentVariable("USER", QStringLiteral("rostrum"));
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + user;
        if (QDir().mkpath(dir) &&
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}
// Every error the user sees is rostrum-cli's own one line; Qt's diagnostics ("QFSFileEngine::
// open: No file name specified") would be a second, cryptic line before it. They are shown
// only to someone debugging, with ROSTRUM_DEBUG set.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("ROSTRUM_DEBUG"))
        std::fprintf(stderr, "qt: %s\n", message.toLocal8Bit().constData());
}
} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietQtMessages);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rostrum-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTRUM_VERSION));
    // `--language xx` before the command is the language of the messages (and of the documents
    // export and report write, unless their own --language says otherwise). After the command it
    // is that command's own option: the language of a statement for add.
    const LanguageOption language = takeLeadingLanguageOption(QCoreApplication::arguments().mid(1));
    const LanguageChoice choice = chooseUiLanguage(language.value, QString());
    const rostrum::InstalledLanguage installed(choice.code);
    QLocale::setDefault(rostrum::uiLocale(choice.code));
    setCliLanguage(choice.code);
    if (!choice.error.isEmpty()) {
        printError(choice.error);
        return Usage;
    }
    int code = Success;
    try {
        code = dispatch(language.rest);
    } catch (const UsageError &e) {
        printError(e.message);
        code = Usage;
    } catch (const Refusal &e) {
        printError(e.message);
        code = Refused;
    } catch (const std::exception &e) {
        printError(QString::fromLocal8Bit(e.what()));
        code = Refused;
    }
    out().flush();
    err().flush();
    return code;
}
