#include "console.h"
#include "handlers.h"
#include "meeting/demomeeting.h"
#include "meeting/systemzone.h"
#include "meeting/zonetime.h"
#include "meetingfile.h"

#include <QFile>
#include <QTimeZone>

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
    if (!cl.has("title") && !cl.has("venue") && !cl.has("heading"))
        throw UsageError{Tr::tr("say what to change: --title, --venue or --heading")};
    if (cl.has("title") && cl.value("title").trimmed().isEmpty())
        throw UsageError{Tr::tr("--title cannot be empty")};
    const auto session = openMeeting(cl.positionals().at(0));
    Meeting m = session->meeting();
    if (cl.has("title"))
        m.title = cl.value("title").trimmed();
    if (cl.has("venue"))
        m.venue = cl.value("venue").trimmed();
    if (cl.has("heading"))
        m.heading = cl.value("heading").trimmed();
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
