#pragma once

#include "accesstokens.h"
#include "livestate.h"
#include "weblimits.h"
#include "webreply.h"
#include "wrongtokens.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>
#include <optional>

namespace rostrum {
class MeetingSession;
}

namespace rostrum::web {

class GuardedTcpServer;

// The meeting on every screen in the room: the pages (/timer, /room, /booth, /list, /control),
// the API (/api/...) and the live state (/ws), served over the one session of the console or
// of `rostrum-cli serve` (docs/API.md). Every act from a page is one act of that session,
// journaled as "web:ROLE@ADDRESS"; every page needs its role's token, unless the views are
// public, and then only the views are.
class WebServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        bool publicViews = false;
        // The host the links name, when it is not the address listened on (0.0.0.0 listens
        // on every network; a link must name one of them).
        QString shownHost;
        WebLimits limits;
    };

    WebServer(MeetingSession &session, AccessTokens tokens, Options options,
              QObject *parent = nullptr);
    ~WebServer() override;

    // Listens; false, with why in one line, when the address or port cannot be had.
    bool start(QString *error);
    QUrl baseUrl() const;
    // A page's link for a role: http://ADDR:PORT/timer?t=TOKEN.
    QUrl linkTo(const QString &page, WebRole role) const;
    // The page each role's link opens: the timer for viewers, the control page for the others.
    static QString homePageOf(WebRole role);
    // New tokens for every role: every link given out so far stops working at once, and the
    // pages open with them are closed.
    void useTokens(AccessTokens tokens);
    const AccessTokens &tokens() const { return m_tokens; }
    int connectedPages(WebRole role) const { return m_live.count(role); }

signals:
    // A line for the log (a wrong token, an address slowed down), in the program's language.
    void notice(const QString &line);
    void connectionsChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Who asks: the role of the token given, or a viewer for the views when they are public.
    // Null, with the answer to send, when the token is wrong or missing.
    std::optional<WebRole> roleFor(const QHttpServerRequest &request, bool isView,
                                   WebReply *refusal);
    WebReply answer(const QHttpServerRequest &request, QTcpSocket *socket);
    WebReply answerAct(const QHttpServerRequest &request, const QString &act);
    bool acceptWebSocket(const QHttpServerRequest &request, QTcpSocket *socket);
    void takeWebSockets();
    QString actorFor(const QHttpServerRequest &request, WebRole role) const;

    MeetingSession &m_session;
    AccessTokens m_tokens;
    Options m_options;
    WrongTokens m_wrongTokens{m_options.limits};
    GuardedTcpServer *m_listener = nullptr;
    LiveState m_live;
    // Why the WebSocket asked for was refused, for missingHandler() to send.
    std::optional<WebReply> m_refusedUpgrade;
};

} // namespace rostrum::web
