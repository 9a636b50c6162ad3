#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rostrum {

// One record of a CSV file. A record may span several physical lines (a quoted field with a
// line break), so it keeps the line it starts on: that is the line a person looks for.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    // Why this record is malformed (a stray quote); the file's other records are still
    // readable, so one bad record does not hide the rest. Written to follow "line N: ".
    QString problem;
};

// Reads CSV as spreadsheets write it (RFC 4180, plus the variants people meet in practice):
// UTF-8 with or without a BOM, UTF-16 LE or BE with a BOM ("Unicode text"); a comma,
// semicolon or tab as the delimiter, detected from the header line; CRLF, LF or lone CR line
// endings. Records whose fields are all blank are skipped. Uses Qt6::Core only, so the fuzzer
// can build it on its own.
class CsvReader final
{
public:
    struct Result
    {
        QChar delimiter = QLatin1Char(',');
        QVector<CsvRecord> records;
        // A problem that makes the rest of the file unreadable (bad encoding, a quote that is
        // never closed). Records before it are kept, but nothing after it can be trusted.
        // fatalLine is 0 when no line can be named; otherwise fatal follows "line N: ".
        QString fatal;
        int fatalLine = 0;

        bool ok() const { return fatal.isEmpty(); }
    };

    CsvReader() = delete;

    // The file's bytes as text; on failure, error says why and errorLine where (0: unknown).
    static std::optional<QString> decode(const QByteArray &bytes, QString *error,
                                         int *errorLine = nullptr);
    // The delimiter that occurs most often on the first line, outside quotes; comma if none.
    static QChar detectDelimiter(QStringView text);
    // With no delimiter given, it is detected.
    static Result parse(QStringView text, std::optional<QChar> delimiter = std::nullopt);
    static Result parseBytes(const QByteArray &bytes);
    // Refuses, before reading, anything but a regular file of at most kMaximumFileBytes.
    static Result readFile(const QString &path);
    // Why the file at path cannot be imported at all (not a regular file, too large), or empty.
    static QString checkReadable(const QString &path);
    // A list of speakers in a spreadsheet is kilobytes; 20 MB is far beyond any real one.
    static constexpr qint64 kMaximumFileBytes = 20 * 1024 * 1024;
};

} // namespace rostrum
