#include "clock/timetext.h"
#include "console.h"
#include "handlers.h"
#include "meeting/demomeeting.h"
#include "meeting/systemzone.h"
#include "meeting/zonetime.h"
#include "meetingfile.h"

#include <QFile>
#include <QTimeZone>
#include <algorithm>
#include <climits>

namespace rostrum::cli {

namespace {
// This computer's IANA zone; a POSIX rule in TZ names none, and guessing from it would put every
// time of the meeting hours off.
QString systemZoneId()
{
    const QString id = SystemZone::ianaId();
    if (!id.isEmpty())
        return id;
    if (qEnvironmentVariableIsSet("TZ")) {
        throw UsageError{Tr::tr("this computer's time zone (TZ=%1) is not an IANA zone; give the "
                                "meeting's zone with --time-zone, e.g. --time-zone "
                                "America/New_York")
                             .arg(qEnvironmentVariable("TZ"))};
    }
    throw UsageError{
        Tr::tr("this computer's time zone has no IANA name; give the meeting's zone with "
               "--time-zone, e.g. --time-zone America/New_York")};
}

QString oneLineSummary(const Meeting &m)
{
    return Tr::tr("“%1”, %2 %3–%4 (%5)")
        .arg(shown(m.title), m.date.toString(Qt::ISODate), ZoneTime::clockText(m.scheduledStart),
             ZoneTime::clockText(m.scheduledEnd), m.timeZoneId);
}
} // namespace

int runNew(const CommandLine &cl)
{
    const QString path = cl.positionals().at(0);
    Meeting m;
    m.title = cl.value("title").trimmed();
    if (m.title.isEmpty())
        throw UsageError{Tr::tr("--title cannot be empty")};
    m.venue = cl.value("venue").trimmed();
    m.heading = cl.value("heading").trimmed();
    m.date = parseDate(cl.value("date"), QStringLiteral("--date"));
    m.scheduledStart = parseTime(cl.value("start"), QStringLiteral("--start"));
    m.scheduledEnd = parseTime(cl.value("end"), QStringLiteral("--end"));
    m.timeZoneId = cl.has("time-zone") ? cl.value("time-zone").trimmed() : systemZoneId();
    if (!QTimeZone(m.timeZoneId.toUtf8()).isValid() || !SystemZone::isZoneName(m.timeZoneId))
        throw UsageError{
            Tr::tr("“%1” is not an IANA time zone; use an IANA id such as Europe/Zurich or "
                   "America/New_York")
                .arg(m.timeZoneId)};
    if (cl.has("deadline"))
        m.deadline = parseMoment(cl.value("deadline"), QStringLiteral("--deadline")).inZoneOf(m);
    if (cl.has("limit"))
        m.defaultLimitSeconds =
            int(parseLimit(cl.value("limit"), QStringLiteral("--limit")) / 1000);
    m.organizers = parseDelegations(cl.value("organizers"), QStringLiteral("--organizers"));
    m.cosponsors = parseDelegations(cl.value("cosponsors"), QStringLiteral("--cosponsors"));
    m.council = parseDelegations(cl.value("council"), QStringLiteral("--council"));

    const auto session = createMeeting(path, m);
    out() << Tr::tr("Created %1: %2.").arg(path, oneLineSummary(session->meeting())) << Qt::endl;
    return Success;
}

int runSettings(const CommandLine &cl)
{
    static const char *const options[] = {
        "title",   "venue",       "heading",      "point-of-order-limit",
        "replies", "reply-first", "reply-second", "chimes"};
    if (std::none_of(std::begin(options), std::end(options),
                     [&](const char *o) { return cl.has(o); }))
        throw UsageError{Tr::tr("say what to change: --title, --venue, --heading, "
                                "--point-of-order-limit, --replies, --reply-first, "
                                "--reply-second or --chimes")};
    if (cl.has("title") && cl.value("title").trimmed().isEmpty())
        throw UsageError{Tr::tr("--title cannot be empty")};
    std::optional<qint64> pointOfOrderMs;
    if (cl.has("point-of-order-limit")) {
        // 0:00 is meant here: an untimed point of order.
        pointOfOrderMs = parseMinSecToMs(cl.value("point-of-order-limit"));
        if (!pointOfOrderMs || *pointOfOrderMs < 0 || *pointOfOrderMs % 1000 != 0)
            throw UsageError{Tr::tr("%1 for --point-of-order-limit is not a time limit; write "
                                    "minutes and seconds, like 2:00, or 0:00 for untimed")
                                 .arg(Tr::tr("“%1”").arg(cl.value("point-of-order-limit")))};
    }
    const int replies =
        cl.has("replies") ? parseCount(cl.value("replies"), QStringLiteral("--replies")) : -1;
    const qint64 first = cl.has("reply-first")
                             ? parseLimit(cl.value("reply-first"), QStringLiteral("--reply-first"))
                             : 0;
    const qint64 second = cl.has("reply-second") ? parseLimit(cl.value("reply-second"),
                                                              QStringLiteral("--reply-second"))
                                                 : 0;
    QString chimes;
    if (cl.has("chimes"))
        chimes = parseChoice(cl.value("chimes"), QStringLiteral("--chimes"),
                             {QStringLiteral("on"), QStringLiteral("off")});
    const auto session = openMeeting(cl.positionals().at(0));
    Meeting m = session->meeting();
    if (cl.has("title"))
        m.title = cl.value("title").trimmed();
    if (cl.has("venue"))
        m.venue = cl.value("venue").trimmed();
    if (cl.has("heading"))
        m.heading = cl.value("heading").trimmed();
    if (pointOfOrderMs)
        m.pointOfOrderLimitSeconds = int(std::min<qint64>(*pointOfOrderMs / 1000, INT_MAX));
    if (replies >= 0)
        m.repliesAllowed = replies;
    if (first > 0)
        m.replyFirstSeconds = int(std::min<qint64>(first / 1000, INT_MAX));
    if (second > 0)
        m.replySecondSeconds = int(std::min<qint64>(second / 1000, INT_MAX));
    if (!chimes.isEmpty())
        m.chimes = chimes == QLatin1String("on");
    if (m == session->meeting()) {
        out() << Tr::tr("Nothing changed: the settings are already so.") << Qt::endl;
        return Success;
    }
    require(session->setMeeting(m));
    out() << Tr::tr("Settings changed: %1.").arg(oneLineSummary(session->meeting())) << Qt::endl;
    if (!session->meeting().heading.isEmpty())
        out() << Tr::tr("Heading: %1").arg(shown(session->meeting().heading)) << Qt::endl;
    return Success;
}

int runDemo(const CommandLine &cl)
{
    const QString path = cl.positionals().at(0);
    // The historic date by default: scripts and tests rely on it; --today for trying it out.
    const qint64 offset =
        cl.has("today") ? DemoMeeting::offsetToStartSoonAfter(systemClock().utcMs()) : 0;
    auto session = createMeeting(path, DemoMeeting::meeting(offset));
    for (const EntryDraft &draft : DemoMeeting::inscriptions(offset)) {
        const auto result = session->add(draft);
        if (!result.ok) {
            // A half-written demo is of no use to anyone: take the new file away again.
            session.reset();
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            throw Refusal{Tr::tr("the demo meeting could not be written: %1").arg(result.error)};
        }
    }
    const int count = int(session->list().waiting().size());
    out() << Tr::tr("Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.", nullptr, count)
                 .arg(path, oneLineSummary(session->meeting()))
          << Qt::endl;
    return Success;
}

} // namespace rostrum::cli
