// Inscription files as spreadsheets save them, and files that cannot be imported at all.

#include "corehelpers.h"
#include "import/inscriptionimport.h"
#include "tempmeeting.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

ImportReport previewBytes(const MeetingSession &s, const QByteArray &bytes)
{
    return InscriptionImport::fromBytes(bytes, QStringLiteral("export.csv"))
        .preview(s.list(), s.now());
}

QString fileErrorOf(const QString &csv)
{
    return InscriptionImport::fromBytes(csv.toUtf8(), QStringLiteral("x.csv")).fileError();
}
} // namespace

TEST_CASE("Header names are found in any order and any case", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const ImportReport r =
        previewBytes(*s, QByteArrayLiteral("TITLE;On Behalf Of;Group-Size;SPEAKER;DeLeGaTiOn\n"
                                           "Ambassador;Nordic countries;5;Mari Jensen;Norway\n"));
    REQUIRE(r.fileError.isEmpty());
    REQUIRE(r.rows.size() == 1);
    INFO(r.rows[0].error.toStdString());
    CHECK(r.rows[0].accepted());
    CHECK(r.rows[0].entry.delegation == u("Norway"));
    CHECK(r.rows[0].entry.speaker == u("Mari Jensen"));
    CHECK(r.rows[0].entry.title == u("Ambassador"));
    CHECK(r.rows[0].entry.onBehalfOf == u("Nordic countries"));
    CHECK(r.rows[0].entry.groupSize == 5);
}

TEST_CASE("A header that would lose data is refused before any row is read", "[import]")
{
    // An unknown column is an error, not a warning: a misspelt "langauge" would otherwise
    // import every row in English without a word.
    const QString unknown = fileErrorOf(u("delegation,langauge,remarks\nLatvia,fr,x\n"));
    CHECK(unknown.startsWith(u("line 1: The header names columns that Rostrum does not "
                               "import: “langauge”, “remarks”.")));
    CHECK(unknown.contains(u("delegation, speaker, title")));
    CHECK(fileErrorOf(u("speaker,title\nA,B\n")) ==
          u("line 1: The header has no “delegation” column; it is required."));
    CHECK(fileErrorOf(u("delegation,Speaker,speaker\nLatvia,A,B\n")) ==
          u("line 1: The header names a column twice: “speaker”. Keep one."));
    CHECK(fileErrorOf(u("delegation\n")) == u("The file has a header but no inscriptions."));
    CHECK(fileErrorOf(QString()).startsWith(u("The file is empty")));
    // A quote never closed leaves the rows after it unknowable: the file is refused whole.
    CHECK(fileErrorOf(u("delegation,notes\nLatvia,ok\nPeru,\"never closed\nChile,x\n"))
              .startsWith(u("line 3: A quoted field starts on this line")));
}

TEST_CASE("Unnamed columns may only hold blanks, a malformed record is a refused row", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    // Spreadsheets add trailing empty columns when a cell beyond the data was ever touched.
    const ImportReport r = previewBytes(*s, QByteArrayLiteral("delegation,speaker,,\n"
                                                              "Latvia,A,,\n"
                                                              "Peru,B,,oops\n"
                                                              "Chile,Mr. \"C\",,\n"));
    REQUIRE(r.fileError.isEmpty());
    const QStringList refusals = r.refusals();
    INFO(refusals.join(u("\n")).toStdString());
    REQUIRE(refusals.size() == 2);
    CHECK(refusals[0] == u("line 3: Column 4 has no name in the header but holds “oops” here. "
                           "Name the column or empty it."));
    CHECK(refusals[1].startsWith(u("line 4: Field 2 contains a quote")));
    CHECK(r.rows[0].accepted());
}

TEST_CASE("A LibreOffice export (comma, quoted fields, CRLF) imports as expected", "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const QByteArray bytes =
        u("delegation,speaker,title,category,on_behalf_of,group_size,language,level,"
          "inscribed_at,limit,notes\r\n"
          "Ecuador,José Andrade,Permanent Representative,,,,es,pr,2023-05-22 10:15,,\r\n"
          "\"Netherlands (Kingdom of the)\",\"van der Berg, Anna\",\"Deputy Permanent "
          "Representative\",,,,en,deputy,2023-05-23 11:00,,\"Speaks \"\"after\"\" lunch\"\r\n"
          "Denmark,Søren Madsen,Permanent Representative,,Nordic countries,5,en,pr,"
          "2023-05-23 12:00,4:00,\r\n"
          "UN Institute for Disarmament Research,Moliehi Makumane,\"Researcher,\r\nUNIDIR\","
          "briefer,,,en,,,,\r\n"
          ",,,,,,,,,,\r\n")
            .toUtf8();
    const ImportReport r = previewBytes(*s, bytes);
    REQUIRE(r.fileError.isEmpty());
    INFO(r.refusals().join(u("\n")).toStdString());
    REQUIRE(r.rows.size() == 4); // the trailing row of commas is nothing
    // A cell typed on two lines is a title on two lines, which the list refuses (TextRules):
    // the row is reported at its line, and the others import as before.
    CHECK(r.acceptedCount() == 3);
    CHECK(r.rows[0].entry.category == Category::Council);
    CHECK(r.rows[1].entry.speaker == u("van der Berg, Anna"));
    CHECK(r.rows[1].entry.notes == u("Speaks \"after\" lunch"));
    CHECK(r.rows[2].entry.category == Category::Group);
    CHECK(r.rows[2].entry.allottedMs == 240'000);
    CHECK(r.rows[3].line == 5);
    CHECK(r.refusals() == QStringList{u("line 5: The title contains a line break (U+000A) at "
                                        "position 12; a name or a title is one line.")});
    // Every row gives its inscribed_at, so none of the accepted ones is late.
    CHECK(r.lateCount() == 0);
}

TEST_CASE("An Excel \"Unicode text\" export (UTF-16LE BOM, tabs, CRLF) imports as expected",
          "[import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const QString text =
        u("Delegation\tSpeaker\tTitle\tLanguage\r\n"
          "Egypt\tأحمد عبد الله\tالمندوب الدائم\tar\r\n"
          "China\t张军\t常驻联合国代表\tzh\r\n"
          "Russian Federation\tВасилий Небензя\t\"Постоянный\r\nпредставитель\"\tru\r\n"
          "Kazakhstan\tАкан Рахметуллин\tPermanent Representative, Ambassador\tru\r\n");
    QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray bytes = toUtf16.encode(text);
    REQUIRE(bytes.startsWith("\xff\xfe"));
    const ImportReport r = previewBytes(*s, bytes);
    REQUIRE(r.fileError.isEmpty());
    INFO(r.refusals().join(u("\n")).toStdString());
    REQUIRE(r.rows.size() == 4);
    CHECK(r.acceptedCount() == 3);
    CHECK(r.rows[0].entry.speaker == u("أحمد عبد الله"));
    CHECK(r.rows[0].entry.language == u("ar"));
    CHECK(r.rows[1].entry.title == u("常驻联合国代表"));
    // The cell on two lines is refused at its line (TextRules), not joined or cut.
    CHECK(r.rows[2].line == 4);
    CHECK(r.rows[2].error.startsWith(u("The title contains a line break (U+000A) at position 11")));
    CHECK(r.rows[3].line == 6);
    CHECK(r.rows[3].entry.title == u("Permanent Representative, Ambassador"));
}

TEST_CASE("Only a regular file of a spreadsheet's size is read for an import", "[import][badinput]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto refusalOf = [](const QString &path) {
        return InscriptionImport::fromFile(path).fileError();
    };

    // /dev/zero filled memory until std::bad_alloc; a FIFO blocked the import for ever.
    CHECK(refusalOf(QStringLiteral("/dev/zero")).contains(QStringLiteral("not a regular file")));
    const QString fifo = dir.filePath(QStringLiteral("inscriptions.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(refusalOf(fifo).contains(QStringLiteral("not a regular file")));
    CHECK(refusalOf(dir.path()).contains(QStringLiteral("is a folder")));
    CHECK(refusalOf(dir.filePath(QStringLiteral("missing.csv")))
              .startsWith(QStringLiteral("There is no file at ")));

    // 21 MB (sparse, so the test writes nothing): refused before a byte is read.
    const QString huge = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(huge);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(21 * 1024 * 1024));
    file.close();
    CHECK(refusalOf(huge).contains(
        QStringLiteral("is 21.0 MB; an inscription file is at most 20 MB")));

    // At the limit it is still read (and judged on its contents).
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(QByteArrayLiteral("delegation\nFrance\n")) > 0);
    file.close();
    CHECK(refusalOf(huge).isEmpty());
}
