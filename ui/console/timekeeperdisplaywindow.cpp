// The display as a window: which screen it is on, full screen or not, and where it was last
// time. Kept apart from what it paints (timekeeperdisplay.cpp).
#include "settingskeys.h"
#include "timekeeperdisplay.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

namespace rostrum {

void TimekeeperDisplay::toggleFullScreen()
{
    if (isFullScreen())
        leaveFullScreen();
    else
        enterFullScreen(screen());
    saveWindowState();
}

QRect TimekeeperDisplay::windowedGeometryOn(const QScreen *target) const
{
    QRect g = m_windowedGeometry.isValid() ? m_windowedGeometry : geometry();
    if (!target)
        return g;
    const QRect available = target->availableGeometry();
    if (!available.contains(g)) {
        g.setSize(g.size().boundedTo(available.size()));
        g.moveCenter(available.center());
    }
    return g;
}

void TimekeeperDisplay::rememberWindowedGeometry()
{
    if (!isFullScreen())
        m_windowedGeometry = geometry();
    else if (!m_windowedGeometry.isValid())
        m_windowedGeometry = normalGeometry(); // full screen as restored from the settings
}

void TimekeeperDisplay::enterFullScreen(QScreen *target)
{
    if (isFullScreen() && target && target != screen())
        leaveFullScreen();
    rememberWindowedGeometry();
    if (target) {
        m_windowedGeometry = windowedGeometryOn(target);
        if (target != screen()) {
            // Moved to the new screen as a window first, so that leaving full screen stays there.
            setScreen(target);
            setGeometry(m_windowedGeometry);
        }
    }
    // Before the state, not after: a geometry set on a full-screen widget takes it out of full
    // screen.
    if (QScreen *s = target ? target : screen())
        setGeometry(s->geometry());
    showFullScreen();
}

void TimekeeperDisplay::leaveFullScreen()
{
    const QRect back = windowedGeometryOn(screen());
    showNormal();
    setGeometry(back);
}

void TimekeeperDisplay::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    saveWindowState();
}

QScreen *TimekeeperDisplay::findScreen(const QString &screenNameOrIndex)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *s : screens) {
        if (s->name() == screenNameOrIndex)
            return s;
    }
    bool isIndex = false;
    const int index = screenNameOrIndex.toInt(&isIndex);
    if (isIndex && index >= 0 && index < screens.size())
        return screens.at(index);
    return nullptr;
}

void TimekeeperDisplay::showOnScreen(const QString &screenNameOrIndex, bool fullScreen)
{
    QScreen *target = findScreen(screenNameOrIndex);
    if (!target)
        target = QGuiApplication::primaryScreen();
    rememberWindowedGeometry();
    if (fullScreen) {
        enterFullScreen(target);
    } else {
        if (isFullScreen())
            showNormal();
        if (target) {
            m_windowedGeometry = windowedGeometryOn(target);
            setScreen(target);
            setGeometry(m_windowedGeometry);
        }
        show();
    }
    saveWindowState();
}

void TimekeeperDisplay::showRemembered()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(SettingsKeys::timekeeperGeometry()).toByteArray()))
        m_windowedGeometry = normalGeometry();
    if (const QRect windowed = settings.value(SettingsKeys::timekeeperWindowed()).toRect();
        windowed.isValid())
        m_windowedGeometry = windowed;
    showOnScreen(settings.value(SettingsKeys::timekeeperScreen()).toString(),
                 settings.value(SettingsKeys::timekeeperFullScreen(), false).toBool());
}

void TimekeeperDisplay::saveWindowState() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::timekeeperGeometry(), saveGeometry());
    if (screen())
        settings.setValue(SettingsKeys::timekeeperScreen(), screen()->name());
    settings.setValue(SettingsKeys::timekeeperFullScreen(), isFullScreen());
    settings.setValue(SettingsKeys::timekeeperWindowed(),
                      isFullScreen() && m_windowedGeometry.isValid() ? m_windowedGeometry
                                                                     : geometry());
}

} // namespace rostrum
