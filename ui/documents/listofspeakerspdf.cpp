#include "listofspeakerspdf.h"

#include "clock/timetext.h"
#include "pageddocument.h"
#include "records/documentlanguage.h"
#include "records/meetingheading.h"

#include <QCoreApplication>

namespace rostrum::ListOfSpeakersPdf {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ListOfSpeakersPdf)
};

QVector<TableCell> cellsOf(const ListOfSpeakers &list, const CirculationRow &r)
{
    QStringList who = {r.delegation};
    if (!r.onBehalfOf.isEmpty())
        who.append(Tr::tr("on behalf of %1").arg(r.onBehalfOf));
    QStringList speaker = {r.speaker.isEmpty() ? QString() : r.speaker};
    if (!r.title.isEmpty())
        speaker.append(r.title);
    QStringList timeLines = {clockText(list.meeting, r.projectedStartMs)};
    // The note above the table gives the usual limit; a different one is stated here.
    if (r.allottedMs != qint64(list.meeting.defaultLimitSeconds) * 1000)
        timeLines.append(Tr::tr("limit %1").arg(formatMinSec(r.allottedMs)));
    return {
        {{r.position > 0 ? QString::number(r.position) : QString()}, false},
        {who, true},
        {speaker, false},
        // The language of the statement, so that the booths can prepare.
        {{languageName(r.language)}, false},
        {timeLines, false},
    };
}
} // namespace

bool write(const ListOfSpeakers &list, const QString &path, QString *error,
           const std::optional<QString> &kind, int *pageCount)
{
    // Installed before the first tr(): every text of the document is in its language.
    const DocumentLanguage language(list.language);
    const QString documentName = Tr::tr("List of speakers");
    PagedDocument document(Tr::tr("List of speakers: %1").arg(list.meeting.title),
                           language.direction());
    document.setMetadata(Tr::tr("List of speakers: %1").arg(list.meeting.title),
                         QStringLiteral("Rostrum"));
    document.addHeading(documentName, MeetingHeading::of(list.meeting, kind, language.locale()));
    document.addSectionTitle(documentName);
    const int limitSeconds = list.meeting.defaultLimitSeconds;
    document.addParagraph(
        Tr::tr("Projected times as of %1, assuming that every speaker keeps to the "
               "time limit (%2 unless stated otherwise).")
            .arg(instantText(list.meeting, list.generatedAtMs, language.locale()),
                 formatMinSec(qint64(limitSeconds) * 1000)));

    if (list.rows.isEmpty()) {
        document.addParagraph(Tr::tr("No one is inscribed on the list."), 10, Qt::black);
    } else {
        TableSpec spec;
        spec.header = {Tr::tr("No."), Tr::tr("Delegation"), Tr::tr("Speaker and title"),
                       Tr::tr("Language"), Tr::tr("Projected time")};
        spec.widthsPercent = {6, 32, 34, 15, 13};
        spec.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
                           Qt::AlignHCenter};
        document.beginTable(spec);
        std::optional<Tier> shownTier;
        bool shownSpeaking = false;
        for (const CirculationRow &r : list.rows) {
            // A heading whenever the block changes, so a manual move out of a tier shows.
            if (r.speaking && !shownSpeaking) {
                document.addGroupRow(Tr::tr("Speaking now"));
                shownSpeaking = true;
            } else if (!r.speaking && shownTier != r.tier) {
                document.addGroupRow(tierName(r.tier));
                shownTier = r.tier;
            }
            document.addRow(cellsOf(list, r));
        }
        document.addParagraph(
            Tr::tr("Projected end: %1.").arg(clockText(list.meeting, list.projectedEndMs)));
    }

    const bool ok = document.writePdf(path, error);
    if (ok && pageCount)
        *pageCount = document.pageCount();
    return ok;
}

} // namespace rostrum::ListOfSpeakersPdf
