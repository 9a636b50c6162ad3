#include "clock/timetext.h"
#include "console.h"
#include "handlers.h"
#include "meetingfile.h"

namespace rostrum::cli {

namespace {
QStringList keysOf(const QList<Category> &values)
{
    QStringList keys;
    for (const Category c : values)
        keys.append(categoryKey(c));
    return keys;
}

QStringList keysOf(const QList<Level> &values)
{
    QStringList keys;
    for (const Level l : values)
        keys.append(levelKey(l));
    return keys;
}

// The entry as the session sees it after an act, for the confirmation line.
QString described(const MeetingSession &session, qint64 id)
{
    const Entry *e = session.list().find(id);
    return e ? shown(SpeakersList::describe(*e)) : Tr::tr("entry #%1").arg(id);
}

struct AddRequest
{
    EntryDraft draft;
    std::optional<Moment> inscribedAt;
};

AddRequest parseAdd(const CommandLine &cl)
{
    AddRequest request;
    EntryDraft &d = request.draft;
    d.delegation = cl.value("delegation").trimmed();
    if (d.delegation.isEmpty())
        throw UsageError{Tr::tr("--delegation cannot be empty")};
    d.speaker = cl.value("speaker").trimmed();
    d.title = cl.value("title").trimmed();
    d.notes = cl.value("notes");
    if (cl.has("category")) {
        d.category = categoryFromKey(parseChoice(cl.value("category"), QStringLiteral("--category"),
                                                 keysOf(allCategories())));
    }
    if (cl.has("on-behalf-of") != cl.has("group-size"))
        throw UsageError{
            Tr::tr("--on-behalf-of and --group-size go together: name the group and say "
                   "how many delegations it has")};
    if (cl.has("on-behalf-of")) {
        d.onBehalfOf = cl.value("on-behalf-of").trimmed();
        if (d.onBehalfOf.isEmpty())
            throw UsageError{Tr::tr("--on-behalf-of cannot be empty")};
        d.groupSize = parseCount(cl.value("group-size"), QStringLiteral("--group-size"));
        if (d.groupSize < 1)
            throw UsageError{Tr::tr("--group-size must be at least 1")};
    }
    if (cl.has("language"))
        d.language = parseChoice(cl.value("language"), QStringLiteral("--language"), unLanguages());
    if (cl.has("level")) {
        d.level = *levelFromKey(
            parseChoice(cl.value("level"), QStringLiteral("--level"), keysOf(allLevels())));
    }
    if (cl.has("inscribed-at"))
        request.inscribedAt =
            parseMoment(cl.value("inscribed-at"), QStringLiteral("--inscribed-at"));
    if (cl.has("limit"))
        d.allottedMs = parseLimit(cl.value("limit"), QStringLiteral("--limit"));
    return request;
}
} // namespace

int runAdd(const CommandLine &cl)
{
    AddRequest request = parseAdd(cl);
    const auto session = openMeeting(cl.positionals().at(0));
    if (request.inscribedAt)
        request.draft.inscribedAtMs = request.inscribedAt->toUtcMs(session->meeting());
    const auto result = session->add(request.draft);
    require(result);
    out() << result.entryId << Qt::endl;
    return Success;
}

int runMove(const CommandLine &cl)
{
    const qint64 id = parseEntryId(cl.positionals().at(1));
    const int position = parsePosition(cl.positionals().at(2));
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->move(id, position));
    out() << Tr::tr("%1 is now no. %2 on the list (placed by hand).")
                 .arg(described(*session, id))
                 .arg(session->list().positionOf(id))
          << Qt::endl;
    return Success;
}

int runSwap(const CommandLine &cl)
{
    const qint64 a = parseEntryId(cl.positionals().at(1));
    const qint64 b = parseEntryId(cl.positionals().at(2));
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->swap(a, b));
    const SpeakersList &list = session->list();
    out() << Tr::tr("%1 (now no. %2) and %3 (now no. %4) exchanged places.")
                 .arg(described(*session, a))
                 .arg(list.positionOf(a))
                 .arg(described(*session, b))
                 .arg(list.positionOf(b))
          << Qt::endl;
    return Success;
}

int runRemove(const CommandLine &cl)
{
    const qint64 id = parseEntryId(cl.positionals().at(1));
    const auto session = openMeeting(cl.positionals().at(0));
    const QString who = described(*session, id);
    require(session->remove(id));
    out() << Tr::tr("%1 removed from the list.").arg(who) << Qt::endl;
    return Success;
}

int runWithdraw(const CommandLine &cl)
{
    const qint64 id = parseEntryId(cl.positionals().at(1));
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->withdraw(id));
    out() << Tr::tr("%1 withdrew from the list.").arg(described(*session, id)) << Qt::endl;
    return Success;
}

int runSetLimit(const CommandLine &cl)
{
    const qint64 id = parseEntryId(cl.positionals().at(1));
    const qint64 ms = parseLimit(cl.positionals().at(2), QStringLiteral("M:SS"));
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->setAllotted(id, ms));
    out() << Tr::tr("%1 now has a limit of %2.").arg(described(*session, id), formatMinSec(ms))
          << Qt::endl;
    return Success;
}

int runSetLimitAll(const CommandLine &cl)
{
    const qint64 ms = parseLimit(cl.positionals().at(1), QStringLiteral("M:SS"));
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->setAllottedForRemaining(
        ms, cl.has("waiting-only") ? SpeakersList::LaterInscriptions::KeepTheirs
                                   : SpeakersList::LaterInscriptions::TakeTheLimit));
    const int waiting = int(session->list().waiting().size());
    out()
        << Tr::tr("Limit %1 for the %n waiting speaker(s).", nullptr, waiting).arg(formatMinSec(ms))
        << Qt::endl;
    return Success;
}

int runCloseList(const CommandLine &cl)
{
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->setListClosed(true));
    out() << Tr::tr(
                 "The list of speakers is closed; inscriptions are refused until it is reopened.")
          << Qt::endl;
    return Success;
}

int runOpenList(const CommandLine &cl)
{
    const auto session = openMeeting(cl.positionals().at(0));
    require(session->setListClosed(false));
    out() << Tr::tr("The list of speakers is open again.") << Qt::endl;
    return Success;
}

} // namespace rostrum::cli
