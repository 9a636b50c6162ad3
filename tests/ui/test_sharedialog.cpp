// View → Share on the network… (issue 15): off until the chair starts it; then a link per role
// with its QR code, the pages open counted per role, "Revoke links" that kills the old links,
// and sharing that stops with the meeting.
#include "chairactions.h"
#include "modaldialogs.h"
#include "runningordermodel.h"
#include "sharedialog.h"
#include "translated.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;
using rostrum::web::WebRole;

namespace {
// The status of GET /api/status as a page with this link would get it.
int statusWith(const QString &link)
{
    QUrl url(link);
    url.setPath(QStringLiteral("/api/status"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// An act from a page: POST /api/acts/ACT with the role's link.
int postWith(const QString &link, const QString &act)
{
    QUrl url(link);
    const QString key = QUrlQuery(url).queryItemValue(QStringLiteral("t"));
    url.setQuery(QString());
    url.setPath(QStringLiteral("/api/acts/") + act);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(request, QByteArrayLiteral("{}"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

ShareDialog *openShare(WindowFixture &f)
{
    f.window->chairActions()->share->trigger();
    return f.window->findChild<ShareDialog *>();
}

// Any free port on this computer only: the suite's cases run side by side.
void startOnAnyPort(ShareDialog *dialog)
{
    dialog->findChild<QComboBox *>()->setCurrentIndex(0);
    auto *port = dialog->findChild<QSpinBox *>();
    port->setMinimum(0);
    port->setValue(0);
    dialog->startStopButton()->click();
}
} // namespace

TEST_CASE("Share on the network is off until started, then gives a working link per role",
          "[ui][web]")
{
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    WindowFixture f;
    ShareDialog *dialog = openShare(f);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->stateText() == translated("ShareDialog", "Not shared: nothing is served."));
    CHECK(dialog->linkShown(WebRole::Viewer).isEmpty());
    CHECK_FALSE(dialog->revokeButton()->isEnabled());

    startOnAnyPort(dialog);
    for (const WebRole role : web::allWebRoles()) {
        const QString link = dialog->linkShown(role);
        INFO(link.toStdString());
        CHECK(link.startsWith(QStringLiteral("http://127.0.0.1:")));
        CHECK(link.contains(QStringLiteral("?t=")));
        CHECK(statusWith(link) == 200);
        const QPixmap qr = dialog->qrShown(role);
        CHECK_FALSE(qr.isNull());
        CHECK(qr.width() == qr.height());
    }
    CHECK(dialog->linkShown(WebRole::Viewer).contains(QStringLiteral("/timer?")));
    CHECK(dialog->linkShown(WebRole::Chair).contains(QStringLiteral("/control?")));

    // The timekeeper's tablet calls the first speaker: the console's running order shows it at
    // once, and its journal names the tablet.
    const int waiting = f.model()->rowCount();
    REQUIRE(postWith(dialog->linkShown(WebRole::Timekeeper), QStringLiteral("start")) == 200);
    CHECK(f.model()->rowCount() == waiting - 1);
    REQUIRE(f.session->list().current());
    CHECK(f.session->journal(1).first().actor == QStringLiteral("web:timekeeper@127.0.0.1"));
    f.requireModelClean();

    // A page opens: the dialog counts it under its role.
    QWebSocket page;
    QUrl ws(dialog->linkShown(WebRole::Timekeeper));
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    page.open(ws);
    const QString one = translated("ShareDialog", "%1: %2", "role: pages open")
                            .arg(web::webRoleName(WebRole::Timekeeper))
                            .arg(1);
    REQUIRE(QTest::qWaitFor([&] { return dialog->connectionsText().contains(one); }, 5000));
    // ROSTRUM_SHOTS=docs keeps a picture of the dialog for the README, as the chair sees it.
    if (const QString shots = qEnvironmentVariable("ROSTRUM_SHOTS"); !shots.isEmpty()) {
        dialog->resize(dialog->sizeHint().expandedTo(QSize(900, 0)));
        CHECK(dialog->grab().save(shots + QStringLiteral("/share-dialog.png")));
    }
    qunsetenv("XDG_DATA_HOME");
}

TEST_CASE("Revoke links makes new ones and the old stop working, and leaving the meeting stops it",
          "[ui][web]")
{
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    WindowFixture f;
    ShareDialog *dialog = openShare(f);
    startOnAnyPort(dialog);
    const QString old = dialog->linkShown(WebRole::Chair);
    REQUIRE(statusWith(old) == 200);

    whenOpen<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    dialog->revokeButton()->click();
    const QString renewed = dialog->linkShown(WebRole::Chair);
    CHECK(renewed != old);
    CHECK(statusWith(old) == 401);
    CHECK(statusWith(renewed) == 200);

    f.window->setSession(nullptr); // the meeting is closed: nothing is served from it
    CHECK(dialog->stateText() == translated("ShareDialog", "Not shared: nothing is served."));
    CHECK(statusWith(renewed) == 0); // refused: nobody listens any more
    qunsetenv("XDG_DATA_HOME");
}
