#pragma once

#include "weblimits.h"
#include "webrole.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

class QWebSocket;

namespace rostrum {
class MeetingSession;
}

namespace rostrum::web {

// The pages connected by WebSocket (GET /ws). Each gets the meeting's state when it connects and
// again after every change, never a tick: the pages count the seconds themselves, from the
// state's clock and their estimate of the server's time, which they make from ping and pong.
class LiveState final : public QObject
{
    Q_OBJECT

public:
    LiveState(MeetingSession &session, const WebLimits &limits, QObject *parent = nullptr);
    ~LiveState() override;

    void add(std::unique_ptr<QWebSocket> socket, WebRole role);
    // Every page is told its link is no longer valid, and closed (the links were renewed).
    void closeAll();
    int count(WebRole role) const;
    int count() const { return int(m_roles.size()); }

    // The state as a page receives it, for this role (docs/API.md).
    QJsonObject stateFor(WebRole role);

signals:
    void connectionsChanged();

private:
    void sendStateSoon();
    void sendState();
    void answer(QWebSocket *socket, const QString &message);
    QJsonObject commonState();
    // The meeting's state as one role's pages get it: with the role and the acts it may do.
    static QJsonObject withRole(QJsonObject state, WebRole role);

    MeetingSession &m_session;
    const WebLimits &m_limits;
    QHash<QWebSocket *, WebRole> m_roles;
    QHash<QWebSocket *, int> m_messagesThisSecond;
    QTimer m_soon;        // one state for all the changes of one turn of the event loop
    QTimer m_floodWindow; // forgets the message counts every second
};

} // namespace rostrum::web
