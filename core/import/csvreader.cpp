#include "import/csvreader.h"

#include "store/openmeetingfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <algorithm>
#include <sys/stat.h>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::CsvReader)
};

constexpr char16_t kQuote = u'"';
constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';

// 1 + the number of line breaks before `end`; CRLF, LF and a lone CR each end a line.
int lineAt(QStringView text, qsizetype end)
{
    int line = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == kLf || (text[i] == kCr && (i + 1 >= text.size() || text[i + 1] != kLf)))
            ++line;
    }
    return line;
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// One pass over the text. Kept as a class so the field loops share the position and the
// physical line without passing them around.
class Parser final
{
public:
    Parser(QStringView text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    CsvReader::Result run()
    {
        CsvReader::Result result;
        result.delimiter = m_delimiter;
        while (m_pos < m_text.size()) {
            CsvRecord record;
            record.line = m_line;
            if (!readRecord(&record)) {
                result.fatal = m_fatal;
                result.fatalLine = m_fatalLine;
                return result;
            }
            // Spreadsheets end files with rows of bare delimiters; they hold nothing to report.
            if (!isBlank(record.fields))
                result.records.append(record);
        }
        return result;
    }

private:
    bool atFieldEnd() const
    {
        return m_pos >= m_text.size() || m_text[m_pos] == m_delimiter || m_text[m_pos] == kCr ||
               m_text[m_pos] == kLf;
    }
    // Spaces around a quoted field are not data: some tools write `a, "b"`.
    bool isPadding(QChar c) const { return (c == u' ' || c == u'\t') && c != m_delimiter; }

    // Consumes one line break at m_pos, if there is one.
    void skipLineBreak()
    {
        if (m_pos >= m_text.size())
            return;
        if (m_text[m_pos] == kCr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf)
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    bool readRecord(CsvRecord *record)
    {
        for (;;) {
            QString field;
            if (!readField(record, &field))
                return false;
            record->fields.append(field);
            if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            return true;
        }
    }

    bool readField(CsvRecord *record, QString *field)
    {
        qsizetype start = m_pos;
        while (start < m_text.size() && isPadding(m_text[start]))
            ++start;
        if (start < m_text.size() && m_text[start] == kQuote) {
            m_pos = start + 1;
            if (!readQuoted(field))
                return false;
            while (m_pos < m_text.size() && isPadding(m_text[m_pos]))
                ++m_pos;
            if (!atFieldEnd()) {
                complain(record,
                         Tr::tr("There is text after the closing quote of field %1; a quote "
                                "inside a quoted field is written twice (\"\")."));
                readPlain(record, field);
            }
            return true;
        }
        readPlain(record, field);
        return true;
    }

    // The field's characters up to the delimiter or the line end; a quote here is a mistake,
    // since it cannot be told apart from an unfinished quoted field.
    void readPlain(CsvRecord *record, QString *field)
    {
        const qsizetype start = m_pos;
        while (!atFieldEnd()) {
            if (m_text[m_pos] == kQuote) {
                complain(record,
                         Tr::tr("Field %1 contains a quote (\") but does not start with one; "
                                "put the whole field in quotes and write the quote twice "
                                "(\"\")."));
            }
            ++m_pos;
        }
        field->append(m_text.mid(start, m_pos - start));
    }

    bool readQuoted(QString *field)
    {
        const int openedOn = m_line;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == kQuote) {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kQuote) {
                    field->append(c);
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == kCr || c == kLf) {
                // A line break inside a cell is one LF, whatever the file's line endings.
                field->append(QChar(kLf));
                skipLineBreak();
                continue;
            }
            field->append(c);
            ++m_pos;
        }
        m_fatalLine = openedOn;
        m_fatal = Tr::tr("A quoted field starts on this line and its closing quote is missing, so "
                         "the rest of the file cannot be read.");
        return false;
    }

    void complain(CsvRecord *record, const QString &message)
    {
        // The first problem is the one to fix; later ones often follow from it.
        if (record->problem.isEmpty())
            record->problem = message.arg(record->fields.size() + 1);
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_fatal;
    int m_fatalLine = 0;
};
} // namespace

std::optional<QString> CsvReader::decode(const QByteArray &bytes, QString *error, int *errorLine)
{
    auto fail = [&](const QString &why, int line) -> std::optional<QString> {
        if (error)
            *error = why;
        if (errorLine)
            *errorLine = line;
        return std::nullopt;
    };
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        skip = 2;
    }
    const QByteArrayView body = QByteArrayView(bytes).sliced(skip);
    if (encoding == QStringConverter::Utf8 && body.contains('\0')) {
        // UTF-8 text never holds NUL bytes; UTF-16 saved without its byte-order mark does.
        return fail(Tr::tr("The file is not UTF-8 text: it looks like UTF-16 without a byte-order "
                           "mark, or not text at all. Save it as “CSV UTF-8” or “Unicode text”."),
                    0);
    }
    if (encoding != QStringConverter::Utf8 && body.size() % 2 != 0) {
        return fail(Tr::tr("The file is cut off in the middle of a UTF-16 character. Save it again "
                           "from the spreadsheet."),
                    0);
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(body);
    if (decoder.hasError()) {
        // The decoder marks what it could not read with U+FFFD: that is where to look.
        const qsizetype at = std::max<qsizetype>(0, text.indexOf(QChar::ReplacementCharacter));
        const int line = lineAt(text, at);
        return fail(Tr::tr("The file is not valid %1 text here. Save it from the spreadsheet as "
                           "“CSV UTF-8” or “Unicode text”.")
                        .arg(encoding == QStringConverter::Utf8 ? QStringLiteral("UTF-8")
                                                                : QStringLiteral("UTF-16")),
                    line);
    }
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // Counted on the header only, outside quotes: names and notes in later rows may hold any
    // of these characters.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == kQuote)
            quoted = !quoted;
        else if (!quoted && (c == kCr || c == kLf))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    // A tie goes to the comma, the standard one.
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

CsvReader::Result CsvReader::parse(QStringView text, std::optional<QChar> delimiter)
{
    // Leading blank lines do not decide the delimiter; the header does.
    qsizetype headerStart = 0;
    while (headerStart < text.size() && (text[headerStart] == kCr || text[headerStart] == kLf))
        ++headerStart;
    Parser parser(text, delimiter.value_or(detectDelimiter(text.mid(headerStart))));
    return parser.run();
}

CsvReader::Result CsvReader::parseBytes(const QByteArray &bytes)
{
    Result result;
    QString error;
    int line = 0;
    const std::optional<QString> text = decode(bytes, &error, &line);
    if (!text) {
        result.fatal = error;
        result.fatalLine = line;
        return result;
    }
    return parse(*text);
}

// Asked before a byte is read: /dev/zero would fill memory, and opening a FIFO blocks until
// someone writes to it, so only a regular file of a spreadsheet's size is opened at all.
QString CsvReader::checkReadable(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Tr::tr("There is no file at %1.").arg(path);
    if (S_ISDIR(st.st_mode))
        return Tr::tr("%1 is a folder, not a file of inscriptions.").arg(path);
    if (!S_ISREG(st.st_mode))
        return Tr::tr("%1 is not a regular file (it is a device, a pipe or a socket); save the "
                      "inscriptions as a CSV file and import that.")
            .arg(path);
    // Reading it would drop SQLite's locks on the open meeting (openmeetingfiles.h).
    if (OpenMeetingFiles::belongsToOpenMeeting(path))
        return Tr::tr("%1 is the open meeting file (or its journal), not a file of inscriptions.")
            .arg(path);
    if (st.st_size > kMaximumFileBytes)
        return Tr::tr("%1 is %2 MB; an inscription file is at most %3 MB. Is it the right file?")
            .arg(path)
            .arg(double(st.st_size) / (1024 * 1024), 0, 'f', 1)
            .arg(kMaximumFileBytes / (1024 * 1024));
    return {};
}

CsvReader::Result CsvReader::readFile(const QString &path)
{
    Result result;
    if (const QString why = checkReadable(path); !why.isEmpty()) {
        result.fatal = why;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.fatal = Tr::tr("The file cannot be read: %1.").arg(file.errorString());
        return result;
    }
    // Read no more than the limit even if the file grew since it was looked at.
    const QByteArray bytes = file.read(kMaximumFileBytes + 1);
    if (bytes.size() > kMaximumFileBytes) {
        result.fatal = Tr::tr("%1 grew past %2 MB while it was read; import it again once it is "
                              "saved.")
                           .arg(path)
                           .arg(kMaximumFileBytes / (1024 * 1024));
        return result;
    }
    return parseBytes(bytes);
}

} // namespace rostrum
