#include "pagestrings.h"

#include "language/uilanguage.h"
#include "records/documentlanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>
#include <memory>

namespace rostrum::web {

namespace {
struct PageString
{
    const char *key;
    struct
    {
        const char *source;
        const char *comment; // also what tells the text apart for lupdate and the translator
    } text;
};

// The keys are the pages' (ui/web/pages/common.js has the same table in English).
const PageString kStrings[] = {
    {"TITLE_TIMER", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Rostrum — Timer",
                                       "Browser tab title of the speaker's timer page")},
    {"TITLE_ROOM", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Rostrum — Room display",
                                      "Browser tab title of the room display page")},
    {"TITLE_BOOTH", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Rostrum — Interpreters",
                                       "Browser tab title of the interpreters' page")},
    {"TITLE_LIST", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Rostrum — List of speakers",
                                      "Browser tab title of the delegates' list page")},
    {"TITLE_CONTROL", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Rostrum — Control",
                                         "Browser tab title of the control page")},
    {"CONN_WAIT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Connecting to the console…",
                                     "Banner while the page first connects to the console")},
    {"CONN_LOST", QT_TRANSLATE_NOOP3(
                      "rostrum::web::PageStrings", "Connection to the console lost — reconnecting…",
                      "Banner when the link to the console is lost; the page retries by itself")},
    {"FATAL_TOKEN",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings",
                        "This link is not valid any more. Ask the secretariat for a new one.",
                        "Banner when the link's access code is wrong or withdrawn; no retry")},
    {"FATAL_ROLE",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings",
                        "This link may not open this page. Ask the secretariat for the right link.",
                        "Banner when the link's role may not open this page; no retry")},
    {"ARIA_COUNTDOWN", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Speaking time",
                                          "Screen-reader name of the countdown figures")},
    {"ARIA_CLOCK", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Time of day",
                                      "Screen-reader name of the meeting's clock (HH:MM)")},
    {"NO_ONE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "No one at the rostrum",
                                  "Shown in place of the delegation when nobody has the floor")},
    {"WHO", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "%1 — %2",
                               "%1 delegation, %2 speaker's name")},
    {"ON_BEHALF", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "%1, on behalf of %2",
                                     "%1 speaker's name, %2 group or State spoken for")},
    {"ON_BEHALF_ONLY", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "on behalf of %1",
                                          "%1 group or State spoken for (speaker's name unknown)")},
    {"STATE_READY",
     QT_TRANSLATE_NOOP3(
         "rostrum::web::PageStrings", "READY",
         "Clock label: a speaker is called, clock not started (capitals on the display)")},
    {"STATE_PAUSED",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "PAUSED", "Clock label: clock paused")},
    {"STATE_WARNING",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "WARNING",
                        "Clock label: little time left (a ⚠ sign is added before it)")},
    {"STATE_TIME_UP",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "TIME", "Clock label: the time is up (0:00)")},
    {"STATE_OVERTIME", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "OVERTIME",
                                          "Clock label: speaking past the limit")},
    {"STATE_FINISHED", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "FINISHED",
                                          "Clock label: the speech has ended")},
    {"STATE_PAUSED_LATE",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "PAUSED — %1",
                        "%1 one of WARNING / TIME / OVERTIME: clock paused in that phase")},
    {"KIND_POINT_OF_ORDER",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "POINT OF ORDER",
                        "Big label on the timer when the floor is taken by a point of order")},
    {"KIND_REPLY", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "RIGHT OF REPLY",
                                      "Big label on the timer during a right of reply")},
    {"MARK_POINT_OF_ORDER", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Point of order",
                                               "Small mark next to a point of order in lists")},
    {"MARK_REPLY", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Right of reply",
                                      "Small mark next to a right of reply in lists")},
    {"MARK_REPLY_N", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Right of reply %1",
                                        "%1 the number of the reply (1, 2): \"Right of reply 1\"")},
    {"MARK_LATE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Late",
                                     "Mark for a speaker inscribed after the deadline")},
    {"MARK_INTERRUPTED", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Interrupted",
                                            "Mark for a speaker interrupted by a point of order")},
    {"MARK_ABSENT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Absent",
                                       "Mark for a speaker who was absent when called")},
    {"MARK_WITHDRAWN", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Withdrawn",
                                          "Mark for a speaker who withdrew")},
    {"MARK_SPOKE",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Spoke", "Mark for a speaker who has spoken")},
    {"MARK_NOW", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Speaking now",
                                    "Heading over the current speaker on the delegates' list")},
    {"INTERRUPTED",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Interrupted: %1 — %2 left",
                        "%1 delegation, %2 time left (e.g. 1:12) for the interrupted speaker")},
    {"NEXT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Next: %1",
                                "%1 next delegation (and speaker)")},
    {"NEXT_NONE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Next: none",
                                     "Nobody is waiting to speak next")},
    {"PROJECTED_END",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Projected end %1 (%2)",
                        "%1 projected end time HH:MM, %2 lateness such as \"+15 min\"")},
    {"OVER_MIN", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "+%1 min",
                                    "%1 minutes past the scheduled end")},
    {"UNDER_MIN", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "−%1 min",
                                     "%1 minutes before the scheduled end")},
    {"ON_TIME", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "on time",
                                   "The list is projected to end at the scheduled time")},
    {"OVER_DAYS",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "+%1 days",
                        "%1 days past the scheduled end (for meetings far off their date)")},
    {"UNDER_DAYS", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "−%1 days",
                                      "%1 days before the scheduled end")},
    {"LIST_CLOSED",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "The list of speakers is closed.",
                        "The chair has closed the list of speakers")},
    {"NOBODY_WAITING",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "No one is waiting to speak.",
                        "The list has no waiting speaker")},
    {"ROOM_NOW", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Now speaking",
                                    "Heading over the current speaker on the room screen")},
    {"ROOM_NEXT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Next speakers",
                                     "Heading over the next five speakers on the room screen")},
    {"BOOTH_LANGUAGE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Language: %1",
                                          "%1 language name and code, e.g. \"French (fr)\"")},
    {"BOOTH_LANGUAGE_NAME",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "%1 (%2)",
                        "%1 language name in the page's language, %2 its code")},
    {"BOOTH_LANGUAGE_NONE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Language not given",
                                               "No language was given for the statement")},
    {"BOOTH_NEXT",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Next three",
                        "Heading over the next three speakers on the interpreters' page")},
    {"BOOTH_NOTES",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Notes: %1",
                        "%1 the secretariat's notes for the booths about this speaker")},
    {"LIST_HEADING",
     QT_TRANSLATE_NOOP3(
         "rostrum::web::PageStrings", "List of speakers",
         "Heading of the list of speakers (also used when the meeting has no title)")},
    {"LIST_DONE",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Spoken or off the list (%1)",
                        "%1 how many; folded section with speakers done or off the list")},
    {"LIST_SPOKE_AT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "%1–%2",
                                         "%1 start time, %2 end time of a speech (HH:MM)")},
    {"CTRL_START", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Start",
                                      "Button: start or resume the speaker's clock")},
    {"CTRL_PAUSE",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Pause", "Button: pause the speaker's clock")},
    {"CTRL_NEXT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Next speaker",
                                     "Button: end this speech and call the next speaker")},
    {"CTRL_PLUS", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "+30 s",
                                     "Button: give the speaker 30 more seconds")},
    {"CTRL_MINUS", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "−30 s",
                                      "Button: take 30 seconds from the speaker")},
    {"CTRL_ABSENT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Absent",
                                       "Button: the called speaker is not in the room")},
    {"CTRL_UNDO",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Undo", "Button: take back the last act")},
    {"CTRL_REDO", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Redo",
                                     "Button: do again the act just taken back")},
    {"CTRL_MESSAGES", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Message to the speaker",
                                         "Heading of the messages to the speaker")},
    {"MSG_CONCLUDE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Please conclude",
                                        "Preset message shown to the speaker (sent as shown)")},
    {"MSG_TIME_UP", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Your time is up",
                                       "Preset message shown to the speaker (sent as shown)")},
    {"MSG_SLOWER", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings",
                                      "Please speak more slowly for the interpreters",
                                      "Preset message shown to the speaker (sent as shown)")},
    {"CTRL_FREE_TEXT", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Your own message",
                                          "Label of the field for a message of one's own")},
    {"CTRL_SEND", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Send",
                                     "Button: show the typed message to the speaker")},
    {"CTRL_CLEAR", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Clear message",
                                      "Button: remove the message from the speaker's screen")},
    {"CTRL_SHOWN", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Shown to the speaker: %1",
                                      "%1 the message now on the speaker's screen")},
    {"CTRL_INSCRIBE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Inscribe a speaker",
                                         "Heading of the form that adds a speaker to the list")},
    {"CTRL_DELEGATION", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Delegation",
                                           "Field label: the delegation (State or organisation)")},
    {"CTRL_SPEAKER", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Speaker (optional)",
                                        "Field label: the speaker's name, may be left empty")},
    {"CTRL_INSCRIBE_GO", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Inscribe",
                                            "Button: add the speaker to the list")},
    {"CTRL_MOVE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Move a waiting speaker",
                                     "Heading of the form that moves a waiting speaker")},
    {"CTRL_WHO", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Waiting speaker",
                                    "Field label: which waiting speaker to move")},
    {"CTRL_POSITION", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "New position",
                                         "Field label: the new place in the list (a number)")},
    {"CTRL_MOVE_GO",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Move", "Button: move the speaker")},
    {"CTRL_MOVE_OPTION", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "%1. %2",
                                            "%1 current position, %2 delegation and speaker")},
    {"CTRL_LAST", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Last act: %1",
                                     "%1 the console's one-line summary of the act just done")},
    {"CTRL_VIEW_ONLY",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "This link is for viewing only.",
                        "Shown on the control page to a link that may do nothing")},
    {"CTRL_ROLE", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "Role: %1",
                                     "%1 one of the four role names below")},
    {"ROLE_VIEWER",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "viewer", "Role name: may only look")},
    {"ROLE_TIMEKEEPER", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "timekeeper",
                                           "Role name: runs the clock and the messages")},
    {"ROLE_STAFF", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "staff",
                                      "Role name: secretariat staff keeping the list")},
    {"ROLE_CHAIR", QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "chair",
                                      "Role name: the chair, may do everything")},
    {"ERR_NETWORK",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "The console did not answer. Try again.",
                        "The request got no answer (network down)")},
    {"ERR_HTTP",
     QT_TRANSLATE_NOOP3("rostrum::web::PageStrings", "The console refused the act (HTTP %1).",
                        "%1 HTTP status code, when the console gave no reason of its own")},
};

constexpr const char *kContext = "rostrum::web::PageStrings";

// One translator per language asked for, loaded once and never installed: a page in Arabic
// must not turn the console it is served from into Arabic.
const QTranslator *translatorFor(const QString &code)
{
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    auto it = loaded.find(code);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/rostrum_") + code))
            translator.reset();
        it = loaded.insert(code, translator);
    }
    return it->get();
}
} // namespace

QJsonObject PageStrings::forLanguage(const QString &lang)
{
    const QString program = DocumentLanguage::programLanguage();
    const QString code = uiLanguageCode(lang).value_or(program);
    const QTranslator *translator = code == program ? nullptr : translatorFor(code);
    QJsonObject strings;
    for (const PageString &s : kStrings) {
        QString text;
        if (code == program)
            text = QCoreApplication::translate(kContext, s.text.source, s.text.comment);
        else if (translator)
            text = translator->translate(kContext, s.text.source, s.text.comment);
        if (text.isEmpty())
            text = QString::fromUtf8(s.text.source); // English, or a text not translated yet
        strings.insert(QLatin1String(s.key), text);
    }
    return QJsonObject{
        {QStringLiteral("lang"), code},
        {QStringLiteral("dir"), uiLocale(code).textDirection() == Qt::RightToLeft
                                    ? QStringLiteral("rtl")
                                    : QStringLiteral("ltr")},
        {QStringLiteral("strings"), strings},
    };
}

} // namespace rostrum::web
