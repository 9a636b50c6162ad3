#include "console.h"
#include "handlers.h"
#include "meetingfile.h"
#include "webserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace rostrum::cli {

namespace {
// Ctrl+C and a TERM end the serving cleanly, so the session closes the file as after any
// command: the signal handler only writes a byte, which the event loop reads.
int g_stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_stopPipe[1], &byte, 1);
}

void quitOnStopSignals(QObject *owner)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_stopPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner,
                     [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// Fills in what the command line says; a procedure, because lupdate takes a definition that
// starts with a qualified type for a member of it, and files the texts under the wrong context.
void readServeOptions(const CommandLine &cl, web::WebServer::Options &options)
{
    if (cl.has("bind")) {
        const QString text = cl.value("bind").trimmed();
        if (!options.address.setAddress(text))
            throw UsageError{Tr::tr("--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, "
                                    "not “%1”")
                                 .arg(text)};
    }
    options.port = 8080;
    if (cl.has("port")) {
        const int port = parseCount(cl.value("port"), QStringLiteral("--port"));
        if (port > 65535)
            throw UsageError{Tr::tr("--port must be from 0 to 65535")};
        options.port = quint16(port);
    }
    options.publicViews = cl.has("public-views");
}
} // namespace

int runServe(const CommandLine &cl)
{
    web::WebServer::Options options;
    readServeOptions(cl, options);
    const auto session = openMeeting(cl.positionals().at(0));
    // Another program's acts reach the pages as soon as the file shows them.
    session->watchFile(50);
    QString error;
    auto tokens = web::AccessTokens::forMeeting(*session, cl.has("new-links"), &error);
    if (!tokens)
        throw Refusal{error};
    web::WebServer server(*session, std::move(*tokens), options);
    if (!server.start(&error))
        throw Refusal{error};
    QObject::connect(&server, &web::WebServer::notice, &server,
                     [](const QString &line) { printError(line); });
    QString base = server.baseUrl().toString();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    out() << Tr::tr("Serving \"%1\" on %2").arg(shown(session->meeting().title), base) << Qt::endl;
    for (const web::WebRole role : web::allWebRoles()) {
        out() << web::webRoleKey(role) << QStringLiteral(": ")
              << server.linkTo(web::WebServer::homePageOf(role), role).toString() << Qt::endl;
    }
    out().flush();
    quitOnStopSignals(&server);
    QCoreApplication::exec();
    return Success;
}

} // namespace rostrum::cli
