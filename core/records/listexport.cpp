#include "records/listexport.h"

#include "clock/runningorder.h"
#include "clock/timetext.h"
#include "list/speakerslist.h"
#include "list/textrules.h"
#include "records/csvwriter.h"
#include "records/documentlanguage.h"
#include "records/meetingheading.h"
#include "records/meetingreport.h"

#include <QCoreApplication>
#include <algorithm>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ListExport)
};

CirculationRow circulationRow(const Entry &e)
{
    CirculationRow r;
    static_cast<DocumentSpeaker &>(r) = documentSpeaker(e);
    return r;
}

// Whole seconds, toward zero, as the clocks display them: 2:59.6 is 179 here as on screen.
QString seconds(qint64 ms)
{
    return QString::number(ms / 1000);
}

// Escaped, and with any bidi override or control character from an older file written as its
// code, so the page shows the name's real characters.
QString esc(const QString &text)
{
    return TextRules::visible(text).toHtmlEscaped();
}

QString headingHtml(const MeetingHeading &h)
{
    QString html = QStringLiteral("<header>\n");
    if (!h.kind.isEmpty())
        html += QStringLiteral("<p class=\"kind\">%1</p>\n").arg(esc(h.kind));
    html += QStringLiteral("<h1 dir=\"auto\">%1</h1>\n<dl>\n").arg(esc(h.title));
    for (const auto &[label, value] : h.sponsorLines() + h.whenWhereLines())
        html += QStringLiteral("<dt>%1</dt><dd dir=\"auto\">%2</dd>\n").arg(esc(label), esc(value));
    return html + QStringLiteral("</dl>\n</header>\n");
}

const char kStyle[] =
    R"(body{font-family:"Noto Sans","Noto Naskh Arabic","Noto Sans CJK SC",sans-serif;
margin:2em auto;max-width:50em;color:#111}
.kind{font-weight:bold;margin:0}h1{font-size:1.4em;margin:.3em 0 .8em}
dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:0 0 1.5em}
dt{font-weight:bold}dd{margin:0}h2{font-size:1.15em;border-bottom:1px solid #444}
table{border-collapse:collapse;width:100%}th,td{text-align:start;vertical-align:top;
padding:.3em .5em;border-bottom:1px solid #ccc}td.no,td.time{white-space:nowrap}
tr.group th{background:#eee;font-size:.95em}.sub{color:#444;font-size:.9em}
@media print{body{margin:0}}
)";
} // namespace

QString delegationLine(const QString &delegation, const QString &onBehalfOf)
{
    if (onBehalfOf.isEmpty())
        return delegation;
    return Tr::tr("%1, on behalf of %2").arg(delegation, onBehalfOf);
}

ListOfSpeakers listOfSpeakers(const SpeakersList &list, qint64 nowMs)
{
    ListOfSpeakers out;
    out.meeting = list.meeting();
    out.generatedAtMs = nowMs;
    const QVector<Entry> waiting = list.waiting();
    const Entry *current = list.current();
    const Projection projection =
        RunningOrder::project(out.meeting, waiting, current, nowMs, list.interrupted());
    out.projectedEndMs = projection.projectedEndMs;
    if (current) {
        CirculationRow r = circulationRow(*current);
        r.speaking = true;
        r.projectedStartMs = current->startedAtMs != 0 ? current->startedAtMs : nowMs;
        out.rows.append(r);
    }
    int position = 0;
    for (const Entry &e : waiting) {
        CirculationRow r = circulationRow(e);
        r.position = ++position;
        r.projectedStartMs = projection.projectedStartMs.value(e.id);
        out.rows.append(r);
    }
    return out;
}

QByteArray listOfSpeakersCsv(const ListOfSpeakers &list)
{
    QString text = csvLine(
        {QStringLiteral("position"), QStringLiteral("delegation"), QStringLiteral("speaker"),
         QStringLiteral("title"), QStringLiteral("on_behalf_of"), QStringLiteral("category"),
         QStringLiteral("tier"), QStringLiteral("status"), QStringLiteral("late"),
         QStringLiteral("allotted_s"), QStringLiteral("projected_start")});
    for (const CirculationRow &r : list.rows) {
        text += csvLine({r.position > 0 ? QString::number(r.position) : QString(), r.delegation,
                         r.speaker, r.title, r.onBehalfOf, categoryKey(r.category), tierKey(r.tier),
                         statusKey(r.speaking ? Status::Speaking : Status::Waiting),
                         r.late ? QStringLiteral("true") : QStringLiteral("false"),
                         seconds(r.allottedMs), isoText(list.meeting, r.projectedStartMs)});
    }
    return csvWithByteOrderMark(text);
}

QString listOfSpeakersHtml(const ListOfSpeakers &list, const std::optional<QString> &kind)
{
    const DocumentLanguage language(list.language);
    const QLocale locale = language.locale();
    const MeetingHeading heading = MeetingHeading::of(list.meeting, kind, locale);
    // The page's language is the document's, so that a reader's browser picks its fonts and
    // hyphenation, and a screen reader its voice.
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta "
                                  "charset=\"utf-8\">\n<title>%3</title>\n<style>\n%4</style>\n"
                                  "</head>\n<body>\n")
                       .arg(esc(locale.bcp47Name()),
                            language.direction() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                    : QStringLiteral("ltr"),
                            esc(Tr::tr("List of speakers: %1").arg(list.meeting.title)),
                            QString::fromUtf8(kStyle));
    html += headingHtml(heading);
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("List of speakers")));
    html += QStringLiteral("<p class=\"sub\">%1</p>\n")
                .arg(esc(Tr::tr("Projected times as of %1, assuming that every speaker keeps to "
                                "the time limit (%2 unless stated otherwise).")
                             .arg(instantText(list.meeting, list.generatedAtMs, locale),
                                  formatMinSec(qint64(list.meeting.defaultLimitSeconds) * 1000))));
    if (list.rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n</body>\n</html>\n")
                          .arg(esc(Tr::tr("No one is inscribed on the list.")));

    html +=
        QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                       "<th>%5</th></tr></thead>\n<tbody>\n")
            .arg(esc(Tr::tr("No.")), esc(Tr::tr("Delegation")), esc(Tr::tr("Speaker and title")),
                 esc(Tr::tr("Language")), esc(Tr::tr("Projected time")));
    std::optional<Tier> shownTier;
    bool shownSpeaking = false;
    for (const CirculationRow &r : list.rows) {
        // A heading whenever the block changes, so a manual move out of a tier stays visible.
        QString group;
        if (r.speaking && !shownSpeaking) {
            group = Tr::tr("Speaking now");
            shownSpeaking = true;
        } else if (!r.speaking && shownTier != r.tier) {
            group = tierName(r.tier);
            shownTier = r.tier;
        }
        if (!group.isEmpty())
            html += QStringLiteral("<tr class=\"group\"><th colspan=\"5\">%1</th></tr>\n")
                        .arg(esc(group));
        QString who = QStringLiteral("<td dir=\"auto\">%1").arg(esc(r.delegation));
        if (!r.onBehalfOf.isEmpty())
            who += QStringLiteral("<br><span class=\"sub\">%1</span>")
                       .arg(esc(Tr::tr("on behalf of %1").arg(r.onBehalfOf)));
        who += QStringLiteral("</td>");
        QString speaker = QStringLiteral("<td dir=\"auto\">%1").arg(esc(r.speaker));
        if (!r.title.isEmpty())
            speaker += QStringLiteral("<br><span class=\"sub\">%1</span>").arg(esc(r.title));
        speaker += QStringLiteral("</td>");
        QString time = esc(clockText(list.meeting, r.projectedStartMs));
        // The note above the table gives the usual limit; a different one is stated here.
        if (r.allottedMs != qint64(list.meeting.defaultLimitSeconds) * 1000)
            time += QStringLiteral("<br><span class=\"sub\">%1</span>")
                        .arg(esc(Tr::tr("limit %1").arg(formatMinSec(r.allottedMs))));
        // The language of the statement, so that the booths can prepare.
        const QString statement =
            QStringLiteral("<td class=\"lang\">%1</td>").arg(esc(languageName(r.language)));
        html +=
            QStringLiteral("<tr><td class=\"no\">%1</td>%2%3%4<td class=\"time\">%5</td></tr>\n")
                .arg(r.position > 0 ? QString::number(r.position) : QString(), who, speaker,
                     statement, time);
    }
    html +=
        QStringLiteral("</tbody>\n</table>\n<p class=\"sub\">%1</p>\n")
            .arg(esc(
                Tr::tr("Projected end: %1.").arg(clockText(list.meeting, list.projectedEndMs))));
    return html + QStringLiteral("</body>\n</html>\n");
}

QByteArray reportCsv(const MeetingReport &report)
{
    const Meeting &m = report.meeting;
    QString text = csvLine(
        {QStringLiteral("position"), QStringLiteral("delegation"), QStringLiteral("on_behalf_of"),
         QStringLiteral("speaker"), QStringLiteral("title"), QStringLiteral("category"),
         QStringLiteral("tier"), QStringLiteral("status"), QStringLiteral("late"),
         QStringLiteral("absences"), QStringLiteral("planned_start"),
         QStringLiteral("actual_start"), QStringLiteral("actual_end"), QStringLiteral("allotted_s"),
         QStringLiteral("extra_s"), QStringLiteral("actual_s"), QStringLiteral("overrun_s"),
         QStringLiteral("paused_s"), QStringLiteral("kind")});
    for (const ReportRow &r : report.rows) {
        const bool spoke = r.hasSpoken() && r.actualStartMs != 0;
        text += csvLine(
            {QString::number(r.order), r.delegation, r.onBehalfOf, r.speaker, r.title,
             categoryKey(r.category), tierKey(r.tier), statusKey(r.status),
             r.late ? QStringLiteral("true") : QStringLiteral("false"), QString::number(r.absences),
             isoText(m, r.plannedStartMs), isoText(m, r.actualStartMs), isoText(m, r.actualEndMs),
             seconds(r.allottedMs), seconds(r.extraMs), spoke ? seconds(r.actualMs) : QString(),
             spoke ? seconds(r.overrunMs) : QString(), spoke ? seconds(r.pausedMs) : QString(),
             entryKindKey(r.kind)});
    }
    return csvWithByteOrderMark(text);
}

} // namespace rostrum
