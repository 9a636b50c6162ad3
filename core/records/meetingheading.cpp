#include "records/meetingheading.h"

#include "language/datetext.h"

#include <QCoreApplication>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::MeetingHeading)
};
} // namespace

QString namesInSentence(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    QString text = names.last();
    if (names.size() >= 2)
        text = Tr::tr("%1 and %2").arg(names.at(names.size() - 2), text);
    for (qsizetype i = names.size() - 3; i >= 0; --i)
        text = Tr::tr("%1, %2").arg(names.at(i), text);
    return text;
}

QString instantText(const Meeting &meeting, qint64 utcMs, const QLocale &locale)
{
    return utcMs == 0 ? QString() : DateText::dateWithTime(meeting.toLocal(utcMs), locale);
}

QString clockText(const Meeting &meeting, qint64 utcMs)
{
    return utcMs == 0 ? QString() : DateText::timeOfDay(meeting.toLocal(utcMs).time());
}

QString isoText(const Meeting &meeting, qint64 utcMs)
{
    return utcMs == 0 ? QString() : meeting.toLocal(utcMs).toString(Qt::ISODate);
}

namespace {
using Lines = QList<QPair<QString, QString>>;
void addLine(Lines &lines, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        lines.append({label, value});
}
} // namespace

Lines MeetingHeading::sponsorLines() const
{
    Lines lines;
    addLine(lines, Tr::tr("Organized by:"), organizedBy);
    addLine(lines, Tr::tr("Co-sponsored by:"), cosponsoredBy);
    return lines;
}

Lines MeetingHeading::whenWhereLines() const
{
    Lines lines;
    addLine(lines, Tr::tr("Date:"), date);
    addLine(lines, Tr::tr("Time:"), time);
    addLine(lines, Tr::tr("Location:"), venue);
    return lines;
}

MeetingHeading MeetingHeading::of(const Meeting &meeting, const std::optional<QString> &kind,
                                  const QLocale &locale)
{
    MeetingHeading h;
    // A heading Rostrum wrote (a file migrated from format 3, a preset's) is printed in the
    // language of the document; one the secretariat typed is printed as typed.
    if (kind)
        h.kind = *kind;
    else if (!meeting.heading.isEmpty())
        h.kind = QCoreApplication::translate("rostrum::MeetingHeading",
                                             meeting.heading.toUtf8().constData());
    h.title = meeting.title;
    h.date = DateText::longDate(meeting.date, locale);
    if (meeting.scheduledStart.isValid() && meeting.scheduledEnd.isValid())
        h.time = Tr::tr("%1 – %2").arg(DateText::timeOfDay(meeting.scheduledStart),
                                       DateText::timeOfDay(meeting.scheduledEnd));
    h.venue = meeting.venue;
    h.organizedBy = namesInSentence(meeting.organizers);
    h.cosponsoredBy = namesInSentence(meeting.cosponsors);
    return h;
}

} // namespace rostrum
