#include "statusviews.h"

#include "clock/timetext.h"
#include "console.h"
#include "language/datetext.h"

namespace rostrum::cli {

namespace {
// A time on the meeting's day reads "17:48"; on any other day the date comes with it.
QString hhmm(const Meeting &meeting, qint64 utcMs)
{
    const QDateTime local = meeting.toLocal(utcMs);
    return local.date() == meeting.date ? DateText::timeOfDay(local.time())
                                        : DateText::dateWithTime(local);
}
} // namespace

QString statusText(const StatusView &s)
{
    const Meeting &m = s.meeting;
    const Projection &p = s.projection;
    QStringList lines;
    lines.append(m.venue.isEmpty() ? m.title : Tr::tr("%1 — %2").arg(m.title, m.venue));
    lines.append(Tr::tr("%1, %2–%3 (%4); now %5")
                     .arg(DateText::longDate(m.date), DateText::timeOfDay(m.scheduledStart),
                          DateText::timeOfDay(m.scheduledEnd), m.timeZoneId, hhmm(m, s.nowMs)));
    if (s.current && s.current->kind == EntryKind::PointOfOrder) {
        lines.append(
            Tr::tr("Point of order: %1 — %2 (%3)")
                .arg(SpeakersList::describe(*s.current),
                     formatCountdown(SpeechClock::isUntimed(*s.current) ? s.reading.elapsedMs
                                                                        : s.reading.remainingMs),
                     clockPhaseName(s.reading.phase)));
        if (s.interrupted)
            lines.append(Tr::tr("Interrupted: %1 — %2 left")
                             .arg(SpeakersList::describe(*s.interrupted),
                                  formatCountdown(s.interruptedRemainingMs)));
    } else if (s.current) {
        lines.append(Tr::tr("Speaking: %1 — %2 (%3)")
                         .arg(SpeakersList::describe(*s.current),
                              formatCountdown(s.reading.remainingMs),
                              clockPhaseName(s.reading.phase)));
    } else {
        lines.append(Tr::tr("No one is speaking."));
    }
    if (!m.message.isEmpty())
        lines.append(Tr::tr("Message to the speaker: “%1”").arg(m.message));
    lines.append(s.next ? Tr::tr("Next: %1").arg(SpeakersList::describe(*s.next))
                        : Tr::tr("Next: no one is waiting."));
    lines.append(
        Tr::tr("Projected end: %1 (%2), %n speaker(s) waiting", nullptr, int(p.remainingSpeakers))
            .arg(hhmm(m, p.projectedEndMs), formatOverUnder(p.overUnderMs)));
    lines.append(p.advice);
    lines.append(m.listClosed ? Tr::tr("The list of speakers is closed.")
                              : Tr::tr("The list of speakers is open."));
    for (QString &line : lines)
        line = shown(line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rostrum::cli
