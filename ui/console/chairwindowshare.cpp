// The chair window's web views: View → Share on the network… opens the dialog; the window owns
// the server, which serves the session the window runs and goes with it.
#include "chairactions.h"
#include "chairwindow.h"
#include "sharedialog.h"

#include <QMessageBox>
#include <QStatusBar>

namespace rostrum {

void ChairWindow::showShareDialog()
{
    if (!m_shareDialog) {
        m_shareDialog = new ShareDialog(this);
        connect(m_shareDialog, &ShareDialog::startRequested, this, &ChairWindow::startSharing);
        connect(m_shareDialog, &ShareDialog::stopRequested, this, &ChairWindow::stopSharing);
        connect(m_shareDialog, &ShareDialog::revokeRequested, this, &ChairWindow::revokeLinks);
    }
    m_shareDialog->showServer(m_webServer.get());
    m_shareDialog->show();
    m_shareDialog->raise();
    m_shareDialog->activateWindow();
}

void ChairWindow::startSharing()
{
    if (!m_shareDialog)
        return;
    if (!m_session) {
        m_shareDialog->showServer(nullptr, tr("Open a meeting first: there is nothing to share."));
        return;
    }
    QString error;
    auto tokens = web::AccessTokens::forMeeting(*m_session, false, &error);
    if (!tokens) {
        m_shareDialog->showServer(nullptr, error);
        return;
    }
    auto server =
        std::make_unique<web::WebServer>(*m_session, std::move(*tokens), m_shareDialog->options());
    if (!server->start(&error)) {
        m_shareDialog->showServer(nullptr, error);
        return;
    }
    // A wrong key or an address turned away is for the chair to see, not a dialog to dismiss.
    connect(server.get(), &web::WebServer::notice, this,
            [this](const QString &line) { statusBar()->showMessage(line, 15000); });
    connect(server.get(), &web::WebServer::connectionsChanged, this, [this] {
        if (m_shareDialog)
            m_shareDialog->showConnections(m_webServer.get());
    });
    m_webServer = std::move(server);
    m_shareDialog->showServer(m_webServer.get());
    statusBar()->showMessage(tr("Shared on %1.").arg(m_webServer->baseUrl().toString()), 15000);
}

void ChairWindow::stopSharing()
{
    const bool wasSharing = m_webServer != nullptr;
    m_webServer.reset();
    if (m_shareDialog)
        m_shareDialog->showServer(nullptr);
    if (wasSharing)
        statusBar()->showMessage(tr("No longer shared on the network."), 15000);
}

void ChairWindow::revokeLinks()
{
    if (!m_webServer || !m_session)
        return;
    const auto answer = QMessageBox::question(
        m_shareDialog, tr("Revoke links"),
        tr("Every link given out so far will stop working, and the pages open with them will "
           "close. The new links must be given again to the timekeeper, staff and screens. "
           "Revoke them?"));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    auto tokens = web::AccessTokens::forMeeting(*m_session, true, &error);
    if (!tokens) {
        m_shareDialog->showServer(m_webServer.get(), error);
        return;
    }
    m_webServer->useTokens(std::move(*tokens));
    m_shareDialog->showServer(m_webServer.get());
    statusBar()->showMessage(tr("New links made: the old ones no longer work."), 15000);
}

} // namespace rostrum
