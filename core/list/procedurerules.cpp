#include "list/procedurerules.h"

#include "list/speakerslist.h"
#include "list/textrules.h"

#include <QCoreApplication>

namespace rostrum::ProcedureRules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ProcedureRules)
};

bool withinADay(int seconds)
{
    return qint64(seconds) * 1000 <= SpeakersList::kLongestLimitMs;
}
} // namespace

QString settingsProblem(const Meeting &m)
{
    if (m.pointOfOrderLimitSeconds < 0 || !withinADay(m.pointOfOrderLimitSeconds))
        return Tr::tr("The limit of a point of order must be from 0:00 (untimed) to 24 hours.");
    if (m.repliesAllowed < 0 || m.repliesAllowed > kMostRepliesAllowed)
        return Tr::tr("A delegation may be allowed from 0 to %1 replies.").arg(kMostRepliesAllowed);
    if (m.replyFirstSeconds <= 0 || m.replySecondSeconds <= 0)
        return Tr::tr("The limits of the first and second reply must be longer than zero.");
    if (!withinADay(m.replyFirstSeconds) || !withinADay(m.replySecondSeconds))
        return Tr::tr("The limit of a reply is at most 24 hours.");
    if (m.changeoverSeconds < 0 || m.changeoverSeconds > kLongestChangeoverSeconds)
        return Tr::tr("The changeover %1 s is out of range: set from 0 to %2 seconds.")
            .arg(m.changeoverSeconds)
            .arg(kLongestChangeoverSeconds);
    return messageProblem(m.message);
}

QString messageProblem(const QString &text)
{
    // A line break or a control character would act on the display instead of showing: the
    // same characters a name refuses, and no longer than a name, so it fits the display.
    return TextRules::checkName(text, TextRules::Field::MessageToSpeaker);
}

} // namespace rostrum::ProcedureRules
