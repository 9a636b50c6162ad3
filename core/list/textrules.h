#pragma once

#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QCoreApplication>
#include <QString>

namespace rostrum {

// What a name, a title or a group may hold, and how long it and the notes may be. A line break
// in a name splits the printed list, an escape code acts on the terminal that shows it, and a
// bidirectional override makes "evil\u202Egnp.exe" read as "evilexe.png"; so none of them is
// let in, by whichever door (a dialog, the command line, an import).
class TextRules final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::TextRules)

public:
    TextRules() = delete;

    static constexpr int kLongestName = 200;   // characters, for names, titles and groups
    static constexpr int kLongestNotes = 2000; // characters

    // The one-line texts that are checked, to name them in a message.
    enum class Field
    {
        Delegation,
        Speaker,
        Title,
        OnBehalfOf,
        MeetingTitle,
        MeetingHeading,
        Venue,
        Organizer, // with the place in the meeting's list (1-based)
        Cosponsor,
        CouncilMember,
        MessageToSpeaker
    };

    // Why `text` cannot be the given name, title or group (empty when it can): a control
    // character, a line or paragraph separator or a bidirectional formatting character, with
    // the character and its position, or more than kLongestName characters once trimmed.
    static QString checkName(const QString &text, Field field, int place = 0);
    // The same for notes, which may hold line breaks and tabs, and up to kLongestNotes.
    static QString checkNotes(const QString &text);

    // The first of the above that a draft's delegation, speaker, title, group or notes breaks.
    static QString checkDraft(const EntryDraft &draft);
    // The same for the meeting's title, venue and lists of organizers, co-sponsors and Council.
    static QString checkMeeting(const Meeting &meeting);

    // The text with every character that checkName refuses written out as "<U+001B>", for a
    // terminal: a name stored before these rules shows what it holds instead of acting on the
    // screen.
    static QString visible(const QString &text);
};

} // namespace rostrum
