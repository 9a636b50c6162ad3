#pragma once

#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>

namespace rostrum::testing {

// A TCP relay between the consoles and the test server, in a thread of its own (a console's
// statement blocks its own thread), that can cut the line at the one instant no other test
// reaches: with a COMMIT on it. The console then cannot know whether the server made the commit,
// which is what it must find out before it writes its kept acts again.
class LineCutter final
{
public:
    enum class Cut
    {
        Never,
        BeforeCommit, // the COMMIT never reaches the server: it rolls the transaction back
        AfterCommit   // the server makes the commit, and its answer is lost with the line
    };
    // Relays to the server of `url` from a free 127.0.0.1 port.
    explicit LineCutter(const QUrl &url);
    ~LineCutter();
    LineCutter(const LineCutter &) = delete;
    LineCutter &operator=(const LineCutter &) = delete;

    // `url` with its host and port changed to the relay's.
    QUrl through(const QUrl &url) const;
    // The next COMMIT on any line is cut this way; after that the lines run free again.
    void cutNextCommit(Cut how) { m_cut = how; }
    // How many lines were cut so far.
    int cuts() const { return m_cuts; }

private:
    QThread m_thread;
    quint16 m_port = 0;
    std::atomic<Cut> m_cut{Cut::Never};
    std::atomic<int> m_cuts{0};
    class Relay;
    Relay *m_relay = nullptr; // lives in m_thread, deleted there
};

} // namespace rostrum::testing
