#include "clock/timetext.h"
#include "console.h"
#include "handlers.h"
#include "meetingfile.h"

namespace rostrum::cli {

namespace {
// "Ecuador (José Andrade) at the rostrum: 3:00 (Ready)."
QString floorLine(const MeetingSession &session)
{
    const Entry *current = session.list().current();
    if (!current)
        return Tr::tr("No one is at the rostrum; no one is waiting.");
    const SpeechReading r = session.currentReading();
    return Tr::tr("%1 at the rostrum: %2 (%3).")
        .arg(shown(SpeakersList::describe(*current)), formatCountdown(r.remainingMs),
             clockPhaseName(r.phase));
}

// For acts without arguments: open, act, confirm.
int act(const CommandLine &cl, MeetingSession::Result (MeetingSession::*what)())
{
    const auto session = openMeeting(cl.positionals().at(0));
    require(((*session).*what)());
    out() << floorLine(*session) << Qt::endl;
    return Success;
}
} // namespace

int runStart(const CommandLine &cl)
{
    return act(cl, &MeetingSession::start);
}

int runPause(const CommandLine &cl)
{
    return act(cl, &MeetingSession::pause);
}

int runNext(const CommandLine &cl)
{
    return act(cl, &MeetingSession::next);
}

int runReset(const CommandLine &cl)
{
    return act(cl, &MeetingSession::resetClock);
}

int runAbsent(const CommandLine &cl)
{
    const auto session = openMeeting(cl.positionals().at(0));
    const auto result = session->absent();
    require(result);
    const Entry *gone = session->list().find(result.entryId);
    const int position = session->list().positionOf(result.entryId);
    const QString who =
        gone ? shown(SpeakersList::describe(*gone)) : Tr::tr("entry #%1").arg(result.entryId);
    out() << (position > 0
                  ? Tr::tr("%1 is absent and now no. %2 on the list.").arg(who).arg(position)
                  : Tr::tr("%1 is absent and off the list.").arg(who))
          << QLatin1Char(' ') << floorLine(*session) << Qt::endl;
    return Success;
}

int runAddTime(const CommandLine &cl)
{
    const qint64 deltaMs = parseSignedSeconds(cl.positionals().at(1));
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->addTime(deltaMs));
    out() << (deltaMs > 0 ? Tr::tr("Added %1.").arg(formatMinSec(deltaMs))
                          : Tr::tr("Removed %1.").arg(formatMinSec(-deltaMs)))
          << QLatin1Char(' ') << floorLine(*session) << Qt::endl;
    return Success;
}

int runUndo(const CommandLine &cl)
{
    const auto session = openMeeting(cl.positionals().at(0));
    const QString what = shown(session->undoText());
    require(session->undo());
    out() << Tr::tr("Undone: %1.").arg(what) << Qt::endl;
    return Success;
}

int runRedo(const CommandLine &cl)
{
    const auto session = openMeeting(cl.positionals().at(0));
    const QString what = shown(session->redoText());
    require(session->redo());
    out() << Tr::tr("Redone: %1.").arg(what) << Qt::endl;
    return Success;
}

} // namespace rostrum::cli
