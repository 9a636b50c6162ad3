#pragma once

#include <QTimer>
#include <QWidget>

class QScreen;

namespace rostrum {

class CountdownReadout;
class MeetingSession;
class SecondTicker;

// The timekeeper's second screen, read from across the room: the countdown in the largest
// figures that fit, who is speaking above it, who is next below, and a footer with the meeting
// clock and the projected end. It repaints when the displayed second changes and once a
// minute for the clock; nothing else wakes it.
class TimekeeperDisplay final : public QWidget
{
    Q_OBJECT

public:
    // With a parent it is still a window of its own, closed with its parent.
    explicit TimekeeperDisplay(MeetingSession *session, QWidget *parent = nullptr);

    CountdownReadout *readout() const { return m_readout; }
    SecondTicker *ticker() const { return m_ticker; }
    void setFlashingEnabled(bool enabled);
    bool flashingEnabled() const;

    // A screen by its name ("HDMI-1") or its index in QGuiApplication::screens() ("1");
    // null when there is no such screen.
    static QScreen *findScreen(const QString &screenNameOrIndex);
    // Moves to that screen (the primary one when not found) and shows, full screen or not.
    void showOnScreen(const QString &screenNameOrIndex, bool fullScreen);
    // The geometry F11 goes back to from full screen.
    QRect windowedGeometry() const { return m_windowedGeometry; }
    // Shows where it was last time: same screen, geometry and full-screen state.
    void showRemembered();
    // QSettings group "timekeeper": geometry, screen, fullscreen. Done on hide and on F11.
    void saveWindowState() const;

    // What the display paints, row by row: the same texts a chair's status bar or a screen
    // reader would be given.
    struct Shown
    {
        QString delegation;
        QString speaker;
        QString language; // "Statement in Spanish", for the interpreters' booths
        QString next;
        // During a point of order: the speech it stopped and the time that speech keeps.
        QString interrupted;
        QString message;    // to the speaker, large, until cleared or the floor changes hands
        QString clock;      // the meeting's local time, HH:mm
        QString projection; // "Projected end 17:48 (+18 min)"
    };
    const Shown &shown() const { return m_shown; }

public slots:
    // Reads the session again; called on every act and every displayed second.
    void refresh();
    void toggleFullScreen();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Rows
    {
        QRectF delegation;
        QRectF speaker;
        QRectF language;
        QRectF readout;
        QRectF message;
        QRectF next;
        QRectF footer;
    };
    Rows rows() const;
    void layoutReadout();
    // Updates the clock and projected end; true when either text changed.
    bool refreshFooter();
    void armMinuteTimer();
    void onMinute();
    void setRowText(QString &row, const QString &text, const QRectF &rect);
    // Without a window manager X11 ignores the full-screen state, and the window would keep
    // its size: both also set the geometry themselves, so the display fills its screen and
    // comes back to where it was, with a window manager or without one.
    void rememberWindowedGeometry();
    void enterFullScreen(QScreen *target);
    void leaveFullScreen();
    // The windowed geometry kept on that screen, centred there when it is elsewhere.
    QRect windowedGeometryOn(const QScreen *target) const;

    MeetingSession *m_session;
    SecondTicker *m_ticker;
    CountdownReadout *m_readout;
    QTimer m_minuteTimer;
    Shown m_shown;
    QRect m_windowedGeometry;
};

} // namespace rostrum
