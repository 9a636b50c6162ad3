#include "webserver.h"

#include "guardedtcpserver.h"
#include "pagestrings.h"
#include "records/listjson.h"
#include "records/statusjson.h"
#include "session/meetingsession.h"
#include "webacts.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace rostrum::web {

namespace {
const QStringList &pages()
{
    static const QStringList names = {
        QStringLiteral("timer"), QStringLiteral("room"),    QStringLiteral("booth"),
        QStringLiteral("list"),  QStringLiteral("control"),
    };
    return names;
}

QByteArray contentTypeOf(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (name.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (name.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    if (name.endsWith(QLatin1String(".png")))
        return "image/png";
    return "application/octet-stream";
}

// A file of the pages' folder, or a 404. Names are looked up, never joined into a path.
WebReply resourceFile(const QString &name)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9-]+\\.(html|js|css|svg|png)$"));
    QFile file(QStringLiteral(":/web/pages/") + name);
    if (!safe.match(name).hasMatch() || !file.open(QIODevice::ReadOnly))
        return WebReply::error(404, WebServer::tr("There is no such page."));
    return {200, contentTypeOf(name), file.readAll(), {}};
}

QByteArray tokenOf(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value("authorization");
    if (authorization.startsWith("Bearer "))
        return authorization.mid(7).trimmed();
    return request.query().queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded).toLatin1();
}

QString addressText(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : address.toString();
}

// A page of another site may not act with a link it found: a browser names the page's origin,
// and it must be this server's.
bool fromAnotherSite(const QHttpServerRequest &request)
{
    const QByteArray origin = request.value("origin");
    if (origin.isEmpty())
        return false; // not a browser's page: curl, a Stream Deck, a script
    const QByteArray host = request.value("host");
    return origin != "http://" + host && origin != "https://" + host;
}
} // namespace

WebServer::WebServer(MeetingSession &session, AccessTokens tokens, Options options, QObject *parent)
    : QAbstractHttpServer(parent), m_session(session), m_tokens(std::move(tokens)),
      m_options(std::move(options)), m_live(session, m_options.limits)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &WebServer::takeWebSockets);
    connect(&m_live, &LiveState::connectionsChanged, this, &WebServer::connectionsChanged);
}

WebServer::~WebServer() = default;

bool WebServer::start(QString *error)
{
    m_listener = new GuardedTcpServer(m_options.limits, m_wrongTokens, this);
    connect(m_listener, &GuardedTcpServer::notice, this, &WebServer::notice);
    if (!m_listener->listen(m_options.address, m_options.port)) {
        if (error)
            *error = tr("Cannot serve on %1 port %2: %3.")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    bind(m_listener);
    return true;
}

QUrl WebServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(!m_options.shownHost.isEmpty() ? m_options.shownHost
                : m_listener                   ? addressText(m_listener->serverAddress())
                                               : addressText(m_options.address));
    url.setPort(m_listener ? m_listener->serverPort() : m_options.port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString WebServer::homePageOf(WebRole role)
{
    return role == WebRole::Viewer ? QStringLiteral("timer") : QStringLiteral("control");
}

QUrl WebServer::linkTo(const QString &page, WebRole role) const
{
    QUrl url = baseUrl();
    url.setPath(QLatin1Char('/') + page);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("t"), m_tokens.tokenOf(role));
    url.setQuery(query);
    return url;
}

void WebServer::useTokens(AccessTokens tokens)
{
    m_tokens = std::move(tokens);
    m_live.closeAll();
}

QString WebServer::actorFor(const QHttpServerRequest &request, WebRole role) const
{
    return QStringLiteral("web:%1@%2").arg(webRoleKey(role), addressText(request.remoteAddress()));
}

std::optional<WebRole> WebServer::roleFor(const QHttpServerRequest &request, bool isView,
                                          WebReply *refusal)
{
    const QByteArray token = tokenOf(request);
    if (token.isEmpty()) {
        if (isView && m_options.publicViews)
            return WebRole::Viewer;
        *refusal = WebReply::error(401, tr("This page needs the link with its key (…?t=…)."));
        return std::nullopt;
    }
    if (const auto role = m_tokens.roleOf(token))
        return role;
    const QHostAddress address = request.remoteAddress();
    if (m_wrongTokens.record(address))
        emit notice(tr("Web views: %1 wrong keys from %2; its requests are slowed down.")
                        .arg(m_wrongTokens.countFor(address))
                        .arg(addressText(address)));
    *refusal = WebReply::error(401, tr("This link is not valid: it may have been revoked. Ask "
                                       "the secretariat for a new one."));
    return std::nullopt;
}

bool WebServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray upgrade = request.value("upgrade");
    if (!upgrade.isEmpty()) {
        if (upgrade.compare("websocket", Qt::CaseInsensitive) == 0 &&
            acceptWebSocket(request, socket))
            return true; // Qt's WebSocket server takes the connection over
        if (!m_refusedUpgrade)
            m_refusedUpgrade = WebReply::error(400, tr("Only a WebSocket at /ws is served."));
        return false; // missingHandler() sends the refusal
    }
    answer(request, socket).writeTo(socket);
    return true;
}

void WebServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    const WebReply reply =
        m_refusedUpgrade.value_or(WebReply::error(404, tr("There is no such page.")));
    m_refusedUpgrade.reset();
    reply.writeTo(socket);
}

bool WebServer::acceptWebSocket(const QHttpServerRequest &request, QTcpSocket *)
{
    m_refusedUpgrade.reset();
    if (request.url().path() != QLatin1String("/ws")) {
        m_refusedUpgrade = WebReply::error(404, tr("There is no such page."));
        return false;
    }
    if (fromAnotherSite(request)) {
        m_refusedUpgrade = WebReply::error(403, tr("Requests from pages of other sites are "
                                                   "refused."));
        return false;
    }
    // A wrong or missing key is still counted here, but the page is told by the WebSocket's own
    // close code (4001, see takeWebSockets()): a refused upgrade looks to a browser like a
    // server that is down, and the page would try again and again.
    WebReply refusal;
    roleFor(request, true, &refusal);
    return true;
}

void WebServer::takeWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        // The token was checked before the upgrade; it is read again from the same URL, since
        // Qt's server does not say which request a WebSocket came from.
        const QUrlQuery query(socket->requestUrl());
        const QByteArray token =
            query.queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded).toLatin1();
        const auto role = token.isEmpty() && m_options.publicViews
                              ? std::optional<WebRole>(WebRole::Viewer)
                              : m_tokens.roleOf(token);
        if (!role) {
            socket->close(QWebSocketProtocol::CloseCode(4001), QStringLiteral("invalid link"));
            socket.release()->deleteLater();
            continue;
        }
        m_live.add(std::move(socket), *role);
    }
}

WebReply WebServer::answer(const QHttpServerRequest &request, QTcpSocket *)
{
    const QString path = request.url().path();
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    auto notAllowed = [](const QByteArray &allow) {
        WebReply reply = WebReply::error(405, tr("This address does not take that method."));
        reply.headers.append({"Allow", allow});
        return reply;
    };

    if (path.startsWith(QLatin1String("/api/acts/"))) {
        if (!isPost)
            return notAllowed("POST");
        return answerAct(request, path.mid(int(qstrlen("/api/acts/"))));
    }
    if (!isGet)
        return notAllowed("GET");
    if (path == QLatin1String("/")) {
        WebReply reply{303, "text/plain; charset=utf-8", {}, {}};
        QUrl to = request.url();
        to.setPath(QStringLiteral("/timer"));
        reply.headers.append(
            {"Location", to.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8()});
        return reply;
    }
    if (path.startsWith(QLatin1String("/assets/")))
        return resourceFile(path.mid(int(qstrlen("/assets/"))));
    if (path == QLatin1String("/api/strings")) {
        const QString lang = request.query().queryItemValue(QStringLiteral("lang"));
        return WebReply::json(PageStrings::forLanguage(lang));
    }

    WebReply refusal;
    const QString page = path.mid(1);
    const bool isPage = pages().contains(page);
    const bool isView = isPage || path == QLatin1String("/api/status") ||
                        path == QLatin1String("/api/list") || path == QLatin1String("/api/whoami");
    if (!isView)
        return WebReply::error(404, tr("There is no such page."));
    const auto role = roleFor(request, true, &refusal);
    if (!role)
        return refusal;
    if (isPage)
        return resourceFile(page + QStringLiteral(".html"));
    if (path == QLatin1String("/api/status"))
        return WebReply::json(statusJson(statusOf(m_session)));
    if (path == QLatin1String("/api/list")) {
        const bool all =
            request.query().queryItemValue(QStringLiteral("all")) == QLatin1String("1");
        return WebReply::json(listJson(listRows(m_session, all), m_session.meeting()));
    }
    return WebReply::json(QJsonObject{
        {QStringLiteral("role"), webRoleKey(*role)},
        {QStringLiteral("acts"), QJsonArray::fromStringList(webActsOf(*role))},
    });
}

WebReply WebServer::answerAct(const QHttpServerRequest &request, const QString &act)
{
    if (!allWebActs().contains(act))
        return WebReply::error(404, tr("There is no act “%1”.").arg(act));
    if (fromAnotherSite(request))
        return WebReply::error(403, tr("Requests from pages of other sites are refused."));
    WebReply refusal;
    const auto role = roleFor(request, false, &refusal);
    if (!role)
        return refusal;
    if (!webRoleMay(*role, act))
        return WebReply::error(403,
                               tr("This link (%1) may not do “%2”.").arg(webRoleName(*role), act));
    // The journal names who acted from where; the session is the console's too.
    const QString ownActor = m_session.actor();
    m_session.setActor(actorFor(request, *role));
    WebReply reply = WebActs::perform(m_session, act, request.body());
    m_session.setActor(ownActor);
    return reply;
}

} // namespace rostrum::web
