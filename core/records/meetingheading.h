#pragma once

#include "meeting/meeting.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace rostrum {

// The heading every circulated document carries, in the style of a concept note: what kind of
// meeting, its title, when and where, and who organizes it. Plain text; each document escapes
// or lays it out as it needs.
struct MeetingHeading
{
    QString kind; // the meeting's heading: "United Nations Security Council Arria-formula meeting"
    QString title;
    QString date; // "25 May 2023"
    QString time; // "15:00 – 17:30"
    QString venue;
    QString organizedBy; // "Albania and United States"; empty when there are none
    QString cosponsoredBy;

    // The labelled lines under the title, in the concept note's order, skipping empty ones:
    // who ({"Organized by:", ...}, {"Co-sponsored by:", ...}), then when and where
    // ({"Date:", ...}, {"Time:", ...}, {"Location:", ...}).
    QList<QPair<QString, QString>> sponsorLines() const;
    QList<QPair<QString, QString>> whenWhereLines() const;

    // The kind of meeting is the meeting's heading; a given kind replaces it for one document
    // (rostrum-cli --meeting-kind), and an empty one leaves the line out.
    // Dates are written in the given locale's language (the document's).
    static MeetingHeading of(const Meeting &meeting, const std::optional<QString> &kind = {},
                             const QLocale &locale = QLocale());
};

// "Albania, Brazil and China": names listed in a sentence, with translatable joints.
QString namesInSentence(const QStringList &names);
// "25 May 2023, 15:12": an instant of the meeting's day, in its time zone, in the locale's
// language (language/datetext.h).
QString instantText(const Meeting &meeting, qint64 utcMs, const QLocale &locale = QLocale());
// "15:03", the compact form for tables.
QString clockText(const Meeting &meeting, qint64 utcMs);
// ISO 8601 with the meeting's offset, for files that machines read: 2023-05-25T15:03:00-04:00.
QString isoText(const Meeting &meeting, qint64 utcMs);

} // namespace rostrum
