#include "webfigures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <QWebSocket>
#include <chrono>
#include <memory>
#include <vector>

namespace rostrum::bench {

namespace {
double wallMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Server
{
    QProcess process;
    QString base;
    QHash<QString, QString> keys; // role to key

    ~Server()
    {
        // Stopped by its PID, and waited for.
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(2000);
        }
    }
};

bool startServer(Server &s, const WebOptions &o, const QString &meeting, QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), o.workDir + QStringLiteral("/webdata"));
    s.process.setProcessEnvironment(env);
    s.process.start(
        o.cli, {QStringLiteral("serve"), meeting, QStringLiteral("--port"), QStringLiteral("0")});
    QString out;
    const bool ready = waitFor(
        [&] {
            out += QString::fromUtf8(s.process.readAllStandardOutput());
            return out.contains(QStringLiteral("\nchair: ")) ||
                   s.process.state() == QProcess::NotRunning;
        },
        10'000);
    static const QRegularExpression serving(QStringLiteral("on (http://[^\\s]+)"));
    static const QRegularExpression link(QStringLiteral("^(\\w+): .*[?&]t=([^&\\s]+)$"),
                                         QRegularExpression::MultilineOption);
    const auto m = serving.match(out);
    if (!ready || !m.hasMatch()) {
        *error = QStringLiteral("serve did not start: ") +
                 QString::fromUtf8(s.process.readAllStandardError());
        return false;
    }
    s.base = m.captured(1);
    for (auto it = link.globalMatch(out); it.hasNext();) {
        const auto l = it.next();
        s.keys.insert(l.captured(1), l.captured(2));
    }
    return s.keys.size() == 4;
}

void postAct(const Server &s, const QString &act)
{
    const QUrl url(s.base);
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    socket.waitForConnected(2000);
    socket.write("POST /api/acts/" + act.toUtf8() +
                 " HTTP/1.1\r\nHost: " + url.authority().toUtf8() + "\r\nAuthorization: Bearer " +
                 s.keys.value(QStringLiteral("timekeeper")).toUtf8() +
                 "\r\nContent-Length: 2\r\n\r\n{}");
    socket.waitForBytesWritten(2000);
    socket.waitForDisconnected(5000);
}

// The server's clock when it read the state: a key of the compact JSON, found without parsing
// the whole of it, so the reading costs the page's side nothing that would count as latency.
double serverMsOf(const QString &message)
{
    static const QString key = QStringLiteral("\"server_ms\":");
    const qsizetype at = message.indexOf(key);
    if (at < 0)
        return 0;
    qsizetype end = at + key.size();
    while (end < message.size() && message.at(end).isDigit())
        ++end;
    return message.mid(at + key.size(), end - at - key.size()).toDouble();
}

// `count` pages on the viewer's link; each act's latency for every page.
bool fanOut(const Server &s, int count, int acts, Samples *latencies, QString *error)
{
    std::vector<std::unique_ptr<QWebSocket>> pages;
    QVector<double> received(count, 0);
    QVector<double> stampOf(count, 0);
    QUrl ws(s.base);
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    ws.setQuery(QStringLiteral("t=") + s.keys.value(QStringLiteral("viewer")));
    int connected = 0;
    for (int i = 0; i < count; ++i) {
        auto page = std::make_unique<QWebSocket>();
        QObject::connect(page.get(), &QWebSocket::textMessageReceived,
                         [&, i](const QString &message) {
                             const double now = wallMs();
                             if (stampOf[i] == 0)
                                 ++connected; // the state on connect
                             stampOf[i] = serverMsOf(message);
                             received[i] = now;
                         });
        page->open(ws);
        pages.push_back(std::move(page));
    }
    if (!waitFor([&] { return connected == count; }, 30'000)) {
        *error = QStringLiteral("only %1 of %2 pages connected").arg(connected).arg(count);
        return false;
    }
    for (int a = 0; a < acts; ++a) {
        const double before = wallMs();
        std::fill(received.begin(), received.end(), 0);
        postAct(s, a % 2 == 0 ? QStringLiteral("start") : QStringLiteral("pause"));
        if (!waitFor(
                [&] {
                    return std::all_of(received.cbegin(), received.cend(),
                                       [](double r) { return r > 0; });
                },
                10'000)) {
            *error = QStringLiteral("an act did not reach every page within 10 s");
            return false;
        }
        for (int i = 0; i < count; ++i) {
            if (stampOf[i] >= std::floor(before))
                latencies->add(received[i] - stampOf[i]);
        }
    }
    return true;
}
} // namespace

WebFigures webFigures(const WebOptions &o, QString *error)
{
    WebFigures w;
    w.fanOut.name = QStringLiteral("A web act reaches %1 pages").arg(o.clients);
    w.fanOut.floorName = QStringLiteral("the same act to one page");
    w.fanOut.unit = QStringLiteral("ms");
    w.fanOut.target = 20;
    w.fanOut.judge = Figure::Judge::P99AtMost;
    w.fanOut.note = QStringLiteral("from the state's server_ms (read right after the commit) to "
                                   "the page's receipt, both on this machine's clock");
    w.flips.name = QStringLiteral("/timer turns the second (Chromium)");
    w.flips.floorName = QStringLiteral("against the page's own estimate");
    w.flips.unit = QStringLiteral("ms late");
    w.flips.target = 20;
    w.flips.judge = Figure::Judge::P99AtMost;
    w.timerCpu.name = QStringLiteral("CPU of /timer, a speech running (Chromium)");
    w.timerCpu.floorName = QStringLiteral("Chromium on an empty page");
    w.timerCpu.unit = QStringLiteral("% core");
    w.timerCpu.target = 2;
    w.timerCpu.judge = Figure::Judge::MedianAtMost;

    const QString meeting = o.workDir + QStringLiteral("/web.rostrum");
    QFile::remove(meeting);
    if (QProcess::execute(o.cli, {QStringLiteral("demo"), meeting, QStringLiteral("--today")}) !=
        0) {
        *error = QStringLiteral("rostrum-cli demo failed");
        return w;
    }
    Server server;
    if (!startServer(server, o, meeting, error))
        return w;
    if (!fanOut(server, 1, o.acts, &w.fanOut.floor, error) ||
        !fanOut(server, o.clients, o.acts, &w.fanOut.measured, error))
        return w;

    // A speech runs while the page is measured.
    postAct(server, QStringLiteral("next"));
    postAct(server, QStringLiteral("start"));
    QProcess page;
    page.start(QStringLiteral("/usr/bin/python3"),
               {o.pageScript, QStringLiteral("--base"), server.base,
                QStringLiteral("--token=") + server.keys.value(QStringLiteral("viewer")),
                QStringLiteral("--seconds"), QString::number(o.pageSeconds)});
    page.waitForFinished((o.pageSeconds + 90) * 1000);
    const QJsonObject numbers = QJsonDocument::fromJson(page.readAllStandardOutput()).object();
    if (page.exitCode() != 0 || numbers.isEmpty()) {
        *error = QStringLiteral("the page figures failed: ") +
                 QString::fromUtf8(page.readAllStandardError()).trimmed();
        return w;
    }
    auto fill = [&](const char *key, Samples *into) {
        for (const QJsonValue v : numbers.value(QLatin1String(key)).toArray())
            into->add(v.toDouble());
    };
    fill("flips", &w.flips.measured);
    fill("flips_own", &w.flips.floor);
    fill("timer_cpu", &w.timerCpu.measured);
    fill("blank_cpu", &w.timerCpu.floor);
    return w;
}

} // namespace rostrum::bench
