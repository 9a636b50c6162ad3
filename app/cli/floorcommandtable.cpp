#include "commands.h"
#include "handlers.h"

namespace rostrum::cli {

// The commands of the floor as the UN runs it, listed in the overview after "absent". Their
// texts are QT_TRANSLATE_NOOP in the context help.cpp translates them in (see commands.cpp).
QList<Command> floorCommands()
{
    const OptionSpec delegation = {
        "delegation", "D",
        QT_TRANSLATE_NOOP("rostrum::cli",
                          "a delegation from the directory, or a name for briefers and others"),
        true};
    const OptionSpec speaker = {"speaker", "NAME",
                                QT_TRANSLATE_NOOP("rostrum::cli", "the speaker's name")};
    const OptionSpec language = {
        "language", "xx",
        QT_TRANSLATE_NOOP("rostrum::cli", "the language spoken: ar, zh, en, fr, ru or es")};
    return {
        {"point-of-order",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli", "A point of order takes the floor at once."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "The current speech is interrupted: its clock stops and its remaining time is kept. "
             "The point of order has its own clock and limit (the meeting's setting, 2:00 unless "
             "changed; 0:00 counts up). next closes it and gives the floor back to the "
             "interrupted speaker, paused; start resumes them."),
         {delegation, speaker, language},
         &runPointOfOrder},
        {"reply",
         "FILE",
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "Inscribe a right of reply, heard after the last statement."),
         QT_TRANSLATE_NOOP(
             "rostrum::cli",
             "Replies are heard in the order asked, in a tier of their own at the end, even "
             "while the list is closed. A delegation may reply as often as the meeting allows "
             "(2 unless changed); the first and second replies have their own limits (5:00 and "
             "3:00 unless changed)."),
         {delegation, speaker, language},
         &runReply},
        {"set-changeover",
         "FILE SECONDS",
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "Set the time between one speaker's end and the next one's start."),
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "From 0 to 600 seconds. Every projected start, the projected end and "
                           "the fit advisor include it, except before the first speaker."),
         {},
         &runSetChangeover},
        {"message",
         "FILE [TEXT]",
         QT_TRANSLATE_NOOP("rostrum::cli", "Show a message to the speaker on the display."),
         QT_TRANSLATE_NOOP("rostrum::cli",
                           "The message stays until it is cleared or the next speaker is "
                           "called, for example \"Please conclude\"."),
         {{"clear", nullptr,
           QT_TRANSLATE_NOOP("rostrum::cli", "take the message off the display")}},
         &runMessage},
    };
}

} // namespace rostrum::cli
