#include "import/inscriptionimport.h"

#include "list/inscriptionrules.h"
#include "list/speakerslist.h"
#include "session/meetingsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::InscriptionImport)
};

QString atLine(int line, const QString &message)
{
    return line > 0 ? Tr::tr("line %1: %2").arg(line).arg(message) : message;
}

std::optional<Entry> createdEntry(const Change &change, qint64 id)
{
    for (const EntryDelta &d : change.entries) {
        if (d.id == id && !d.after.isEmpty())
            return Entry::fromColumns(d.after);
    }
    return std::nullopt;
}

QString twiceInFile(const Entry &e, int otherLine)
{
    if (InscriptionRules::speaksAsPerson(e.category)) {
        return Tr::tr("%1 is inscribed twice in this file (also line %2).")
            .arg(SpeakersList::describe(e))
            .arg(otherLine);
    }
    if (e.onBehalfOf.isEmpty()) {
        return Tr::tr("%1 is inscribed twice in this file in its national capacity (also line %2).")
            .arg(e.delegation)
            .arg(otherLine);
    }
    return Tr::tr("%1 is inscribed twice in this file on behalf of %2 (also line %3).")
        .arg(e.delegation, e.onBehalfOf)
        .arg(otherLine);
}

qint64 nextFreeId(const SpeakersList &list)
{
    qint64 top = 0;
    for (auto it = list.entries().cbegin(); it != list.entries().cend(); ++it)
        top = std::max(top, it.key());
    return top + 1;
}
} // namespace

int ImportReport::acceptedCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow &r) { return r.accepted(); }));
}

int ImportReport::refusedCount() const
{
    return int(rows.size()) - acceptedCount();
}

int ImportReport::lateCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ImportRow &r) { return r.accepted() && r.entry.late; }));
}

QStringList ImportReport::refusals() const
{
    QStringList out;
    for (const ImportRow &r : rows) {
        if (!r.accepted())
            out.append(atLine(r.line, r.error));
    }
    return out;
}

InscriptionImport InscriptionImport::fromFile(const QString &path)
{
    InscriptionImport import;
    import.m_sourceName = QFileInfo(path).fileName();
    import.read(CsvReader::readFile(path));
    return import;
}

InscriptionImport InscriptionImport::fromBytes(const QByteArray &bytes, const QString &sourceName)
{
    InscriptionImport import;
    import.m_sourceName = sourceName;
    import.read(CsvReader::parseBytes(bytes));
    return import;
}

void InscriptionImport::read(const CsvReader::Result &csv)
{
    // A quote never closed leaves the row boundaries unknown after it: no row can be trusted
    // to be the row the person meant, so the whole file is refused, even with skip-invalid.
    if (!csv.ok()) {
        m_fileError = atLine(csv.fatalLine, csv.fatal);
        return;
    }
    if (csv.records.isEmpty()) {
        m_fileError =
            Tr::tr("The file is empty: it needs a header row (delegation, speaker, …) and "
                   "one row per inscription.");
        return;
    }
    const CsvRecord &header = csv.records.first();
    if (!header.problem.isEmpty()) {
        m_fileError = atLine(header.line, header.problem);
        return;
    }
    QString why;
    m_columns = InscriptionColumns::fromHeader(header.fields, &why);
    if (!m_columns) {
        m_fileError = atLine(header.line, why);
        return;
    }
    m_records = csv.records.mid(1);
    if (m_records.isEmpty())
        m_fileError = Tr::tr("The file has a header but no inscriptions.");
}

InscriptionImport::Reading InscriptionImport::readRows(const Meeting &meeting) const
{
    Reading reading;
    if (!m_columns)
        return reading;
    for (const CsvRecord &record : m_records) {
        ImportRow row;
        row.line = record.line;
        if (!record.problem.isEmpty()) {
            row.error = record.problem;
        } else if (record.fields.size() != m_columns->count()) {
            row.error = Tr::tr("This row has %1 fields but the header has %2 columns. A value that "
                               "holds the delimiter must be in quotes.")
                            .arg(record.fields.size())
                            .arg(m_columns->count());
        } else {
            QStringList errors;
            row.draft = m_columns->draft(record.fields, meeting, &errors);
            row.error = errors.join(QLatin1Char(' '));
        }
        if (row.accepted()) {
            reading.drafts.append(row.draft);
            reading.rowOfDraft.append(int(reading.rows.size()));
        }
        reading.rows.append(row);
    }
    return reading;
}

void InscriptionImport::settle(Reading *reading, const ImportPlan &plan, const SpeakersList &list,
                               qint64 nowMs)
{
    for (int k = 0; k < plan.acceptedRows.size() && k < plan.createdIds.size(); ++k) {
        ImportRow &row = reading->rows[reading->rowOfDraft.at(plan.acceptedRows[k])];
        if (plan.change) {
            if (const auto e = createdEntry(*plan.change, plan.createdIds[k]))
                row.entry = *e;
        }
    }
    const qint64 probeId = nextFreeId(list) + reading->drafts.size() + 1;
    for (const ImportPlan::RowError &refused : plan.errors) {
        ImportRow &row = reading->rows[reading->rowOfDraft.at(refused.row)];
        row.error = refused.reason;
        // Accepted on the list as it is, refused after the file's earlier rows: the only rule
        // that depends on other entries is the one against duplicates, so an earlier row of
        // this file holds the same inscription. Name its line rather than an entry number
        // that does not exist yet.
        const ActPlan alone = list.add(row.draft, nowMs, probeId);
        if (!alone.ok() || !alone.change)
            continue;
        const auto candidate = createdEntry(*alone.change, probeId);
        if (!candidate)
            continue;
        for (const ImportRow &earlier : std::as_const(reading->rows)) {
            if (earlier.line >= row.line)
                break;
            if (earlier.accepted() && earlier.entry.id != 0 &&
                InscriptionRules::sameInscription(earlier.entry, *candidate)) {
                row.error = twiceInFile(*candidate, earlier.line);
                break;
            }
        }
    }
}

QString InscriptionImport::journalSummary(int count) const
{
    return Tr::tr("%n inscription(s) imported from %1", nullptr, count).arg(m_sourceName);
}

ImportReport InscriptionImport::preview(const SpeakersList &list, qint64 nowMs) const
{
    ImportReport report;
    report.fileError = m_fileError;
    if (!m_fileError.isEmpty())
        return report;
    Reading reading = readRows(list.meeting());
    const ImportPlan plan = list.planImport(reading.drafts, nowMs, nextFreeId(list),
                                            journalSummary(int(reading.drafts.size())));
    settle(&reading, plan, list, nowMs);
    report.rows = reading.rows;
    return report;
}

ImportReport InscriptionImport::commit(MeetingSession &session, bool skipInvalid) const
{
    // Picks up what other consoles did, so the check below is the one the act will face.
    session.refresh();
    ImportReport report = preview(session.list(), session.now());
    if (!report.fileError.isEmpty())
        return report;
    const int accepted = report.acceptedCount();
    if (accepted == 0) {
        report.commitError = Tr::tr("No row can be imported; nothing was written.");
        return report;
    }
    if (report.refusedCount() > 0 && !skipInvalid) {
        report.commitError =
            Tr::tr("%n row(s) refused; nothing was imported.", nullptr, report.refusedCount());
        return report;
    }
    // The session plans again inside its write lock, on the newest state of the file.
    const SpeakersList before = session.list();
    const qint64 now = session.now();
    Reading reading = readRows(before.meeting());
    ImportPlan plan;
    const MeetingSession::Result result =
        session.importDrafts(reading.drafts, skipInvalid, journalSummary(accepted), &plan);
    if (!result.ok && plan.errors.isEmpty() && !plan.change) {
        report.commitError = result.error;
        return report;
    }
    settle(&reading, plan, before, now);
    ImportReport done;
    done.rows = reading.rows;
    done.committed = result.ok;
    done.commitError = result.ok ? QString() : result.error;
    return done;
}

} // namespace rostrum
