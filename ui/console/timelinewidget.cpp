#include "timelinewidget.h"

#include <QPainter>

namespace rostrum {

namespace {
// A row tall enough for its label at the picture's largest text size.
constexpr int kRowPixels = 18;
constexpr int kChromePixels = 70; // legend, time axis and the scheduled-end label
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Timeline of the meeting: planned and actual speeches"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineWidget::setReport(const MeetingReport &report)
{
    m_picture.emplace(report);
    updateGeometry();
    update();
}

QSize TimelineWidget::sizeHint() const
{
    const int rows = m_picture ? m_picture->rowCount() : 0;
    return {900, kChromePixels + rows * kRowPixels};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {480, sizeHint().height()};
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // The picture's colours are those of paper, whatever the desktop theme.
    painter.fillRect(rect(), Qt::white);
    if (m_picture)
        m_picture->paint(painter, QRectF(rect()).adjusted(8, 8, -8, -8));
}

} // namespace rostrum
