#include "livestate.h"

#include "records/listjson.h"
#include "records/statusjson.h"
#include "session/meetingsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

namespace rostrum::web {

namespace {
// A page sends a probe a second; far more than that is a client that means harm.
constexpr int kMaxMessagesPerSecond = 20;

QJsonObject clockJson(MeetingSession &session)
{
    const SpeechReading r = session.currentReading();
    const Entry *current = session.list().current();
    return QJsonObject{
        {QStringLiteral("running"), r.running},
        {QStringLiteral("started"), r.started},
        {QStringLiteral("remaining_ms"), r.remainingMs},
        {QStringLiteral("elapsed_ms"), r.elapsedMs},
        {QStringLiteral("limit_ms"), r.limitMs},
        {QStringLiteral("warning_s"), session.meeting().warningSeconds},
        {QStringLiteral("untimed"), current && SpeechClock::isUntimed(*current)},
        {QStringLiteral("finished"), r.phase == ClockPhase::Finished},
    };
}

QJsonArray actsJson(WebRole role)
{
    return QJsonArray::fromStringList(webActsOf(role));
}
} // namespace

LiveState::LiveState(MeetingSession &session, const WebLimits &limits, QObject *parent)
    : QObject(parent), m_session(session), m_limits(limits)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &LiveState::sendState);
    connect(&session, &MeetingSession::changed, this, &LiveState::sendStateSoon);
    m_floodWindow.setInterval(1000);
    connect(&m_floodWindow, &QTimer::timeout, this, [this] { m_messagesThisSecond.clear(); });
    m_floodWindow.start();
}

LiveState::~LiveState()
{
    for (QWebSocket *socket : m_roles.keys()) {
        socket->disconnect(this);
        delete socket;
    }
}

void LiveState::add(std::unique_ptr<QWebSocket> owned, WebRole role)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes));
    m_roles.insert(socket, role);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { answer(socket, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_roles.remove(socket);
        m_messagesThisSecond.remove(socket);
        socket->deleteLater();
        emit connectionsChanged();
    });
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(stateFor(role)).toJson(QJsonDocument::Compact)));
    emit connectionsChanged();
}

void LiveState::closeAll()
{
    for (QWebSocket *socket : m_roles.keys())
        socket->close(QWebSocketProtocol::CloseCode(4001), QStringLiteral("link revoked"));
}

int LiveState::count(WebRole role) const
{
    int n = 0;
    for (const WebRole r : m_roles)
        n += r == role ? 1 : 0;
    return n;
}

QJsonObject LiveState::commonState()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("state")},
        {QStringLiteral("server_ms"), m_session.now()},
        {QStringLiteral("status"), statusJson(statusOf(m_session))},
        {QStringLiteral("list"), listJson(listRows(m_session, true), m_session.meeting())},
        {QStringLiteral("clock"), clockJson(m_session)},
    };
}

QJsonObject LiveState::stateFor(WebRole role)
{
    return withRole(commonState(), role);
}

QJsonObject LiveState::withRole(QJsonObject state, WebRole role)
{
    state.insert(QStringLiteral("role"), webRoleKey(role));
    state.insert(QStringLiteral("acts"), actsJson(role));
    return state;
}

void LiveState::sendStateSoon()
{
    if (!m_roles.isEmpty())
        m_soon.start();
}

void LiveState::sendState()
{
    // The meeting is read once; only the role and its acts differ from page to page.
    const QJsonObject common = commonState();
    QHash<WebRole, QString> byRole;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        auto text = byRole.find(it.value());
        if (text == byRole.end()) {
            QJsonObject state = common;
            state.insert(QStringLiteral("role"), webRoleKey(it.value()));
            state.insert(QStringLiteral("acts"), actsJson(it.value()));
            text = byRole.insert(
                it.value(), QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
        }
        it.key()->sendTextMessage(*text);
    }
}

void LiveState::answer(QWebSocket *socket, const QString &message)
{
    if (++m_messagesThisSecond[socket] > kMaxMessagesPerSecond) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many"));
        return;
    }
    const QJsonObject probe = QJsonDocument::fromJson(message.toUtf8()).object();
    if (probe.value(QStringLiteral("type")).toString() != QLatin1String("ping"))
        return; // the pages send nothing else; anything else is ignored
    const QJsonObject pong{
        {QStringLiteral("type"), QStringLiteral("pong")},
        {QStringLiteral("id"), probe.value(QStringLiteral("id"))},
        {QStringLiteral("client_sent"), probe.value(QStringLiteral("client_sent"))},
        {QStringLiteral("server_ms"), m_session.now()},
    };
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(pong).toJson(QJsonDocument::Compact)));
}

} // namespace rostrum::web
