#pragma once

#include "import/csvreader.h"
#include "import/inscriptioncolumns.h"
#include "meeting/entry.h"

#include <QStringList>
#include <QVector>
#include <optional>

namespace rostrum {

class MeetingSession;
class SpeakersList;
struct ImportPlan;

// One data row of an inscriptions file and what becomes of it.
struct ImportRow
{
    int line = 0;     // the physical line the record starts on; the header is line 1
    EntryDraft draft; // what the row asks for, as far as it could be read
    QString error;    // why the row is refused; empty when it is accepted
    Entry entry;      // when accepted: as inscribed, with its inferred category and late mark

    bool accepted() const { return error.isEmpty(); }
};

// What an import would do, or did.
struct ImportReport
{
    // The file as a whole cannot be imported (unreadable, bad header, a quote never closed);
    // no row was checked. Starts with "line N: " when a line can be named.
    QString fileError;
    QVector<ImportRow> rows; // in file order
    bool committed = false;  // the accepted rows were inscribed, as one act
    QString commitError;     // why nothing was written, when an import was asked for

    int acceptedCount() const;
    int refusedCount() const;
    int lateCount() const; // among the accepted
    // "line N: reason" for every refused row, in file order.
    QStringList refusals() const;
};

// An inscriptions file (CSV with a header row), checked in full before anything is written:
// the format, then every value, then every row against the list exactly as SpeakersList::add
// would check it, duplicates within the file included. The import itself is one act.
class InscriptionImport final
{
public:
    static InscriptionImport fromFile(const QString &path);
    // sourceName is what the journal says the inscriptions came from.
    static InscriptionImport fromBytes(const QByteArray &bytes, const QString &sourceName);

    QString fileError() const { return m_fileError; }
    int rowCount() const { return int(m_records.size()); }

    // Checks every row against the list; writes nothing.
    ImportReport preview(const SpeakersList &list, qint64 nowMs) const;
    // Checks every row, then, when none is refused or skipInvalid is set, inscribes the
    // accepted rows as one act: one undo removes them all.
    ImportReport commit(MeetingSession &session, bool skipInvalid) const;

private:
    InscriptionImport() = default;
    void read(const CsvReader::Result &csv);

    // The rows read from the file, with the drafts that are worth planning.
    struct Reading
    {
        QVector<ImportRow> rows;
        QVector<EntryDraft> drafts;
        QVector<int> rowOfDraft;
    };
    Reading readRows(const Meeting &meeting) const;
    // Fills in each row's fate from a plan made on `list`.
    static void settle(Reading *reading, const ImportPlan &plan, const SpeakersList &list,
                       qint64 nowMs);
    QString journalSummary(int count) const;

    QString m_sourceName;
    QString m_fileError;
    std::optional<InscriptionColumns> m_columns;
    QVector<CsvRecord> m_records; // the data rows, header excluded
};

} // namespace rostrum
