#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace rostrum {

class CountdownReadout;
class MeetingSession;
class SecondTicker;
struct Entry;
struct SpeechReading;

// The chair window's "Now speaking" panel: who holds the floor, in what capacity and language,
// their countdown, and how much of their limit is used. It reads the session; it never acts.
class NowSpeakingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NowSpeakingPanel(MeetingSession *session, QWidget *parent = nullptr);

    CountdownReadout *readout() const { return m_readout; }
    SecondTicker *ticker() const { return m_ticker; }
    void setFlashingEnabled(bool enabled);
    // Compact: no heading, language or limit line (the bar still says the limit), and a
    // countdown allowed to be as short as its figures can be read.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

public slots:
    // Reads the session again; called on every act and every displayed second.
    void refresh();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showSpeaker(const Entry &e, const SpeechReading &r);
    void showNobody();
    // Puts each line's text up, whole or elided, and hides what the compact panel leaves out.
    void showLines();

    MeetingSession *m_session;
    SecondTicker *m_ticker;
    QLabel *m_heading;
    QLabel *m_delegation;
    QLabel *m_onBehalfOf;
    QLabel *m_speaker;
    QLabel *m_language;
    CountdownReadout *m_readout;
    QProgressBar *m_progress;
    QLabel *m_limit;
    bool m_compact = false;
};

} // namespace rostrum
