#include "commands.h"

#include "console.h"
#include "handlers.h"

#include <algorithm>

namespace rostrum::cli {

namespace {
// The help texts are spelled out as QT_TRANSLATE_NOOP in the context help.cpp translates them
// in: lupdate does not expand a macro, so a shorter alias would hide every one of them.
const OptionSpec kTextOrJson = {"format", "text|json",
                                QT_TRANSLATE_NOOP("rostrum::cli", "output format (default: text)")};

QList<Command> buildCommands()
{
    QList<Command> all = {
        {"new",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Create a meeting file."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Times are in the meeting's time zone. Delegation names may be aliases (\"US\", "
             "\"UK\"); they are saved under their directory names. An existing file is never "
             "overwritten."),
         {
             {"title", "T", QT_TRANSLATE_NOOP("rostrum::cli", "the meeting's title"), true},
             {"date", "YYYY-MM-DD", QT_TRANSLATE_NOOP("rostrum::cli", "the day of the meeting"),
              true},
             {"start", "HH:MM[:SS]", QT_TRANSLATE_NOOP("rostrum::cli", "scheduled start"), true},
             {"end", "HH:MM[:SS]", QT_TRANSLATE_NOOP("rostrum::cli", "scheduled end"), true},
             {"deadline", "\"YYYY-MM-DD HH:MM[:SS]\"",
              QT_TRANSLATE_NOOP(
                  "rostrum::cli",
                  "inscription deadline; later inscriptions are marked late. In the hour the "
                  "clocks go back, add the offset: 2027-11-07T01:30-04:00")},
             {"limit", "M:SS",
              QT_TRANSLATE_NOOP("rostrum::cli", "speaking time for every category (default 3:00)")},
             {"organizers", "\"A;B\"",
              QT_TRANSLATE_NOOP("rostrum::cli", "organizers, who open the meeting")},
             {"cosponsors", "\"A;B\"",
              QT_TRANSLATE_NOOP("rostrum::cli", "co-sponsors, who speak in the priority tier")},
             {"council", "\"A;B;...\"",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "members of the council, who speak after the briefers")},
             {"venue", "V", QT_TRANSLATE_NOOP("rostrum::cli", "where the meeting takes place")},
             {"heading", "TEXT",
              QT_TRANSLATE_NOOP(
                  "rostrum::cli",
                  "the line above the title of every document, e.g. \"United Nations General "
                  "Assembly, plenary meeting\" (default: none)")},
             {"time-zone", "IANA",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "the meeting's time zone, e.g. America/New_York (default: "
                                "this computer's)")},
         },
         &runNew},
        {"settings",
         "FILE",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Change the meeting's title, venue, heading or rules of the floor, as one act."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Give one or more of the options; undo brings the settings back as they were."),
         {
             {"title", "T", QT_TRANSLATE_NOOP("rostrum::cli", "the meeting's title")},
             {"venue", "V",
              QT_TRANSLATE_NOOP("rostrum::cli", "where the meeting takes place; \"\" for none")},
             {"heading", "TEXT",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "the line above the title of every document; \"\" for none")},
         },
         &runSettings},
        {"demo",
         "FILE",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Write the demo meeting (UNSC Arria-formula, 25 May 2023) to a new file."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "The meeting of the seed concept note with its 45 inscriptions, on its own date. With "
             "--today it is held today instead, starting at the next whole five minutes at least "
             "two minutes from now; its end, deadline and inscriptions move with it."),
         {
             {"today", nullptr,
              QT_TRANSLATE_NOOP("rostrum::cli", "hold the meeting today, starting within minutes")},
         },
         &runDemo},
        {"add",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Inscribe a speaker; prints only the new entry's id."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "The category is inferred when not given: a delegation keeps the highest tier it "
             "qualifies for. Briefers and non-State speakers need --category briefer or other."),
         {
             {"delegation", "D",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "a delegation from the directory, or a name for briefers and "
                                "others"),
              true},
             {"speaker", "NAME", QT_TRANSLATE_NOOP("rostrum::cli", "the speaker's name")},
             {"title", "T", QT_TRANSLATE_NOOP("rostrum::cli", "the speaker's title")},
             {"category", "KEY",
              QT_TRANSLATE_NOOP(
                  "rostrum::cli",
                  "organizer, briefer, council, cosponsor, group, member, observer or other")},
             {"on-behalf-of", "G",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "the group the statement is made for (with --group-size)")},
             {"group-size", "N",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "how many delegations the group has (with --on-behalf-of)")},
             {"language", "xx",
              QT_TRANSLATE_NOOP("rostrum::cli", "ar, zh, en, fr, ru or es (default en)")},
             {"level", "KEY",
              QT_TRANSLATE_NOOP("rostrum::cli", "head, minister, pr, deputy, charge or other")},
             {"inscribed-at", "\"YYYY-MM-DD HH:MM[:SS]\"",
              QT_TRANSLATE_NOOP(
                  "rostrum::cli",
                  "when the inscription arrived, in the meeting's time zone or ISO 8601 with an "
                  "offset (default: now)")},
             {"limit", "M:SS",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "this speaker's time limit (default: the category's)")},
             {"notes", "N", QT_TRANSLATE_NOOP("rostrum::cli", "notes for the secretariat")},
         },
         &runAdd},
        {"import",
         "FILE CSV",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Inscribe every row of a CSV file, as one act (one undo removes them all)."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "The CSV has a header row; the columns, in any order and any case, are delegation "
             "(required), speaker, title, category, on_behalf_of, group_size, language, level, "
             "inscribed_at, limit and notes. Comma, semicolon or tab separated; UTF-8 or UTF-16 "
             "with a byte-order mark (\"Unicode text\"). Every row is checked first; refused rows "
             "are listed on standard error as \"line N: reason\", and then nothing is written "
             "unless --skip-invalid is given."),
         {
             {"dry-run", nullptr,
              QT_TRANSLATE_NOOP("rostrum::cli", "check and report only; never write")},
             {"skip-invalid", nullptr,
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "import the rows that are accepted and report the rest")},
         },
         &runImport},
        {"list",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Show the running order with projected start times."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "JSON is an array in running order; CSV follows RFC 4180 with a header row."),
         {
             {"format", "text|csv|json",
              QT_TRANSLATE_NOOP("rostrum::cli", "output format (default: text)")},
             {"all", nullptr,
              QT_TRANSLATE_NOOP(
                  "rostrum::cli",
                  "also show who spoke, the current speaker, the absent and the withdrawn")},
         },
         &runList},
        {"status",
         "FILE",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Show who is speaking, the time left, who is next, and the projected end."),
         "",
         {kTextOrJson},
         &runStatus},
        {"move",
         "FILE ID POSITION",
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "Move a waiting speaker to a position; pins them there."),
         "",
         {},
         &runMove},
        {"swap",
         "FILE ID ID",
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "Exchange the places of two waiting speakers, in one act."),
         "",
         {},
         &runSwap},
        {"remove",
         "FILE ID",
         QT_TRANSLATE_NOOP("rostrum::cli", "Delete an entry from the list (undo brings it back)."),
         "",
         {},
         &runRemove},
        {"withdraw",
         "FILE ID",
         QT_TRANSLATE_NOOP("rostrum::cli", "Mark a waiting speaker as withdrawn."),
         "",
         {},
         &runWithdraw},
        {"start",
         "FILE",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Start or resume the clock; with no one at the rostrum, call the first speaker."),
         "",
         {},
         &runStart},
        {"pause",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Pause the current speaker's clock."),
         "",
         {},
         &runPause},
        {"next",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Close the current speech and call the next speaker."),
         "",
         {},
         &runNext},
        {"absent",
         "FILE",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "The called speaker is absent: apply the meeting's absent rule and call the next."),
         "",
         {},
         &runAbsent},
        {"undo", "FILE", QT_TRANSLATE_NOOP("rostrum::cli", "Undo the last act."), "", {}, &runUndo},
        {"redo",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Redo the last undone act."),
         "",
         {},
         &runRedo},
        {"add-time",
         "FILE SECONDS",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Give the current speaker more time; a negative number takes time away."),
         "",
         {},
         &runAddTime},
        {"reset",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Reset the current speaker's clock to the full limit."),
         "",
         {},
         &runReset},
        {"set-limit",
         "FILE ID M:SS",
         QT_TRANSLATE_NOOP("rostrum::cli", "Change one speaker's time limit."),
         "",
         {},
         &runSetLimit},
        {"set-limit-all",
         "FILE M:SS",
         QT_TRANSLATE_NOOP("rostrum::cli", "Change the time limit of every waiting speaker."),
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "The limits of their categories change too, so that speakers "
                           "inscribed afterwards get the same limit, unless --waiting-only."),
         {
             {"waiting-only", nullptr,
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "change only the speakers waiting now, not later inscriptions")},
         },
         &runSetLimitAll},
        {"close-list",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Close the list of speakers: inscriptions are refused."),
         "",
         {},
         &runCloseList},
        {"open-list",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Reopen the list of speakers."),
         "",
         {},
         &runOpenList},
        {"journal",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "Show who did what, and when, oldest first."),
         "",
         {
             {"limit", "N",
              QT_TRANSLATE_NOOP("rostrum::cli", "show the last N acts (default 50; 0 shows all)")},
             kTextOrJson,
         },
         &runJournal},
        {"backup",
         "FILE DEST",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Write a consistent copy of the meeting, with its whole journal, to a new file."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "One snapshot of the file as saved, taken while other consoles may be acting on it; "
             "undo and redo work in the copy. DEST must not exist yet. Only reads FILE."),
         {},
         &runBackup},
        {"export",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "Write the list of speakers for circulation: PDF, CSV or HTML."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "The speaker at the rostrum first, then the running order with projected times. "
             "CSV is UTF-8 with a byte order mark, for spreadsheets; HTML is a standalone page. "
             "Give one or more outputs. A file is written whole or not at all."),
         {
             {"pdf", "OUT", QT_TRANSLATE_NOOP("rostrum::cli", "write an A4 PDF")},
             {"csv", "OUT", QT_TRANSLATE_NOOP("rostrum::cli", "write CSV (RFC 4180)")},
             {"html", "OUT", QT_TRANSLATE_NOOP("rostrum::cli", "write an HTML page")},
             {"meeting-kind", "TEXT",
              QT_TRANSLATE_NOOP(
                  "rostrum::cli",
                  "the line naming the kind of meeting, for this document only (default: the "
                  "meeting's heading; \"\" for none)")},
             {"language", "xx",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "the document's language: ar, zh, en, fr, ru or es (default: the "
                                "language of the messages)")},
         },
         &runExport},
        {"report",
         "FILE",
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Write the report of the meeting: planned and actual times, overruns, totals."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "One row per speaker with planned and actual start, allotted and actual time, "
             "overrun and pauses; totals by tier; the PDF adds a timeline picture. CSV has whole "
             "seconds, ISO 8601 times with the meeting's offset and status keys."),
         {
             {"pdf", "OUT", QT_TRANSLATE_NOOP("rostrum::cli", "write an A4 PDF")},
             {"csv", "OUT", QT_TRANSLATE_NOOP("rostrum::cli", "write CSV (RFC 4180)")},
             {"meeting-kind", "TEXT",
              QT_TRANSLATE_NOOP(
                  "rostrum::cli",
                  "the line naming the kind of meeting, for this document only (default: the "
                  "meeting's heading; \"\" for none)")},
             {"language", "xx",
              QT_TRANSLATE_NOOP("rostrum::cli",
                                "the document's language: ar, zh, en, fr, ru or es (default: the "
                                "language of the messages)")},
         },
         &runReport},
    };
    addFloorCommands(all);
    all.append(serverCommands());
    all.append(serveCommand());
    return all;
}
#undef T
} // namespace

int Command::positionalCount() const
{
    return int(QString::fromLatin1(arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QStringList Command::synopsisParts() const
{
    QStringList parts = {QString::fromLatin1(name), QString::fromLatin1(arguments)};
    for (const OptionSpec &o : options) {
        QString text = QStringLiteral("--") + QString::fromLatin1(o.name);
        if (o.value)
            text += QLatin1Char(' ') + QString::fromLatin1(o.value);
        parts.append(o.required ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    return parts;
}

const QList<Command> &commands()
{
    static const QList<Command> all = buildCommands();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace rostrum::cli
