#include "records/meetingheading.h"

#include <QCoreApplication>
#include <QLocale>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::MeetingHeading)
};

QString dateText(const QDate &date)
{
    // The day before the month, as in UN documents; the month name follows the locale.
    return QLocale().toString(date, Tr::tr("d MMMM yyyy"));
}
} // namespace

QString dayTimeText(const QTime &time)
{
    if (!time.isValid())
        return {};
    const int hour = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
    const QString minutes = QStringLiteral("%1").arg(time.minute(), 2, 10, QLatin1Char('0'));
    return (time.hour() < 12 ? Tr::tr("%1:%2 a.m.") : Tr::tr("%1:%2 p.m.")).arg(hour).arg(minutes);
}

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

QString instantText(const Meeting &meeting, qint64 utcMs)
{
    if (utcMs == 0)
        return {};
    const QDateTime local = meeting.toLocal(utcMs);
    return Tr::tr("%1 at %2").arg(dateText(local.date()), dayTimeText(local.time()));
}

QString clockText(const Meeting &meeting, qint64 utcMs)
{
    return utcMs == 0 ? QString() : meeting.toLocal(utcMs).toString(QStringLiteral("HH:mm"));
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

MeetingHeading MeetingHeading::of(const Meeting &meeting, const std::optional<QString> &kind)
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
    h.date = meeting.date.isValid() ? dateText(meeting.date) : QString();
    if (meeting.scheduledStart.isValid() && meeting.scheduledEnd.isValid())
        h.time = Tr::tr("%1 – %2").arg(dayTimeText(meeting.scheduledStart),
                                       dayTimeText(meeting.scheduledEnd));
    h.venue = meeting.venue;
    h.organizedBy = namesInSentence(meeting.organizers);
    h.cosponsoredBy = namesInSentence(meeting.cosponsors);
    return h;
}

} // namespace rostrum
