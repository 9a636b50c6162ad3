#include "records/statusjson.h"

#include "clock/timetext.h"
#include "records/listjson.h"

#include <QJsonValue>

namespace rostrum {

namespace {
QJsonValue speakerJson(const std::optional<Entry> &e)
{
    if (!e)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("id"), e->id},
        {QStringLiteral("delegation"), e->delegation},
        {QStringLiteral("speaker"), e->speaker},
        {QStringLiteral("title"), e->title},
        {QStringLiteral("on_behalf_of"), e->onBehalfOf},
        {QStringLiteral("allotted_s"), e->allottedMs / 1000},
        {QStringLiteral("kind"), entryKindKey(e->kind)},
    };
}

// The speech a point of order stopped, with the time it keeps.
QJsonValue interruptedJson(const std::optional<Entry> &e, qint64 remainingMs)
{
    if (!e)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("id"), e->id},
        {QStringLiteral("delegation"), e->delegation},
        {QStringLiteral("speaker"), e->speaker},
        {QStringLiteral("remaining_s"), countdownSeconds(remainingMs)},
    };
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString phaseKey(ClockPhase phase)
{
    switch (phase) {
    case ClockPhase::Idle:
        return QStringLiteral("idle");
    case ClockPhase::Running:
        return QStringLiteral("running");
    case ClockPhase::Paused:
        return QStringLiteral("paused");
    case ClockPhase::Warning:
        return QStringLiteral("warning");
    case ClockPhase::TimeUp:
        return QStringLiteral("time-up");
    case ClockPhase::Overtime:
        return QStringLiteral("overtime");
    case ClockPhase::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

qint64 countdownSeconds(qint64 remainingMs)
{
    if (remainingMs > -1000)
        return (remainingMs + 999) / 1000;
    return -((-remainingMs) / 1000);
}

StatusView statusOf(MeetingSession &session)
{
    StatusView s;
    s.meeting = session.meeting();
    s.nowMs = session.now();
    if (const Entry *current = session.list().current())
        s.current = *current;
    s.reading = session.currentReading();
    if (const Entry *stopped = session.list().interrupted()) {
        s.interrupted = *stopped;
        s.interruptedRemainingMs =
            SpeechClock::read(*stopped, s.nowMs, s.meeting.warningSeconds).remainingMs;
    }
    const QVector<Entry> waiting = session.list().waiting();
    if (!waiting.isEmpty())
        s.next = waiting.first();
    s.projection = session.projection();
    s.undoText = session.undoText();
    s.redoText = session.redoText();
    s.clockWarning = session.clockWarning();
    return s;
}

QJsonObject statusJson(const StatusView &s)
{
    const Meeting &m = s.meeting;
    const Projection &p = s.projection;
    const bool speaking = s.current.has_value();
    return QJsonObject{
        {QStringLiteral("meeting"),
         QJsonObject{
             {QStringLiteral("title"), m.title},
             {QStringLiteral("heading"), m.heading},
             {QStringLiteral("venue"), m.venue},
             {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
             {QStringLiteral("scheduled_start"), isoInMeetingZone(m, m.scheduledStartUtcMs())},
             {QStringLiteral("scheduled_end"), isoInMeetingZone(m, m.scheduledEndUtcMs())},
             {QStringLiteral("time_zone"), m.timeZoneId},
         }},
        {QStringLiteral("now"), isoInMeetingZone(m, s.nowMs)},
        {QStringLiteral("current"), speakerJson(s.current)},
        {QStringLiteral("interrupted"), interruptedJson(s.interrupted, s.interruptedRemainingMs)},
        {QStringLiteral("message"), textOrNull(m.message)},
        {QStringLiteral("changeover_s"), m.changeoverSeconds},
        {QStringLiteral("phase"), phaseKey(s.reading.phase)},
        {QStringLiteral("countdown"),
         speaking ? QJsonValue(formatCountdown(s.reading.remainingMs)) : QJsonValue()},
        // An untimed point of order has no remaining time: its clock counts up (elapsed_s).
        {QStringLiteral("remaining_s"), speaking && !SpeechClock::isUntimed(*s.current)
                                            ? QJsonValue(countdownSeconds(s.reading.remainingMs))
                                            : QJsonValue()},
        {QStringLiteral("elapsed_s"),
         speaking ? QJsonValue(s.reading.elapsedMs / 1000) : QJsonValue()},
        {QStringLiteral("limit_s"), speaking ? QJsonValue(s.reading.limitMs / 1000) : QJsonValue()},
        {QStringLiteral("running"), s.reading.running},
        {QStringLiteral("projected_end"), isoInMeetingZone(m, p.projectedEndMs)},
        {QStringLiteral("over_under_s"), p.overUnderMs / 1000},
        {QStringLiteral("remaining_speakers"), p.remainingSpeakers},
        {QStringLiteral("fits"), p.fitsAtCurrentLimits},
        {QStringLiteral("advice"), p.advice},
        {QStringLiteral("uniform_limit_s"),
         p.uniformLimitMs > 0 ? QJsonValue(p.uniformLimitMs / 1000) : QJsonValue()},
        {QStringLiteral("list_closed"), m.listClosed},
        {QStringLiteral("next"), speakerJson(s.next)},
        {QStringLiteral("undo"), textOrNull(s.undoText)},
        {QStringLiteral("redo"), textOrNull(s.redoText)},
        {QStringLiteral("clock_warning"), textOrNull(s.clockWarning)},
    };
}

} // namespace rostrum
