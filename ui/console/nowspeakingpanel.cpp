#include "nowspeakingpanel.h"

#include "bidi.h"
#include "clock/timetext.h"
#include "countdownreadout.h"
#include "secondticker.h"
#include "session/meetingsession.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rostrum {

namespace {
// The whole text of a line, kept for when the compact panel shows it elided.
const char kFullText[] = "fullText";

// Roomy, a line wraps; compact, it is one line ending in "…" when too long, whole in its
// tooltip, so that the countdown keeps its room on a short window.
void showLine(QLabel *label, bool compact)
{
    const QString full = label->property(kFullText).toString();
    const QString shown =
        compact ? label->fontMetrics().elidedText(full, Qt::ElideRight, label->width()) : full;
    if (label->text() != shown)
        label->setText(shown);
    label->setToolTip(compact && shown != full ? full : QString());
}

void setTextIfChanged(QLabel *label, const QString &text)
{
    label->setProperty(kFullText, text);
    label->setVisible(!text.isEmpty());
}

QLabel *makeLabel(QWidget *parent, qreal scale, bool bold, bool italic = false)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    f.setItalic(italic);
    label->setFont(f);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Roomy, the countdown is never shorter than this; compact, as short as its own minimum.
constexpr int kRoomyReadoutHeight = 110;
// The delegation's name, against the panel's font.
constexpr qreal kNameScale = 1.8;
constexpr qreal kCompactNameScale = 1.4;

QString limitTextFor(const Entry &e)
{
    if (e.extraMs == 0)
        return NowSpeakingPanel::tr("Limit %1").arg(bidi::leftToRight(formatMinSec(e.allottedMs)));
    const QString extra =
        e.extraMs > 0 ? QLatin1Char('+') + formatMinSec(e.extraMs) : formatMinSec(e.extraMs);
    // "+1:00" keeps its sign in front in an Arabic line.
    return NowSpeakingPanel::tr("Limit %1 (%2)")
        .arg(bidi::leftToRight(formatMinSec(e.allottedMs)), bidi::leftToRight(extra));
}

// The bar's colour follows the phase; its text says the phase too, so colour is never alone.
QColor barColour(ClockPhase phase, const QPalette &normal)
{
    switch (phase) {
    case ClockPhase::Warning:
        return QColor(0xe0, 0x9a, 0x00);
    case ClockPhase::TimeUp:
    case ClockPhase::Overtime:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return normal.color(QPalette::Highlight);
    }
}
} // namespace

NowSpeakingPanel::NowSpeakingPanel(MeetingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_ticker(new SecondTicker(session, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = makeLabel(this, 0.9, true);
    m_heading = heading;
    heading->setText(tr("Now speaking"));
    heading->setForegroundRole(QPalette::PlaceholderText);
    m_delegation = makeLabel(this, kNameScale, true);
    m_onBehalfOf = makeLabel(this, 1.0, false, true);
    m_speaker = makeLabel(this, 1.15, false);
    m_language = makeLabel(this, 1.0, false);
    m_readout = new CountdownReadout(this);
    m_readout->setMinimumHeight(kRoomyReadoutHeight);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Speaking time used"));
    m_limit = makeLabel(this, 1.0, false);
    // Named, so that the chair window's tests and tools such as GammaRay can find each line.
    m_delegation->setObjectName(QStringLiteral("delegation"));
    m_onBehalfOf->setObjectName(QStringLiteral("onBehalfOf"));
    m_speaker->setObjectName(QStringLiteral("speaker"));
    m_language->setObjectName(QStringLiteral("language"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_limit->setObjectName(QStringLiteral("limit"));

    layout->addWidget(heading);
    layout->addWidget(m_delegation);
    layout->addWidget(m_onBehalfOf);
    layout->addWidget(m_speaker);
    layout->addWidget(m_language);
    layout->addWidget(m_readout, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_limit);

    connect(session, &MeetingSession::changed, this, &NowSpeakingPanel::refresh);
    connect(m_ticker, &SecondTicker::tick, this, &NowSpeakingPanel::refresh);
    refresh();
}

void NowSpeakingPanel::setFlashingEnabled(bool enabled)
{
    m_readout->setFlashingEnabled(enabled);
}

void NowSpeakingPanel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_heading->setVisible(!compact);
    QFont name = m_delegation->font();
    name.setPointSizeF(font().pointSizeF() * (compact ? kCompactNameScale : kNameScale));
    m_delegation->setFont(name);
    m_readout->setMinimumHeight(compact ? 0 : kRoomyReadoutHeight);
    layout()->setSpacing(compact ? 2 : -1);
    refresh();
}

void NowSpeakingPanel::showLines()
{
    for (QLabel *line : {m_delegation, m_onBehalfOf, m_speaker, m_language, m_limit}) {
        if (line->wordWrap() == m_compact)
            line->setWordWrap(!m_compact);
        // A one-line label would otherwise be as wide as its text, and widen the window.
        line->setMinimumWidth(m_compact ? 1 : 0);
        showLine(line, m_compact);
    }
    if (!m_compact)
        return;
    m_language->hide();
    m_limit->hide();
}

void NowSpeakingPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_compact)
        showLines();
}

void NowSpeakingPanel::refresh()
{
    const Entry *current = m_session->list().current();
    if (current)
        showSpeaker(*current, m_session->currentReading());
    else
        showNobody();
    showLines();
}

void NowSpeakingPanel::showSpeaker(const Entry &e, const SpeechReading &r)
{
    // A point of order or a reply says so before the name: the chair must not take it for the
    // next statement.
    setTextIfChanged(
        m_delegation,
        e.kind == EntryKind::Statement
            ? e.delegation
            : tr("%1: %2", "kind of speech: delegation").arg(entryKindName(e.kind), e.delegation));
    setTextIfChanged(m_onBehalfOf,
                     e.onBehalfOf.isEmpty() ? QString() : tr("on behalf of %1").arg(e.onBehalfOf));
    QString who = e.speaker;
    if (!e.speaker.isEmpty() && !e.title.isEmpty())
        who = tr("%1, %2", "speaker name, title").arg(e.speaker, e.title);
    else if (e.speaker.isEmpty())
        who = e.title;
    setTextIfChanged(m_speaker, who);
    setTextIfChanged(m_language, tr("Language: %1").arg(languageName(e.language)));
    QString limit = limitTextFor(e);
    if (SpeechClock::isUntimed(e))
        limit = tr("Untimed: the clock counts up");
    if (const Entry *stopped = m_session->list().interrupted()) {
        const SpeechReading frozen =
            SpeechClock::read(*stopped, m_session->now(), m_session->meeting().warningSeconds);
        limit = tr("%1 · Interrupted: %2, %3 left")
                    .arg(limit, SpeakersList::describe(*stopped),
                         bidi::leftToRight(formatCountdown(frozen.remainingMs)));
    }
    setTextIfChanged(m_limit, limit);
    SpeechReading shown = r;
    if (SpeechClock::isUntimed(e))
        shown.remainingMs = r.elapsedMs; // the figures count up
    m_readout->setReading(shown);

    const int limitS = int(std::max<qint64>(1, r.limitMs / 1000));
    const int elapsedS = int(std::min<qint64>(r.elapsedMs / 1000, limitS));
    m_progress->setRange(0, limitS);
    m_progress->setValue(elapsedS);
    QString phase = clockPhaseName(r.phase);
    if (m_readout->isPausedLate())
        phase = tr("%1, paused", "clock phase").arg(phase);
    m_progress->setFormat(tr("%1 of %2 — %3")
                              .arg(bidi::leftToRight(formatMinSec(r.elapsedMs)),
                                   bidi::leftToRight(formatMinSec(r.limitMs)), phase));
    QPalette pal = m_progress->palette();
    const QColor colour = barColour(r.phase, palette());
    if (pal.color(QPalette::Highlight) != colour) {
        pal.setColor(QPalette::Highlight, colour);
        m_progress->setPalette(pal);
    }
}

void NowSpeakingPanel::showNobody()
{
    const QVector<Entry> waiting = m_session->list().waiting();
    const Entry *next = waiting.isEmpty() ? nullptr : &waiting.front();
    setTextIfChanged(m_delegation,
                     next ? tr("No one at the rostrum — next: %1").arg(next->delegation)
                          : tr("No one at the rostrum"));
    setTextIfChanged(m_onBehalfOf, {});
    setTextIfChanged(m_speaker, {});
    setTextIfChanged(m_language, {});
    setTextIfChanged(m_limit, next ? limitTextFor(*next) : QString());

    // Before the first speech the readout shows the next speaker's limit, ready to run.
    SpeechReading ready;
    if (next) {
        ready.limitMs = next->allottedMs + next->extraMs;
        ready.remainingMs = ready.limitMs;
    }
    m_readout->setReading(ready);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(clockPhaseName(ClockPhase::Idle));
    QPalette pal = m_progress->palette();
    pal.setColor(QPalette::Highlight, palette().color(QPalette::Highlight));
    m_progress->setPalette(pal);
}

} // namespace rostrum
