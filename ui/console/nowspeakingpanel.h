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
public slots:
    // Reads the session again; called on every act and every displayed second.
    void refresh();

private:
    void showSpeaker(const Entry &e, const SpeechReading &r);
    void showNobody();

    MeetingSession *m_session;
    SecondTicker *m_ticker;
    QLabel *m_delegation;
    QLabel *m_onBehalfOf;
    QLabel *m_speaker;
    QLabel *m_language;
    CountdownReadout *m_readout;
    QProgressBar *m_progress;
    QLabel *m_limit;
};

} // namespace rostrum
