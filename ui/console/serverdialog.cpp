#include "serverdialog.h"

#include "server/serverlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rostrum {

ServerDialog::ServerDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_meeting(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open from a server"));
    // Names for the tests and the accessibility tree.
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_meeting->setObjectName(QStringLiteral("meeting"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("the server's name or address"));
    m_user->setPlaceholderText(tr("your PostgreSQL user name"));
    m_meeting->setPlaceholderText(tr("lower-case letters, digits and _"));
    m_recent->addItem(tr("(a server not opened before)"));
    for (const QString &url : recent)
        m_recent->addItem(url, url);

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Meeting:"), m_meeting);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    auto *note = new QLabel(tr("The password is never asked for here, nor kept: Rostrum takes it "
                               "from PGPASSWORD or ~/.pgpass, or asks when the server wants one."),
                            this);
    note->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            fillFrom(m_recent->itemData(index).toString());
    });
    for (QLineEdit *edit : {m_host, m_database, m_user, m_meeting})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::check);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::check);
    if (!recent.isEmpty())
        m_recent->setCurrentIndex(1);
    check();
}

void ServerDialog::fillFrom(const QString &url)
{
    QString ignored;
    const std::optional<ServerLocation> where = ServerLocation::parse(url, &ignored);
    if (!where)
        return;
    m_host->setText(where->host);
    m_port->setValue(where->port);
    m_database->setText(where->database);
    m_user->setText(where->user);
    m_meeting->setText(where->meeting);
}

QString ServerDialog::url() const
{
    ServerLocation where;
    where.host = m_host->text().trimmed();
    where.port = m_port->value();
    where.database = m_database->text().trimmed();
    where.user = m_user->text().trimmed();
    where.meeting = m_meeting->text().trimmed();
    return where.toString();
}

QString ServerDialog::userName() const
{
    return m_user->text().trimmed();
}

void ServerDialog::check()
{
    // The same rules as a URL typed anywhere else, with the same one-line reasons.
    QString problem;
    const bool complete = !m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_meeting->text().trimmed().isEmpty();
    if (complete)
        ServerLocation::parse(url(), &problem);
    m_problem->setText(complete ? problem : QString());
    m_open->setEnabled(complete && problem.isEmpty());
}

} // namespace rostrum
