#pragma once

#include "webserver.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rostrum {

// View → Share on the network…: where the meeting's web views are served (this computer only,
// one of its networks, or all), the link of each role with its QR code, how many pages of each
// role are open, and "Revoke links". Off until the chair starts it; the window does the serving
// (chairwindowshare.cpp), this shows it.
class ShareDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShareDialog(QWidget *parent = nullptr);

    // What the chair chose, for the server to start with.
    web::WebServer::Options options() const;
    // The server as it now is (null: not sharing), or why it could not start.
    void showServer(const web::WebServer *server, const QString &error = {});
    void showConnections(const web::WebServer *server);

    // For tests and for the screenshots.
    QString linkShown(web::WebRole role) const;
    QPixmap qrShown(web::WebRole role) const;
    QString stateText() const;
    QString connectionsText() const;
    QPushButton *startStopButton() const { return m_startStop; }
    QPushButton *revokeButton() const { return m_revoke; }

signals:
    void startRequested();
    void stopRequested();
    void revokeRequested();

private:
    void fillAddresses();
    void clearLinks();

    QComboBox *m_address;
    QSpinBox *m_port;
    QCheckBox *m_publicViews;
    QPushButton *m_startStop;
    QPushButton *m_revoke;
    QLabel *m_state;
    QLabel *m_connections;
    QGridLayout *m_links;
    bool m_serving = false;
};

} // namespace rostrum
