#include "timelinepicture.h"

#include "documentfonts.h"
#include "list/textrules.h"
#include "records/listexport.h"
#include "records/meetingheading.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::TimelinePicture)
};

constexpr qint64 kMinute = 60'000;
const QColor kPlannedFill(0xe4, 0xe4, 0xe4);
const QColor kPlannedLine(0x70, 0x70, 0x70);
const QColor kActual(0x1f, 0x4e, 0x79);
const QColor kOverrun(0xb0, 0x1e, 0x1e);
const QColor kOverrunFill(0xf4, 0xc7, 0xc3);
const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kStripe(0xf6, 0xf6, 0xf6);

// Diagonal hatching drawn as lines rather than a pattern brush: pattern brushes are sized in
// device pixels, which makes them a grey smear at a PDF's 600 dpi.
void hatch(QPainter &p, const QRectF &r, qreal spacing, const QColor &color, qreal width)
{
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(QPen(color, width));
    for (qreal x = r.left() - r.height(); x < r.right(); x += spacing)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
}
} // namespace

struct TimelinePicture::Geometry
{
    qreal pt = 1; // device pixels per point
    QFont font;
    QFont bold;
    qreal rowHeight = 0;
    QRectF legend;
    QRectF axis;
    QRectF plot;   // where bars go, rows included
    QRectF labels; // left of the plot
    qreal numberWidth = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qreal x(qint64 ms) const
    {
        return plot.left() +
               plot.width() * qreal(ms - fromMs) / qreal(std::max<qint64>(1, toMs - fromMs));
    }
};

TimelinePicture::TimelinePicture(const MeetingReport &report)
    : m_meeting(report.meeting), m_scheduledEndMs(report.scheduledEndMs)
{
    qint64 from = report.scheduledStartMs;
    qint64 to = report.scheduledEndMs;
    for (const ReportRow &r : report.rows) {
        // A point of order was never planned: it has its row where it was raised, and only the
        // bar of what happened.
        const bool pointOfOrder = r.kind == EntryKind::PointOfOrder && r.actualStartMs != 0;
        if (r.plannedStartMs == 0 && !pointOfOrder)
            continue; // absent and withdrawn: not in the plan, nothing to draw
        Row row;
        row.order = r.order;
        row.label = delegationLine(r.delegation, r.onBehalfOf);
        if (pointOfOrder)
            row.label = Tr::tr("%1: %2", "kind of speech: delegation")
                            .arg(entryKindName(r.kind), row.label);
        row.plannedStartMs = r.plannedStartMs;
        row.plannedEndMs = r.plannedStartMs == 0 ? 0 : r.plannedStartMs + r.allottedMs;
        if (r.hasSpoken() && r.actualStartMs != 0) {
            row.actualStartMs = r.actualStartMs;
            // The speaker at the rostrum is drawn up to the moment of the report.
            row.actualEndMs = r.actualEndMs != 0 ? r.actualEndMs : report.generatedAtMs;
            row.overrunMs = r.overrunMs;
            from = std::min(from, row.actualStartMs);
            to = std::max(to, row.actualEndMs);
        }
        to = std::max(to, row.plannedEndMs);
        m_rows.append(row);
    }
    // Whole five minutes at both ends, so the axis starts and ends on a tick.
    const qint64 step = 5 * kMinute;
    m_fromMs = from - ((from % step) + step) % step;
    m_toMs = to + (step - ((to % step) + step) % step) % step;
}

void TimelinePicture::paint(QPainter &painter, const QRectF &rect, int firstRow, int count) const
{
    const int first = std::clamp(firstRow, 0, rowCount());
    const int n = count < 0 ? rowCount() - first : std::min(count, rowCount() - first);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    Geometry g;
    g.pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    g.fromMs = m_fromMs;
    g.toMs = m_toMs;
    const qreal legendHeight = 16 * g.pt;
    const qreal axisHeight = 14 * g.pt;
    const qreal footHeight = 14 * g.pt;
    const qreal available = rect.height() - legendHeight - axisHeight - footHeight;
    g.rowHeight = std::min(18 * g.pt, available / std::max(1, n));
    const qreal fontPoints = std::clamp(g.rowHeight / g.pt * 0.6, 5.5, 9.0);
    g.font = DocumentFonts::font(fontPoints);
    g.bold = DocumentFonts::font(fontPoints, true);

    const QFontMetricsF metrics(g.font, painter.device());
    g.numberWidth = metrics.horizontalAdvance(QStringLiteral("000")) + 3 * g.pt;
    qreal labelWidth = 0;
    for (int i = first; i < first + n; ++i)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_rows[i].label));
    labelWidth = std::min(labelWidth + g.numberWidth + 6 * g.pt, rect.width() * 0.26);
    // Room on the right for the "+0:23" of a speech that ends at the edge of the axis.
    const qreal rightRoom =
        QFontMetricsF(g.bold, painter.device()).horizontalAdvance(QStringLiteral("+00:00")) +
        6 * g.pt;

    g.legend = QRectF(rect.left(), rect.top(), rect.width(), legendHeight);
    g.labels =
        QRectF(rect.left(), rect.top() + legendHeight + axisHeight, labelWidth, n * g.rowHeight);
    g.plot = QRectF(rect.left() + labelWidth, g.labels.top(), rect.width() - labelWidth - rightRoom,
                    n * g.rowHeight);
    g.axis = QRectF(g.plot.left(), rect.top() + legendHeight, g.plot.width(), axisHeight);

    paintLegend(painter, g);
    for (int i = 0; i < n; ++i) {
        if (i % 2 == 1)
            painter.fillRect(QRectF(rect.left(), g.plot.top() + i * g.rowHeight,
                                    g.plot.right() - rect.left(), g.rowHeight),
                             kStripe);
    }
    paintAxis(painter, g);
    // Under the bars, so that an overrun label near the end stays readable.
    paintScheduledEnd(painter, g);
    for (int i = 0; i < n; ++i)
        paintRow(painter, g, m_rows[first + i], g.plot.top() + i * g.rowHeight);
    painter.restore();
}

void TimelinePicture::paintLegend(QPainter &p, const Geometry &g) const
{
    p.setFont(g.font);
    const QFontMetricsF metrics(g.font, p.device());
    const qreal box = 9 * g.pt;
    const qreal y = g.legend.top() + (g.legend.height() - box) / 2 - 2 * g.pt;
    qreal x = g.legend.left();
    auto label = [&](const QString &text) {
        p.setPen(Qt::black);
        const QRectF r(x, g.legend.top(), metrics.horizontalAdvance(text) + 2 * g.pt,
                       g.legend.height() - 4 * g.pt);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
        x = r.right() + 12 * g.pt;
    };
    const QRectF planned(x, y + box * 0.2, box * 1.8, box * 0.6);
    p.setPen(QPen(kPlannedLine, 0.6 * g.pt));
    p.setBrush(kPlannedFill);
    p.drawRect(planned);
    x = planned.right() + 3 * g.pt;
    label(Tr::tr("Planned slot"));
    const QRectF actual(x, y + box * 0.2, box * 1.8, box * 0.6);
    p.fillRect(actual, kActual);
    x = actual.right() + 3 * g.pt;
    label(Tr::tr("Actual speech"));
    const QRectF over(x, y + box * 0.2, box * 1.8, box * 0.6);
    p.fillRect(over, kOverrunFill);
    hatch(p, over, 2.2 * g.pt, kOverrun, 0.7 * g.pt);
    x = over.right() + 3 * g.pt;
    label(Tr::tr("Overrun"));
    p.setPen(QPen(Qt::black, 1.4 * g.pt, Qt::DashLine));
    p.drawLine(QPointF(x + box * 0.5, y), QPointF(x + box * 0.5, y + box));
    x += box + 3 * g.pt;
    label(Tr::tr("Scheduled end"));
}

void TimelinePicture::paintAxis(QPainter &p, const Geometry &g) const
{
    const QFontMetricsF metrics(g.font, p.device());
    const qreal minGap = metrics.horizontalAdvance(QStringLiteral("00:00")) + 10 * g.pt;
    qint64 step = 5 * kMinute;
    for (const qint64 candidate : {5, 10, 15, 20, 30, 60, 120, 240}) {
        step = candidate * kMinute;
        if (g.x(g.fromMs + step) - g.x(g.fromMs) >= minGap)
            break;
    }
    p.setFont(g.font);
    // Ticks fall on whole local minutes: a zone with a half-hour offset still reads 15:30.
    const QDateTime localFrom = m_meeting.toLocal(g.fromMs);
    const qint64 minuteOfDay = localFrom.time().hour() * 60 + localFrom.time().minute();
    const qint64 stepMinutes = step / kMinute;
    const qint64 skip = (stepMinutes - minuteOfDay % stepMinutes) % stepMinutes;
    for (qint64 t = g.fromMs + skip * kMinute - localFrom.time().second() * 1000; t <= g.toMs;
         t += step) {
        const qreal x = g.x(t);
        if (x < g.plot.left() - 0.5)
            continue;
        p.setPen(QPen(kGrid, 0.5 * g.pt));
        p.drawLine(QPointF(x, g.axis.bottom() - 2 * g.pt), QPointF(x, g.plot.bottom()));
        p.setPen(QColor(0x33, 0x33, 0x33));
        const QRectF label(x - minGap / 2, g.axis.top(), minGap, g.axis.height() - 3 * g.pt);
        p.drawText(label, Qt::AlignHCenter | Qt::AlignBottom, clockText(m_meeting, t));
    }
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.6 * g.pt));
    p.drawLine(QPointF(g.plot.left(), g.axis.bottom()), QPointF(g.plot.right(), g.axis.bottom()));
}

void TimelinePicture::paintRow(QPainter &p, const Geometry &g, const Row &row, qreal y) const
{
    const QFontMetricsF metrics(g.font, p.device());
    p.setFont(g.font);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF number(g.labels.left(), y, g.numberWidth - 3 * g.pt, g.rowHeight);
    p.drawText(number, Qt::AlignRight | Qt::AlignVCenter, QString::number(row.order));
    p.setPen(Qt::black);
    const QRectF name(g.labels.left() + g.numberWidth, y,
                      g.labels.width() - g.numberWidth - 4 * g.pt, g.rowHeight);
    p.drawText(name, Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(TextRules::visible(row.label), Qt::ElideRight, name.width()));

    const qreal minWidth = 0.8 * g.pt; // a speech of seconds still shows
    if (row.plannedStartMs != 0) {     // a point of order has no planned slot
        const QRectF planned(g.x(row.plannedStartMs), y + g.rowHeight * 0.14,
                             std::max(minWidth, g.x(row.plannedEndMs) - g.x(row.plannedStartMs)),
                             g.rowHeight * 0.3);
        p.setPen(QPen(kPlannedLine, 0.5 * g.pt));
        p.setBrush(kPlannedFill);
        p.drawRect(planned);
    }
    if (row.actualStartMs == 0)
        return;
    const QRectF actual(g.x(row.actualStartMs), y + g.rowHeight * 0.5,
                        std::max(minWidth, g.x(row.actualEndMs) - g.x(row.actualStartMs)),
                        g.rowHeight * 0.36);
    p.fillRect(actual, kActual);
    if (row.overrunMs < 1000)
        return;
    // Overrun is the tail of the speech: the time after the limit ran out.
    const qreal overStart = std::max(actual.left(), g.x(row.actualEndMs - row.overrunMs));
    const QRectF over(overStart, actual.top(), std::max(minWidth, actual.right() - overStart),
                      actual.height());
    p.fillRect(over, kOverrunFill);
    hatch(p, over, 1.8 * g.pt, kOverrun, 0.6 * g.pt);
    p.setPen(QPen(kOverrun, 0.5 * g.pt));
    p.setBrush(Qt::NoBrush);
    p.drawRect(over);
    p.setFont(g.bold);
    p.setPen(kOverrun);
    const QRectF label(over.right() + 2 * g.pt, y, 60 * g.pt, g.rowHeight);
    p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, ReportText::overrun(row.overrunMs));
}

void TimelinePicture::paintScheduledEnd(QPainter &p, const Geometry &g) const
{
    if (m_scheduledEndMs < g.fromMs || m_scheduledEndMs > g.toMs)
        return;
    const qreal x = g.x(m_scheduledEndMs);
    p.setPen(QPen(Qt::black, 1.4 * g.pt, Qt::DashLine));
    p.drawLine(QPointF(x, g.axis.bottom()), QPointF(x, g.plot.bottom() + 3 * g.pt));
    p.setFont(g.bold);
    const QString text = Tr::tr("Scheduled end %1").arg(clockText(m_meeting, m_scheduledEndMs));
    const qreal width = QFontMetricsF(g.bold, p.device()).horizontalAdvance(text) + 4 * g.pt;
    // Under the plot, kept inside the picture when the line is near its right edge.
    const qreal left = std::min(x - width / 2, g.plot.right() - width);
    p.drawText(QRectF(left, g.plot.bottom() + 3 * g.pt, width, 12 * g.pt),
               Qt::AlignHCenter | Qt::AlignTop, text);
}

} // namespace rostrum
