#include "clock/timetext.h"
#include "console.h"
#include "handlers.h"
#include "meetingfile.h"

namespace rostrum::cli {

// The floor as the UN runs it (docs/RULES.md, rules 8 to 11): points of order, rights of reply,
// the changeover and the message to the speaker.

namespace {
EntryDraft floorDraft(const CommandLine &cl)
{
    EntryDraft d;
    d.delegation = cl.value("delegation").trimmed();
    if (d.delegation.isEmpty())
        throw UsageError{Tr::tr("--delegation cannot be empty")};
    d.speaker = cl.value("speaker").trimmed();
    if (cl.has("language"))
        d.language = parseChoice(cl.value("language"), QStringLiteral("--language"), unLanguages());
    return d;
}

QString described(const MeetingSession &session, qint64 id)
{
    const Entry *e = session.list().find(id);
    return e ? shown(SpeakersList::describe(*e)) : Tr::tr("entry #%1").arg(id);
}
} // namespace

int runPointOfOrder(const CommandLine &cl)
{
    const EntryDraft draft = floorDraft(cl);
    const auto session = openMeeting(cl.positionals().at(0));
    const auto result = session->pointOfOrder(draft);
    require(result);
    const SpeakersList &list = session->list();
    const Entry *stopped = list.interrupted();
    const QString who = described(*session, result.entryId);
    if (stopped) {
        const SpeechReading r =
            SpeechClock::read(*stopped, session->now(), session->meeting().warningSeconds);
        out() << Tr::tr("Point of order: %1 has the floor; %2 is interrupted with %3 left.")
                     .arg(who, shown(SpeakersList::describe(*stopped)),
                          formatCountdown(r.remainingMs))
              << Qt::endl;
    } else {
        out() << Tr::tr("Point of order: %1 has the floor.").arg(who) << Qt::endl;
    }
    return Success;
}

int runReply(const CommandLine &cl)
{
    const EntryDraft draft = floorDraft(cl);
    const auto session = openMeeting(cl.positionals().at(0));
    const auto result = session->reply(draft);
    require(result);
    const Entry *e = session->list().find(result.entryId);
    out() << Tr::tr("%1: right of reply no. %2 (%3), no. %4 on the list.")
                 .arg(described(*session, result.entryId))
                 .arg(e ? e->replyNumber : 0)
                 .arg(formatMinSec(e ? e->allottedMs : 0))
                 .arg(session->list().positionOf(result.entryId))
          << Qt::endl;
    return Success;
}

int runSetChangeover(const CommandLine &cl)
{
    const int seconds = parseCount(cl.positionals().at(1), QStringLiteral("SECONDS"));
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->setChangeover(seconds));
    out() << (seconds == 0 ? Tr::tr("No changeover between speakers.")
                           : Tr::tr("Changeover: %1 s between speakers.").arg(seconds))
          << Qt::endl;
    return Success;
}

int runMessage(const CommandLine &cl)
{
    const bool clear = cl.has("clear");
    const QStringList &args = cl.positionals();
    if (clear == (args.size() > 1))
        throw UsageError{clear ? Tr::tr("message takes either TEXT or --clear, not both")
                               : Tr::tr("message needs the TEXT to show, or --clear")};
    const QString text = clear ? QString() : args.at(1);
    if (!clear && text.trimmed().isEmpty())
        throw UsageError{Tr::tr("the message is empty; to take it off the display, use --clear")};
    const auto session = openMeeting(args.at(0));
    require(session->setMessage(text));
    out() << (clear ? Tr::tr("Message to the speaker cleared.")
                    : Tr::tr("On the display: “%1”").arg(shown(text.trimmed())))
          << Qt::endl;
    return Success;
}

} // namespace rostrum::cli
