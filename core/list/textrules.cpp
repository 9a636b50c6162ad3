#include "list/textrules.h"

#include <QList>
#include <utility>

namespace rostrum {

namespace {
enum class Kind
{
    Fine,
    LineBreak,
    Control,
    Bidi
};

Kind kindOf(char32_t c)
{
    switch (c) {
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x85:
    case 0x2028:
    case 0x2029:
        return Kind::LineBreak;
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return Kind::Control;
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return Kind::Bidi;
    return Kind::Fine;
}

QString codeOf(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString fieldName(TextRules::Field field, int place)
{
    using F = TextRules::Field;
    switch (field) {
    case F::Delegation:
        return TextRules::tr("The delegation");
    case F::Speaker:
        return TextRules::tr("The speaker's name");
    case F::Title:
        return TextRules::tr("The title");
    case F::OnBehalfOf:
        return TextRules::tr("The group (on behalf of)");
    case F::MeetingTitle:
        return TextRules::tr("The meeting's title");
    case F::MeetingHeading:
        return TextRules::tr("The heading of the meeting's documents");
    case F::Venue:
        return TextRules::tr("The venue");
    case F::Organizer:
        return TextRules::tr("The name of organizer %1").arg(place);
    case F::Cosponsor:
        return TextRules::tr("The name of co-sponsor %1").arg(place);
    case F::CouncilMember:
        return TextRules::tr("The name of Council member %1").arg(place);
    case F::MessageToSpeaker:
        return TextRules::tr("The message to the speaker");
    }
    return {};
}

// The first character of `text` that is not allowed (line breaks and tabs pass in notes), with
// its 1-based position in characters, not UTF-16 units.
struct Found
{
    Kind kind = Kind::Fine;
    char32_t character = 0;
    int position = 0;
};
Found firstRefused(const QString &text, bool notes)
{
    const QList<uint> characters = text.toUcs4();
    for (int i = 0; i < characters.size(); ++i) {
        const char32_t c = characters[i];
        const Kind kind = kindOf(c);
        if (kind == Kind::Fine)
            continue;
        if (notes && (c == 0x09 || c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029))
            continue;
        return {kind, c, i + 1};
    }
    return {};
}

qsizetype lengthInCharacters(const QString &text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}
} // namespace

QString TextRules::checkName(const QString &text, Field field, int place)
{
    const Found found = firstRefused(text, false);
    const QString what = fieldName(field, place);
    switch (found.kind) {
    case Kind::Fine:
        break;
    case Kind::LineBreak:
        return tr("%1 contains a line break (%2) at position %3; a name or a title is one line.")
            .arg(what, codeOf(found.character))
            .arg(found.position);
    case Kind::Control:
        return tr("%1 contains a control character (%2) at position %3; remove it.")
            .arg(what, codeOf(found.character))
            .arg(found.position);
    case Kind::Bidi:
        return tr("%1 contains a bidirectional formatting character (%2) at position %3, which "
                  "would show the text in another order than it is written; remove it.")
            .arg(what, codeOf(found.character))
            .arg(found.position);
    }
    const qsizetype length = lengthInCharacters(text.trimmed());
    if (length > kLongestName) {
        return tr("%1 is %2 characters long; at most %3 are allowed.")
            .arg(what)
            .arg(length)
            .arg(kLongestName);
    }
    return {};
}

QString TextRules::checkNotes(const QString &text)
{
    const Found found = firstRefused(text, true);
    switch (found.kind) {
    case Kind::Fine:
        break;
    case Kind::LineBreak: // a vertical tab, a form feed or NEL: not a line break notes keep
    case Kind::Control:
        return tr("The notes contain a control character (%1) at position %2; notes may hold "
                  "line breaks and tabs, but no other control characters.")
            .arg(codeOf(found.character))
            .arg(found.position);
    case Kind::Bidi:
        return tr("The notes contain a bidirectional formatting character (%1) at position %2, "
                  "which would show the text in another order than it is written; remove it.")
            .arg(codeOf(found.character))
            .arg(found.position);
    }
    const qsizetype length = lengthInCharacters(text);
    if (length > kLongestNotes) {
        return tr("The notes are %1 characters long; at most %2 are allowed.")
            .arg(length)
            .arg(kLongestNotes);
    }
    return {};
}

QString TextRules::checkDraft(const EntryDraft &d)
{
    for (const auto &[text, field] :
         {std::pair{&d.delegation, Field::Delegation}, std::pair{&d.speaker, Field::Speaker},
          std::pair{&d.title, Field::Title}, std::pair{&d.onBehalfOf, Field::OnBehalfOf}}) {
        if (QString why = checkName(*text, field); !why.isEmpty())
            return why;
    }
    return checkNotes(d.notes);
}

QString TextRules::checkMeeting(const Meeting &m)
{
    if (QString why = checkName(m.title, Field::MeetingTitle); !why.isEmpty())
        return why;
    if (QString why = checkName(m.heading, Field::MeetingHeading); !why.isEmpty())
        return why;
    if (QString why = checkName(m.venue, Field::Venue); !why.isEmpty())
        return why;
    for (const auto &[names, field] :
         {std::pair{&m.organizers, Field::Organizer}, std::pair{&m.cosponsors, Field::Cosponsor},
          std::pair{&m.council, Field::CouncilMember}}) {
        for (int i = 0; i < names->size(); ++i) {
            if (QString why = checkName(names->at(i), field, i + 1); !why.isEmpty())
                return why;
        }
    }
    return {};
}

QString TextRules::visible(const QString &text)
{
    if (firstRefused(text, false).kind == Kind::Fine)
        return text;
    QString out;
    for (const uint u : text.toUcs4()) {
        const char32_t c = u;
        if (kindOf(c) == Kind::Fine)
            out += QString::fromUcs4(&c, 1);
        else
            out += QLatin1Char('<') + codeOf(c) + QLatin1Char('>');
    }
    return out;
}

} // namespace rostrum
