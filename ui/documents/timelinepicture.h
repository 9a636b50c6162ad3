#pragma once

#include "records/meetingreport.h"

#include <QRectF>
#include <QVector>

class QPainter;

namespace rostrum {

// The meeting along its clock: one row per speaker, the planned slot (outlined) above the
// actual speech (solid), overruns hatched in red with a "+0:23" label, and the scheduled end as
// a vertical line. Painted with QPainter on any device (a PDF page, a widget), sized from the
// device's resolution so it reads the same on paper and on screen. Told apart by shape as well
// as colour: outline, solid and hatching survive a black-and-white printer.
class TimelinePicture final
{
public:
    explicit TimelinePicture(const MeetingReport &report);

    int rowCount() const { return int(m_rows.size()); }
    // Paints rows [firstRow, firstRow + count) in rect; count < 0 means all the rest. Every part
    // uses the same time axis, so pages of one long meeting line up.
    void paint(QPainter &painter, const QRectF &rect, int firstRow = 0, int count = -1) const;

private:
    struct Row
    {
        int order = 0;
        QString label;
        qint64 plannedStartMs = 0;
        qint64 plannedEndMs = 0;
        qint64 actualStartMs = 0; // 0: has not spoken
        qint64 actualEndMs = 0;
        qint64 overrunMs = 0;
    };
    struct Geometry;

    void paintLegend(QPainter &painter, const Geometry &g) const;
    void paintAxis(QPainter &painter, const Geometry &g) const;
    void paintRow(QPainter &painter, const Geometry &g, const Row &row, qreal y) const;
    void paintScheduledEnd(QPainter &painter, const Geometry &g) const;

    Meeting m_meeting;
    QVector<Row> m_rows;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_scheduledEndMs = 0;
};

} // namespace rostrum
