#include "countdownreadout.h"

#include "bidi.h"
#include "clock/timetext.h"
#include "spokenreading.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace rostrum {

namespace {
// Fonts are measured once at this size and scaled, so fitting costs one metrics lookup.
constexpr int kReferencePx = 400;
// The widest time the figures are sized for, so they keep their size from 12:00 to 0:00 and
// into overtime; only a longer text ("+10:05") makes them shrink.
const QString &sizingPattern()
{
    static const QString pattern = QStringLiteral("88:88");
    return pattern;
}
constexpr QChar kDash(0x2013);

QString figuresFor(const SpeechReading &r)
{
    if (r.phase == ClockPhase::Idle && r.limitMs <= 0)
        return QString(kDash) + QLatin1Char(':') + kDash + kDash;
    return formatCountdown(r.remainingMs);
}

bool isCell(QChar c)
{
    return c.isDigit() || c == kDash;
}
} // namespace

CountdownReadout::CountdownReadout(QWidget *parent) : QWidget(parent)
{
    // The readout paints every pixel: repainting it every second must not repaint its parent.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Remaining speaking time"));
    setAccessibleDescription(spokenReading(m_reading));
    m_text = figuresFor(m_reading);
    fitFigures();
}

void CountdownReadout::setReading(const SpeechReading &reading)
{
    const QString text = figuresFor(reading);
    const bool looksSame =
        text == m_text && reading.phase == m_reading.phase &&
        reading.running == m_reading.running &&
        (!m_flashing || reading.remainingMs / 1000 == m_reading.remainingMs / 1000);
    m_reading = reading;
    if (looksSame)
        return;
    const bool resized = text.size() != m_text.size();
    m_text = text;
    if (resized)
        fitFigures();
    setAccessibleDescription(spokenReading(m_reading));
    update();
}

bool CountdownReadout::isPausedLate() const
{
    // The engine reports warning, time up and overtime before "paused"; the readout must
    // still say that the clock is stopped.
    const ClockPhase ph = m_reading.phase;
    return m_reading.started && !m_reading.running &&
           (ph == ClockPhase::Warning || ph == ClockPhase::TimeUp || ph == ClockPhase::Overtime);
}

QString CountdownReadout::label() const
{
    if (isPausedLate())
        return tr("PAUSED — %1").arg(phaseWord());
    return phaseWord();
}

QString CountdownReadout::phaseWord() const
{
    switch (m_reading.phase) {
    case ClockPhase::Idle:
        return tr("READY");
    case ClockPhase::Running:
        return {};
    case ClockPhase::Paused:
        return tr("PAUSED");
    case ClockPhase::Warning:
        return tr("WARNING");
    case ClockPhase::TimeUp:
        return tr("TIME");
    case ClockPhase::Overtime:
        return tr("OVERTIME");
    case ClockPhase::Finished:
        return tr("FINISHED");
    }
    return {};
}

bool CountdownReadout::isFramed() const
{
    return look().frame.isValid();
}

void CountdownReadout::setFlashingEnabled(bool enabled)
{
    if (m_flashing == enabled)
        return;
    m_flashing = enabled;
    update();
}

bool CountdownReadout::flashedOff() const
{
    // Tied to the overrun seconds rather than a timer: one second inverted, one plain.
    return m_flashing && m_reading.phase == ClockPhase::Overtime &&
           ((-m_reading.remainingMs) / 1000) % 2 == 0;
}

CountdownReadout::Look CountdownReadout::look() const
{
    Look lk = phaseLook();
    if (isPausedLate()) {
        // Stopped figures are dimmed halfway into the background, as when paused early.
        lk.figures = QColor((lk.figures.red() + lk.background.red()) / 2,
                            (lk.figures.green() + lk.background.green()) / 2,
                            (lk.figures.blue() + lk.background.blue()) / 2);
    }
    return lk;
}

CountdownReadout::Look CountdownReadout::phaseLook() const
{
    const QColor dark(0x15, 0x18, 0x1c);
    const QColor red(0xff, 0x4d, 0x4d);
    const QColor darkRed(0x2b, 0x0a, 0x0a);
    const QColor amber(0xff, 0xb3, 0x00);
    switch (m_reading.phase) {
    case ClockPhase::Running:
        return {dark, QColor(0xf5, 0xf5, 0xf5), QColor(), QColor(0xe0, 0xe0, 0xe0)};
    case ClockPhase::Paused:
        return {dark, QColor(0x6b, 0x71, 0x78), QColor(), QColor(0xe0, 0xe0, 0xe0)};
    case ClockPhase::Warning:
        return {QColor(0x2a, 0x1e, 0x00), amber, amber, amber};
    case ClockPhase::TimeUp:
        return {darkRed, red, red, red};
    case ClockPhase::Overtime:
        if (flashedOff())
            return {darkRed, red, red, red};
        return {QColor(0xc6, 0x28, 0x28), Qt::white, Qt::white, Qt::white};
    case ClockPhase::Idle:
    case ClockPhase::Finished:
        break;
    }
    return {dark, QColor(0x9a, 0xa0, 0xa6), QColor(), QColor(0xc8, 0xcc, 0xd0)};
}

QSize CountdownReadout::sizeHint() const
{
    return {360, 150};
}

QSize CountdownReadout::minimumSizeHint() const
{
    return {140, 64};
}

qreal CountdownReadout::advanceOf(QChar c, const QFontMetricsF &fm) const
{
    if (!isCell(c))
        return fm.horizontalAdvance(c);
    // Tabular figures by hand: every digit gets the widest digit's cell, so "1:11" and "0:00"
    // sit in the same place and the figures never jitter from one second to the next.
    qreal widest = fm.horizontalAdvance(kDash);
    for (char d = '0'; d <= '9'; ++d)
        widest = std::max(widest, fm.horizontalAdvance(QLatin1Char(d)));
    return widest;
}

qreal CountdownReadout::textWidth(const QString &text, const QFontMetricsF &fm) const
{
    qreal w = 0;
    for (QChar c : text)
        w += advanceOf(c, fm);
    return w;
}

QRectF CountdownReadout::innerRect() const
{
    const qreal frame = std::clamp(std::min(width(), height()) * 0.04, 3.0, 28.0);
    // Room for the frame is kept in every state, so the figures do not move when it appears.
    const qreal m = frame * 2;
    return QRectF(rect()).adjusted(m, m * 0.6, -m, -m * 0.6);
}

QRectF CountdownReadout::labelRect() const
{
    const QRectF inner = innerRect();
    return {inner.left(), inner.top(), inner.width(), inner.height() * 0.2};
}

QRectF CountdownReadout::figuresRect() const
{
    const QRectF inner = innerRect();
    const qreal labelH = labelRect().height();
    return inner.adjusted(0, labelH, 0, 0);
}

void CountdownReadout::fitFigures()
{
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(kReferencePx);
    const QFontMetricsF fm(f);
    const qreal w = std::max(textWidth(sizingPattern(), fm), textWidth(m_text, fm));
    const QRectF band = figuresRect();
    const qreal capH = std::max<qreal>(1, fm.capHeight());
    const qreal scale = std::min(band.width() / w, band.height() * 0.86 / capH);
    f.setPixelSize(std::max(6, int(std::floor(kReferencePx * scale))));
    m_figuresFont = f;

    QFont l = font();
    l.setBold(true);
    l.setPixelSize(std::max(6, int(labelRect().height() * 0.72)));
    m_labelFont = l;
}

void CountdownReadout::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFigures();
}

void CountdownReadout::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitFigures();
}

void CountdownReadout::paintEvent(QPaintEvent *)
{
    const Look lk = look();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), lk.background);
    if (lk.frame.isValid()) {
        const qreal fw = std::clamp(std::min(width(), height()) * 0.04, 3.0, 28.0);
        p.setPen(QPen(lk.frame, fw, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(fw / 2, fw / 2, -fw / 2, -fw / 2));
    }
    paintLabel(p, lk);
    paintFigures(p, lk);
}

CountdownReadout::LabelLayout CountdownReadout::labelLayout(const QString &word) const
{
    LabelLayout lay;
    const QRectF band = labelRect();
    lay.font = m_labelFont;
    QFontMetricsF fm(lay.font);
    lay.glyphH = fm.capHeight();
    lay.glyphW = lay.glyphH * 1.1;
    lay.gap = lay.glyphH * 0.5;
    const bool pausedGlyph = m_reading.phase == ClockPhase::Paused || isPausedLate();
    lay.hasGlyph = pausedGlyph || m_reading.phase == ClockPhase::Warning ||
                   m_reading.phase == ClockPhase::TimeUp;
    const qreal glyphRoom = lay.hasGlyph ? lay.glyphW + lay.gap : 0;
    const qreal room = band.width() - glyphRoom;
    if (fm.horizontalAdvance(word) > room && room > 0) {
        // Shrunk to the room, and a pixel less so that rounding never leaves it a hair over.
        lay.font.setPixelSize(std::max(
            6, int(std::floor(lay.font.pixelSize() * room / fm.horizontalAdvance(word))) - 1));
        fm = QFontMetricsF(lay.font);
        lay.glyphH = std::min(lay.glyphH, fm.capHeight());
        lay.glyphW = lay.glyphH * 1.1;
        lay.gap = lay.glyphH * 0.5;
    }
    lay.total = fm.horizontalAdvance(word) + (lay.hasGlyph ? lay.glyphW + lay.gap : 0);
    lay.left = band.center().x() - lay.total / 2;
    lay.baseline = band.center().y() + fm.capHeight() / 2;
    return lay;
}

QRectF CountdownReadout::labelTextRect() const
{
    const QString word = label();
    if (word.isEmpty())
        return {};
    const LabelLayout lay = labelLayout(word);
    const QRectF ink = QFontMetricsF(lay.font).tightBoundingRect(word);
    const qreal top = std::min(lay.baseline + ink.top(), lay.baseline - lay.glyphH);
    const qreal bottom = lay.baseline + std::max<qreal>(0, ink.bottom());
    return {lay.left, top, lay.total, bottom - top};
}

qreal CountdownReadout::figuresBaseline(const QFontMetricsF &fm) const
{
    return figuresRect().center().y() + fm.capHeight() / 2;
}

QRectF CountdownReadout::figuresTextRect() const
{
    const QFontMetricsF fm(m_figuresFont);
    const qreal w = textWidth(m_text, fm);
    const qreal baseline = figuresBaseline(fm);
    const QRectF ink = fm.tightBoundingRect(m_text);
    return {figuresRect().center().x() - w / 2, baseline + ink.top(), w, ink.height()};
}

void CountdownReadout::paintLabel(QPainter &p, const Look &lk) const
{
    const QString word = label();
    if (word.isEmpty())
        return;
    const LabelLayout lay = labelLayout(word);
    const QFont &f = lay.font;
    const bool pausedGlyph = m_reading.phase == ClockPhase::Paused || isPausedLate();
    const bool hasGlyph = lay.hasGlyph;
    const qreal left = lay.left;
    const qreal baseline = lay.baseline;
    const qreal glyphW = lay.glyphW;
    const qreal glyphH = lay.glyphH;
    const qreal gap = lay.gap;

    // The sign goes before the word as it is read: at its left, or at its right in an Arabic
    // console, where the word is read from the right.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const qreal wordLeft = hasGlyph && !rightToLeft ? left + glyphW + gap : left;
    const qreal glyphLeft = rightToLeft ? left + lay.total - glyphW : left;
    if (hasGlyph) {
        const QRectF g(glyphLeft, baseline - glyphH, glyphW, glyphH);
        p.setPen(Qt::NoPen);
        p.setBrush(lk.label);
        if (pausedGlyph) {
            // The pause sign: two bars.
            const qreal bar = g.width() * 0.34;
            p.drawRect(QRectF(g.left(), g.top(), bar, g.height()));
            p.drawRect(QRectF(g.right() - bar, g.top(), bar, g.height()));
        } else if (m_reading.phase == ClockPhase::Warning) {
            // A warning triangle with its exclamation mark cut out.
            QPainterPath tri;
            tri.moveTo(g.center().x(), g.top());
            tri.lineTo(g.right(), g.bottom());
            tri.lineTo(g.left(), g.bottom());
            tri.closeSubpath();
            QPainterPath mark;
            const qreal mw = g.width() * 0.12;
            mark.addRect(QRectF(g.center().x() - mw / 2, g.top() + g.height() * 0.35, mw,
                                g.height() * 0.33));
            mark.addRect(QRectF(g.center().x() - mw / 2, g.bottom() - g.height() * 0.2, mw, mw));
            p.drawPath(tri.subtracted(mark));
        } else {
            // Time up: a stop square.
            p.drawRect(
                QRectF(g.left() + (g.width() - g.height()) / 2, g.top(), g.height(), g.height()));
        }
    }
    p.setFont(f);
    p.setPen(lk.label);
    p.drawText(QPointF(wordLeft, baseline), word);
}

void CountdownReadout::paintFigures(QPainter &p, const Look &lk) const
{
    const QRectF band = figuresRect();
    const QFontMetricsF fm(m_figuresFont);
    p.setFont(m_figuresFont);
    p.setPen(lk.figures);
    qreal x = band.center().x() - textWidth(m_text, fm) / 2;
    const qreal baseline = figuresBaseline(fm);
    for (QChar c : m_text) {
        const qreal cell = advanceOf(c, fm);
        p.drawText(QPointF(x + (cell - fm.horizontalAdvance(c)) / 2, baseline), QString(c));
        x += cell;
    }
}

} // namespace rostrum
