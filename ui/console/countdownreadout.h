#pragma once

#include "clock/speechclock.h"

#include <QFont>
#include <QWidget>

namespace rostrum {

// The remaining time in the largest figures that fit, with the phase told apart by text and
// shape as well as colour: a frame for warning, time up and overtime, inverted colours for
// overtime, a pause glyph when paused, and a word for every state but plain running.
class CountdownReadout final : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownReadout(QWidget *parent = nullptr);

    void setReading(const SpeechReading &reading);
    const SpeechReading &reading() const { return m_reading; }
    // What the figures say: "2:59", "0:00", "+0:05"; "–:––" when idle with no limit.
    QString text() const { return m_text; }
    ClockPhase phase() const { return m_reading.phase; }
    // The word above the figures: "WARNING", "OVERTIME", "PAUSED — OVERTIME", ...; empty while
    // plainly running.
    QString label() const;
    // Stopped in the warning, time-up or overtime phase.
    bool isPausedLate() const;
    bool isFramed() const;

    // Overtime alternates inverted and plain colours every second. Off by default: a flashing
    // display distracts speakers and some people cannot bear it.
    void setFlashingEnabled(bool enabled);
    bool flashingEnabled() const { return m_flashing; }

    // Where the figures and the word are drawn, ink to ink, in the readout's coordinates;
    // empty for a word not shown. What the fit checks (textfit.h) compare with the widget.
    QRectF figuresTextRect() const;
    QRectF labelTextRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Look
    {
        QColor background;
        QColor figures;
        QColor frame; // invalid: no frame
        QColor label;
    };
    Look look() const;
    Look phaseLook() const;
    QString phaseWord() const;
    bool flashedOff() const;
    // Recomputes the figures' font for the current rect and text.
    void fitFigures();
    qreal advanceOf(QChar c, const QFontMetricsF &fm) const;
    qreal textWidth(const QString &text, const QFontMetricsF &fm) const;
    QRectF innerRect() const;
    QRectF labelRect() const;
    QRectF figuresRect() const;
    // The word's font, shrunk to its band, and where the glyph and the word start.
    struct LabelLayout
    {
        QFont font;
        bool hasGlyph = false;
        qreal left = 0;
        qreal baseline = 0;
        qreal glyphW = 0;
        qreal glyphH = 0;
        qreal gap = 0;
        qreal total = 0;
    };
    LabelLayout labelLayout(const QString &word) const;
    qreal figuresBaseline(const QFontMetricsF &fm) const;
    void paintLabel(QPainter &p, const Look &look) const;
    void paintFigures(QPainter &p, const Look &look) const;

    SpeechReading m_reading;
    QString m_text;
    bool m_flashing = false;
    QFont m_figuresFont;
    QFont m_labelFont;
};

} // namespace rostrum
