#pragma once

#include "list/listchange.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace rostrum {

class ElidedLabel;
class MeetingSession;

// The strip across the top of the console: the meeting, its schedule, the time, and whether the
// list will end on time, with the fit advisor's sentence. Refreshed on every change and on the
// turn of each minute of the session's clock.
class MeetingBar final : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingBar(MeetingSession *session, QWidget *parent = nullptr);

    QString projectedEndText() const;
    QString adviceText() const;

public slots:
    void refresh();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void armMinuteTimer();
    void fitFacts();
    qint64 actualStartMs() const;

    MeetingSession *m_session;
    ElidedLabel *m_title;
    QLabel *m_listState;
    QLabel *m_schedule;
    QLabel *m_now;
    QLabel *m_elapsed;
    QLabel *m_remaining;
    QLabel *m_projectedEnd;
    QLabel *m_advice;
    QTimer m_minute;
};

} // namespace rostrum
