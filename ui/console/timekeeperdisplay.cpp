#include "timekeeperdisplay.h"

#include "bidi.h"
#include "clock/speechclock.h"
#include "clock/timetext.h"
#include "countdownreadout.h"
#include "language/datetext.h"
#include "secondticker.h"
#include "session/meetingsession.h"
#include "settingskeys.h"
#include "spokenreading.h"
#include "statementlanguage.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <algorithm>

namespace rostrum {

namespace {
const QColor kBackground(0x0b, 0x0d, 0x10);
const QColor kHeadline(0xff, 0xff, 0xff);
const QColor kSecondary(0xc8, 0xcc, 0xd0);
const QColor kNext(0xa8, 0xc4, 0xe0);
const QColor kFooter(0x9a, 0xa0, 0xa6);
// The message band: dark text on amber, framed, so it reads as a note to the speaker and not
// as part of the clock, in grey scale too.
const QColor kMessageBand(0xf2, 0xc0, 0x4a);
const QColor kMessageText(0x10, 0x10, 0x10);
const QColor kInterrupted(0xf2, 0xc0, 0x4a);

// Text in the largest size its row allows, shrunk to fit the width and elided only as a last
// resort: a long delegation name must stay whole whenever it can.
void drawFitted(QPainter &p, const QRectF &rect, const QString &text, bool bold,
                const QColor &colour, Qt::Alignment align)
{
    if (text.isEmpty() || rect.height() < 4)
        return;
    QFont f = p.font();
    f.setBold(bold);
    const int full = std::max(6, int(rect.height() * 0.72));
    f.setPixelSize(full);
    QFontMetricsF fm(f);
    const qreal w = fm.horizontalAdvance(text);
    if (w > rect.width()) {
        f.setPixelSize(std::max(std::max(6, int(full * 0.5)), int(full * rect.width() / w)));
        fm = QFontMetricsF(f);
    }
    p.setFont(f);
    p.setPen(colour);
    p.drawText(rect, int(align | Qt::AlignVCenter) | Qt::TextSingleLine,
               fm.elidedText(text, Qt::ElideRight, rect.width()));
}
} // namespace

TimekeeperDisplay::TimekeeperDisplay(MeetingSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_ticker(new SecondTicker(session, this)),
      m_readout(new CountdownReadout(this))
{
    setWindowTitle(tr("Rostrum — Timekeeper"));
    setAccessibleName(tr("Timekeeper's display"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
    resize(960, 540);

    // A child by name, so that tests can see when the clock of the meeting next repaints.
    m_minuteTimer.setParent(this);
    m_minuteTimer.setObjectName(QStringLiteral("minuteTimer"));
    m_minuteTimer.setSingleShot(true);
    m_minuteTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_minuteTimer, &QTimer::timeout, this, &TimekeeperDisplay::onMinute);
    connect(session, &MeetingSession::changed, this, &TimekeeperDisplay::refresh);
    connect(m_ticker, &SecondTicker::tick, this, &TimekeeperDisplay::refresh);
    refresh();
    armMinuteTimer();
}

void TimekeeperDisplay::setFlashingEnabled(bool enabled)
{
    m_readout->setFlashingEnabled(enabled);
}

bool TimekeeperDisplay::flashingEnabled() const
{
    return m_readout->flashingEnabled();
}

TimekeeperDisplay::Rows TimekeeperDisplay::rows() const
{
    const qreal h = height();
    const qreal side = std::max(12.0, width() * 0.03);
    const qreal w = width() - 2 * side;
    Rows r;
    qreal y = std::max(6.0, h * 0.025);
    auto take = [&](qreal fraction) {
        const QRectF row(side, y, w, h * fraction);
        y += h * fraction;
        return row;
    };
    r.delegation = take(0.11);
    r.speaker = take(0.065);
    // Small, under the speaker: the booths glance at it, the room does not need it.
    r.language = take(0.04);
    y += h * 0.01;
    // A message takes room from the figures: the speaker must read it at a glance.
    const bool message = !m_shown.message.isEmpty();
    r.readout = take(message ? 0.40 : 0.55);
    y += h * 0.01;
    if (message) {
        r.message = take(0.14);
        y += h * 0.01;
    }
    r.next = take(0.08);
    const qreal footerH = h * 0.065;
    r.footer = QRectF(side, h - std::max(6.0, h * 0.02) - footerH, w, footerH);
    return r;
}

void TimekeeperDisplay::layoutReadout()
{
    m_readout->setGeometry(rows().readout.toAlignedRect());
}

void TimekeeperDisplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutReadout();
}

void TimekeeperDisplay::setRowText(QString &row, const QString &text, const QRectF &rect)
{
    if (row == text)
        return;
    row = text;
    // Only the row repaints: the countdown below it keeps its own schedule.
    update(rect.toAlignedRect());
}

void TimekeeperDisplay::refresh()
{
    const QString message = m_session->meeting().message;
    if (message != m_shown.message) {
        // The rows move to make room for it, or give the room back: all of them repaint.
        m_shown.message = message;
        layoutReadout();
        update();
    }
    const Rows r = rows();
    const Entry *current = m_session->list().current();
    const QVector<Entry> waiting = m_session->list().waiting();
    const Entry *next = waiting.isEmpty() ? nullptr : &waiting.front();
    const Entry *stopped = m_session->list().interrupted();

    if (current && current->kind == EntryKind::PointOfOrder) {
        // Rule 8: the room sees that the floor is taken by a point of order, and by whom.
        setRowText(m_shown.delegation, entryKindName(current->kind), r.delegation);
        setRowText(
            m_shown.speaker,
            current->speaker.isEmpty()
                ? current->delegation
                : tr("%1 — %2", "delegation, speaker").arg(current->delegation, current->speaker),
            r.speaker);
        setRowText(m_shown.language, statementLanguagePhrase(current->language), r.language);
        SpeechReading reading = m_session->currentReading();
        // Untimed, the figures count up: they show the time taken, not a time left.
        if (SpeechClock::isUntimed(*current))
            reading.remainingMs = reading.elapsedMs;
        m_readout->setReading(reading);
    } else if (current) {
        setRowText(m_shown.delegation, current->delegation, r.delegation);
        QString who = current->speaker;
        if (!current->onBehalfOf.isEmpty())
            who = current->speaker.isEmpty()
                      ? tr("on behalf of %1").arg(current->onBehalfOf)
                      : tr("%1, on behalf of %2").arg(current->speaker, current->onBehalfOf);
        if (current->kind == EntryKind::Reply)
            who = who.isEmpty() ? entryKindName(current->kind)
                                : tr("%1 — %2", "speaker, right of reply")
                                      .arg(who, entryKindName(current->kind));
        setRowText(m_shown.speaker, who, r.speaker);
        setRowText(m_shown.language, statementLanguagePhrase(current->language), r.language);
        m_readout->setReading(m_session->currentReading());
    } else {
        setRowText(m_shown.delegation, tr("No one at the rostrum"), r.delegation);
        setRowText(m_shown.speaker, {}, r.speaker);
        setRowText(m_shown.language, {}, r.language);
        // Before a speech the figures show the limit of whoever is called next.
        SpeechReading ready;
        if (next) {
            ready.limitMs = next->allottedMs + next->extraMs;
            ready.remainingMs = ready.limitMs;
        }
        m_readout->setReading(ready);
    }

    QString nextText = tr("Next: none");
    if (next)
        nextText =
            next->speaker.isEmpty()
                ? tr("Next: %1").arg(next->delegation)
                : tr("Next: %1 — %2", "delegation, speaker").arg(next->delegation, next->speaker);
    setRowText(m_shown.next, nextText, r.next);
    QString interrupted;
    if (stopped) {
        const SpeechReading frozen =
            SpeechClock::read(*stopped, m_session->now(), m_session->meeting().warningSeconds);
        interrupted = tr("Interrupted: %1 — %2 left")
                          .arg(SpeakersList::describe(*stopped),
                               bidi::leftToRight(formatCountdown(frozen.remainingMs)));
    }
    setRowText(m_shown.interrupted, interrupted, r.next);
    // Painted by hand, so said in words: who speaks, the clock and its state, who is next.
    const QString who =
        m_shown.speaker.isEmpty()
            ? m_shown.delegation
            : tr("%1, %2", "delegation, speaker").arg(m_shown.delegation, m_shown.speaker);
    QString description = tr("%1. %2. %3", "who speaks; the clock; who is next")
                              .arg(who, spokenReading(m_readout->reading()),
                                   interrupted.isEmpty() ? nextText : interrupted);
    if (!message.isEmpty())
        description += QLatin1Char(' ') + tr("Message to the speaker: %1").arg(message);
    setAccessibleDescription(description);
    refreshFooter();
}

bool TimekeeperDisplay::refreshFooter()
{
    const Meeting &meeting = m_session->meeting();
    const qint64 now = m_session->now();
    const QRectF footer = rows().footer;
    const QString before = m_shown.clock + m_shown.projection;
    setRowText(m_shown.clock, DateText::timeOfDay(meeting.toLocal(now).time()), footer);

    const Projection p = m_session->projection();
    QString projection;
    if (m_session->list().current() || p.remainingSpeakers > 0)
        projection = tr("Projected end %1 (%2)")
                         .arg(bidi::leftToRight(
                                  DateText::timeOfDay(meeting.toLocal(p.projectedEndMs).time())),
                              bidi::leftToRight(formatOverUnder(p.overUnderMs)));
    setRowText(m_shown.projection, projection, footer);
    return before != m_shown.clock + m_shown.projection;
}

void TimekeeperDisplay::armMinuteTimer()
{
    // Aimed at the next minute of the wall clock (every zone's minutes start together), with
    // a little slack so the new minute has surely begun.
    const qint64 now = m_session->now();
    const qint64 toNextMinute = 60'000 - ((now % 60'000) + 60'000) % 60'000;
    m_minuteTimer.start(int(toNextMinute) + 20);
}

void TimekeeperDisplay::onMinute()
{
    refreshFooter();
    armMinuteTimer();
}

void TimekeeperDisplay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), kBackground);
    const Rows r = rows();
    const Qt::Alignment centre = Qt::AlignHCenter;
    drawFitted(p, r.delegation, m_shown.delegation, true, kHeadline, centre);
    drawFitted(p, r.speaker, m_shown.speaker, false, kSecondary, centre);
    drawFitted(p, r.language, m_shown.language, false, kFooter, centre);
    // During a point of order the speech it stopped stands where the next speaker would.
    if (m_shown.interrupted.isEmpty())
        drawFitted(p, r.next, m_shown.next, false, kNext, centre);
    else
        drawFitted(p, r.next, m_shown.interrupted, true, kInterrupted, centre);
    if (!m_shown.message.isEmpty()) {
        p.setPen(QPen(kHeadline, std::max(2.0, r.message.height() * 0.04)));
        p.setBrush(kMessageBand);
        p.drawRoundedRect(r.message, r.message.height() * 0.12, r.message.height() * 0.12);
        drawFitted(p, r.message.adjusted(r.message.height() * 0.3, 0, -r.message.height() * 0.3, 0),
                   m_shown.message, true, kMessageText, centre);
    }

    // The footer: the meeting clock on the leading side (the right, in Arabic), the projection
    // on the other.
    const QRect footer = r.footer.toAlignedRect();
    const int clockWidth = int(footer.width() * 0.3);
    const QRectF clockRect = QStyle::visualRect(
        layoutDirection(), footer, QRect(footer.left(), footer.top(), clockWidth, footer.height()));
    const QRectF projectionRect =
        QStyle::visualRect(layoutDirection(), footer,
                           QRect(footer.left() + clockWidth, footer.top(),
                                 footer.width() - clockWidth, footer.height()));
    drawFitted(p, clockRect, m_shown.clock, true, kFooter, Qt::AlignLeading);
    drawFitted(p, projectionRect, m_shown.projection, false, kFooter, Qt::AlignTrailing);
}

void TimekeeperDisplay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        toggleFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        toggleFullScreen();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rostrum
