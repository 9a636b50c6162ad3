#include "sharedialog.h"

#include "qrcodeimage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rostrum {

namespace {
constexpr int kDefaultPort = 8080;
constexpr int kQrPixels = 160;
} // namespace

ShareDialog::ShareDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Share on the network"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The timer, the room's screens, the interpreters' booths and the "
                                "delegates' phones open the meeting from these links; the "
                                "timekeeper, staff and chair links also act on it. Each link "
                                "carries its role's key: give it only to whom it is for."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address = new QComboBox(this);
    fillAddresses();
    form->addRow(tr("Serve on:"), m_address);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    form->addRow(tr("Port:"), m_port);
    m_publicViews =
        new QCheckBox(tr("The views open without a key (the acts still need one)"), this);
    form->addRow(QString(), m_publicViews);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_startStop = new QPushButton(tr("Start sharing"), this);
    m_revoke = new QPushButton(tr("Revoke links"), this);
    m_revoke->setToolTip(tr("New keys for every role: every link given out so far stops "
                            "working, and its pages are closed."));
    buttons->addWidget(m_startStop);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    m_connections = new QLabel(this);
    layout->addWidget(m_connections);
    m_links = new QGridLayout;
    layout->addLayout(m_links);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_startStop, &QPushButton::clicked, this,
            [this] { emit(m_serving ? stopRequested() : startRequested()); });
    connect(m_revoke, &QPushButton::clicked, this, &ShareDialog::revokeRequested);
    showServer(nullptr);
}

void ShareDialog::fillAddresses()
{
    m_address->addItem(tr("This computer only (127.0.0.1)"), QStringLiteral("127.0.0.1"));
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            m_address->addItem(tr("The network of %1").arg(a.toString()), a.toString());
    }
    m_address->addItem(tr("Every network of this computer (0.0.0.0)"), QStringLiteral("0.0.0.0"));
}

web::WebServer::Options ShareDialog::options() const
{
    web::WebServer::Options options;
    options.address = QHostAddress(m_address->currentData().toString());
    options.port = quint16(m_port->value());
    options.publicViews = m_publicViews->isChecked();
    // Links to 0.0.0.0 open nothing: they name the first network this computer is on.
    if (options.address == QHostAddress::AnyIPv4 && m_address->count() > 2)
        options.shownHost = m_address->itemData(1).toString();
    return options;
}

void ShareDialog::clearLinks()
{
    while (QLayoutItem *item = m_links->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ShareDialog::showServer(const web::WebServer *server, const QString &error)
{
    m_serving = server != nullptr;
    m_startStop->setText(m_serving ? tr("Stop sharing") : tr("Start sharing"));
    m_revoke->setEnabled(m_serving);
    m_address->setEnabled(!m_serving);
    m_port->setEnabled(!m_serving);
    m_publicViews->setEnabled(!m_serving);
    clearLinks();
    if (!server) {
        m_state->setText(error.isEmpty() ? tr("Not shared: nothing is served.") : error);
        m_connections->clear();
        return;
    }
    m_state->setText(tr("Shared on %1.").arg(server->baseUrl().toString()));
    // Two roles a row, each its name, its QR code, its link and a Copy button: the four fit a
    // laptop's screen without scrolling.
    int index = 0;
    for (const web::WebRole role : web::allWebRoles()) {
        const QString link =
            server->linkTo(web::WebServer::homePageOf(role), role).toString(QUrl::FullyEncoded);
        auto *name = new QLabel(web::webRoleName(role), this);
        name->setObjectName(QStringLiteral("role-") + web::webRoleKey(role));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *qr = new QLabel(this);
        qr->setObjectName(QStringLiteral("qr-") + web::webRoleKey(role));
        qr->setPixmap(QPixmap::fromImage(qrCodeImage(link, kQrPixels)));
        qr->setAccessibleName(tr("QR code of the %1 link").arg(web::webRoleName(role)));
        auto *field = new QLineEdit(link, this);
        field->setReadOnly(true);
        field->setObjectName(QStringLiteral("link-") + web::webRoleKey(role));
        field->setCursorPosition(0);
        auto *copy = new QPushButton(tr("Copy"), this);
        connect(copy, &QPushButton::clicked, this,
                [link] { QApplication::clipboard()->setText(link); });
        const int row = (index / 2) * 3;
        const int column = (index % 2) * 2;
        m_links->addWidget(name, row, column, 1, 2);
        m_links->addWidget(qr, row + 1, column, 1, 2, Qt::AlignLeading);
        m_links->addWidget(field, row + 2, column);
        m_links->addWidget(copy, row + 2, column + 1);
        ++index;
    }
    m_links->setColumnStretch(0, 1);
    m_links->setColumnStretch(2, 1);
    showConnections(server);
}

void ShareDialog::showConnections(const web::WebServer *server)
{
    if (!server) {
        m_connections->clear();
        return;
    }
    QStringList counts;
    for (const web::WebRole role : web::allWebRoles())
        counts.append(tr("%1: %2", "role: pages open")
                          .arg(web::webRoleName(role))
                          .arg(server->connectedPages(role)));
    m_connections->setText(tr("Pages open now — %1").arg(counts.join(tr(", "))));
}

QString ShareDialog::linkShown(web::WebRole role) const
{
    const auto *field = findChild<QLineEdit *>(QStringLiteral("link-") + web::webRoleKey(role));
    return field ? field->text() : QString();
}

QPixmap ShareDialog::qrShown(web::WebRole role) const
{
    const auto *qr = findChild<QLabel *>(QStringLiteral("qr-") + web::webRoleKey(role));
    return qr ? qr->pixmap() : QPixmap();
}

QString ShareDialog::stateText() const
{
    return m_state->text();
}

QString ShareDialog::connectionsText() const
{
    return m_connections->text();
}

} // namespace rostrum
