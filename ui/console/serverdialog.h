#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rostrum {

// File → Open from a server…: where the meeting lives (host, port, database, user, meeting),
// with the servers opened before offered again. It never asks for, or keeps, a password: libpq
// finds it (PGPASSWORD, ~/.pgpass), or the console asks when the server wants one.
class ServerDialog final : public QDialog
{
    Q_OBJECT

public:
    // recent: server URLs opened before, newest first.
    explicit ServerDialog(const QStringList &recent, QWidget *parent = nullptr);
    // postgresql://USER@HOST:PORT/DATABASE?meeting=NAME, once accepted.
    QString url() const;
    QString userName() const;

private:
    void fillFrom(const QString &url);
    void check();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_meeting;
    QLabel *m_problem;
    QPushButton *m_open = nullptr;
};

} // namespace rostrum
