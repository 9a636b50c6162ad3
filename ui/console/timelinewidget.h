#pragma once

#include "timelinepicture.h"

#include <QWidget>
#include <optional>

namespace rostrum {

// The report's timeline on screen: the same picture as in the PDF, painted for the widget.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    void setReport(const MeetingReport &report);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<TimelinePicture> m_picture;
};

} // namespace rostrum
