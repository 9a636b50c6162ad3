#include "webfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>

namespace rostrum::testing {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::usleep(200);
    }
    return true;
}

WebFixture::WebFixture(web::WebServer::Options options)
{
    m_oldDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    session = tm.createDemo();
    QString error;
    auto tokens = web::AccessTokens::forMeeting(*session, false, &error);
    if (!tokens)
        throw std::runtime_error(error.toStdString());
    server = std::make_unique<web::WebServer>(*session, std::move(*tokens), options);
    if (!server->start(&error))
        throw std::runtime_error(error.toStdString());
}

WebFixture::~WebFixture()
{
    server.reset();
    session.reset();
    if (m_oldDataHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", m_oldDataHome);
}

quint16 WebFixture::port() const
{
    return quint16(server->baseUrl().port());
}

HttpAnswer WebFixture::send(const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port());
    QByteArray received;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] { closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&] { closed = true; });
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
                   timeoutMs))
        return {};
    socket.write(request);
    waitUntil([&] { return closed; }, timeoutMs);
    received += socket.readAll();
    HttpAnswer answer;
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.1 ") || end < 0)
        return answer;
    answer.status = received.mid(9, 3).toInt();
    answer.head = received.left(end);
    answer.body = received.mid(end + 4);
    return answer;
}

HttpAnswer WebFixture::get(const QString &target, const QString &token)
{
    QByteArray request = "GET " + target.toUtf8() +
                         " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    return send(request + "\r\n");
}

HttpAnswer WebFixture::post(const QString &act, const QString &token, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray request =
        "POST /api/acts/" + act.toUtf8() +
        " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port()) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        request += name + ": " + value + "\r\n";
    return send(request + "\r\n" + body);
}

} // namespace rostrum::testing
