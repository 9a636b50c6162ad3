#include "meetingbar.h"

#include "bidi.h"
#include "clock/timetext.h"
#include "elidedlabel.h"
#include "language/datetext.h"
#include "session/meetingsession.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <algorithm>

namespace rostrum {

namespace {
QString hhmm(const Meeting &m, qint64 utcMs)
{
    return DateText::timeOfDay(m.toLocal(utcMs).time());
}

constexpr int kFactSpacing = 24;

QLabel *fact(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    return l;
}
} // namespace

MeetingBar::MeetingBar(MeetingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new ElidedLabel(this)), m_listState(fact(this)),
      m_schedule(fact(this)), m_now(fact(this)), m_elapsed(fact(this)), m_remaining(fact(this)),
      m_projectedEnd(fact(this)), m_advice(fact(this))
{
    setObjectName(QStringLiteral("meetingBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#meetingBar { background: #1f2d3d; border-radius: 4px; }"
                                 "#meetingBar QLabel { color: #f2f5f8; }"
                                 "#meetingBar QLabel#listState { color: #1f2d3d; background: "
                                 "#ffd54f; border-radius: 3px; padding: 1px 6px; }"
                                 "#meetingBar QLabel#projectedEnd[late=\"true\"] { color: "
                                 "#1f2d3d; background: #ffb4a9; border-radius: 3px; padding: "
                                 "1px 6px; }"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_listState->setObjectName(QStringLiteral("listState"));
    m_projectedEnd->setObjectName(QStringLiteral("projectedEnd"));
    QFont strong = m_projectedEnd->font();
    strong.setBold(true);
    m_projectedEnd->setFont(strong);
    m_now->setFont(strong);
    // The schedule never makes the window wider: fitFacts() hides it instead.
    m_schedule->setMinimumWidth(1);
    m_advice->setWordWrap(true);
    QFont adviceFont = m_advice->font();
    adviceFont.setItalic(true);
    m_advice->setFont(adviceFont);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_listState);
    auto *facts = new QHBoxLayout;
    facts->setSpacing(kFactSpacing);
    for (QLabel *l : {m_schedule, m_now, m_elapsed, m_remaining, m_projectedEnd})
        facts->addWidget(l);
    facts->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addLayout(facts);
    layout->addWidget(m_advice);

    connect(m_session, &MeetingSession::changed, this, &MeetingBar::refresh);
    m_minute.setSingleShot(true);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        refresh();
        armMinuteTimer();
    });
    refresh();
    armMinuteTimer();
}

void MeetingBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFacts();
}

void MeetingBar::fitFacts()
{
    // On a narrow window (1366×768 at 200 %) the schedule, which the chair knows, gives way
    // to the facts that change: the time, the speakers waiting and the projected end.
    int need = 0;
    for (const QLabel *l : {m_schedule, m_now, m_elapsed, m_remaining, m_projectedEnd})
        need += l->sizeHint().width() + kFactSpacing;
    const int room = contentsRect().width() - layout()->contentsMargins().left() -
                     layout()->contentsMargins().right();
    m_schedule->setVisible(need - kFactSpacing <= room);
}

void MeetingBar::armMinuteTimer()
{
    // Land just after the session clock's next minute, rather than drift with a free tick.
    const qint64 intoMinute = m_session->now() % 60'000;
    m_minute.start(int(std::max<qint64>(1000, 60'000 - intoMinute + 50)));
}

qint64 MeetingBar::actualStartMs() const
{
    qint64 first = 0;
    auto consider = [&first](const Entry &e) {
        if (e.startedAtMs != 0 && (first == 0 || e.startedAtMs < first))
            first = e.startedAtMs;
    };
    for (const Entry &e : m_session->list().spoken())
        consider(e);
    if (const Entry *cur = m_session->list().current())
        consider(*cur);
    return first;
}

QString MeetingBar::projectedEndText() const
{
    return m_projectedEnd->text();
}

QString MeetingBar::adviceText() const
{
    return m_advice->text();
}

void MeetingBar::refresh()
{
    const Meeting &m = m_session->meeting();
    const qint64 now = m_session->now();
    const Projection p = m_session->projection();

    m_title->setFullText(m.venue.isEmpty() ? m.title : tr("%1 — %2").arg(m.title, m.venue));
    m_listState->setText(tr("LIST CLOSED"));
    m_listState->setVisible(m.listClosed);

    // The range is one left-to-right run: in an Arabic line its dash would otherwise put the
    // end before the start ("17:30–15:00").
    m_schedule->setText(
        tr("Scheduled %1")
            .arg(bidi::leftToRight(QStringLiteral("%1–%2").arg(
                DateText::timeOfDay(m.scheduledStart), DateText::timeOfDay(m.scheduledEnd)))));
    m_now->setText(tr("Now %1").arg(bidi::leftToRight(hhmm(m, now))));

    if (const qint64 start = actualStartMs(); start != 0) {
        const qint64 minutes = std::max<qint64>(0, now - start) / 60'000;
        m_elapsed->setText(
            tr("Elapsed %1 since %2")
                .arg(bidi::leftToRight(QStringLiteral("%1:%2")
                                           .arg(minutes / 60)
                                           .arg(minutes % 60, 2, 10, QLatin1Char('0'))),
                     bidi::leftToRight(hhmm(m, start))));
    } else {
        m_elapsed->setText(tr("Not started"));
    }
    m_remaining->setText(tr("Waiting: %1").arg(p.remainingSpeakers));

    const bool late = p.overUnderMs >= 30'000;
    m_projectedEnd->setText(late ? tr("⚠ Projected end %1 (%2)")
                                       .arg(bidi::leftToRight(hhmm(m, p.projectedEndMs)),
                                            bidi::leftToRight(formatOverUnder(p.overUnderMs)))
                                 : tr("Projected end %1 (%2)")
                                       .arg(bidi::leftToRight(hhmm(m, p.projectedEndMs)),
                                            bidi::leftToRight(formatOverUnder(p.overUnderMs))));
    if (m_projectedEnd->property("late").toBool() != late) {
        m_projectedEnd->setProperty("late", late);
        // A dynamic property only restyles once the widget is polished again.
        m_projectedEnd->style()->unpolish(m_projectedEnd);
        m_projectedEnd->style()->polish(m_projectedEnd);
    }
    m_advice->setText(p.advice);
    fitFacts();
}

} // namespace rostrum
