#pragma once

#include <QByteArray>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>

namespace rostrum::testing {

// A TCP relay between the consoles and the test server, in a thread of its own (a console's
// statement blocks its own thread), that can cut the line at the one instant no other test
// reaches: with an act's commit on it (a COMMIT, or the one statement of an act written at
// once). The console then cannot know whether the server made it, which is what it must find
// out before it writes its kept acts again.
class LineCutter final
{
public:
    enum class Cut
    {
        Never,
        Before, // the message never reaches the server, which rolls its transaction back
        After   // the server runs it, and its answer is lost with the line
    };
    // The simple-protocol COMMIT, as libpq sends QSqlQuery::exec("COMMIT").
    static QByteArray commitMessage();
    // Relays to the server of `url` from a free 127.0.0.1 port.
    explicit LineCutter(const QUrl &url);
    ~LineCutter();
    LineCutter(const LineCutter &) = delete;
    LineCutter &operator=(const LineCutter &) = delete;

    // `url` with its host and port changed to the relay's.
    QUrl through(const QUrl &url) const;
    // The next message from a console that holds `marker` is cut this way; after that the lines
    // run free again.
    void cutNextMessageWith(const QByteArray &marker, Cut how);
    // How many lines were cut so far.
    int cuts() const { return m_cuts; }
    // How many COMMITs the consoles sent so far: an act written at once sends none.
    int commitsSent() const { return m_commits; }

private:
    QThread m_thread;
    quint16 m_port = 0;
    QMutex m_armed; // the relay's thread reads what the test's thread sets
    QByteArray m_marker;
    Cut m_cut = Cut::Never;
    std::atomic<int> m_cuts{0};
    std::atomic<int> m_commits{0};
    class Relay;
    Relay *m_relay = nullptr; // lives in m_thread, deleted there
};

} // namespace rostrum::testing
