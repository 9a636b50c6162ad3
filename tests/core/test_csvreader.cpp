// The CSV reader: files as spreadsheets and people write them, and the malformed ones.

#include "../fuzz/csvinvariants.h"
#include "corehelpers.h"
#include "import/csvreader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

using namespace rostrum;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList fields(const CsvReader::Result &r, int index)
{
    REQUIRE(index < r.records.size());
    return r.records.at(index).fields;
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

// Names and titles in the scripts of the six UN languages.
const char *const kScripts = "delegation,speaker,title\n"
                             "Egypt,أحمد عبد الله,المندوب الدائم\n"
                             "China,张军,常驻联合国代表\n"
                             "Russian Federation,Василий Небензя,Постоянный представитель\n"
                             "France,Nicolas de Rivière,Représentant permanent\n"
                             "Spain,Ana Jiménez de la Hoz,Embajadora\n";
} // namespace

TEST_CASE("Quoted fields keep embedded delimiters, doubled quotes and line breaks", "[csv]")
{
    const auto r = CsvReader::parse(u("delegation,speaker,notes\n"
                                      "Latvia,\"Berzina, Ilze\",\"She said \"\"yes\"\"\"\n"
                                      "Estonia,\"Kaja\r\nTamm\",\"two\nlines\"\n"
                                      "Malta,Vanessa Frazier,\n"));
    REQUIRE(r.ok());
    REQUIRE(r.records.size() == 4);
    CHECK(fields(r, 1) == QStringList{u("Latvia"), u("Berzina, Ilze"), u("She said \"yes\"")});
    // A line break inside a cell reads as one LF, whatever the file's line endings are.
    CHECK(fields(r, 2) == QStringList{u("Estonia"), u("Kaja\nTamm"), u("two\nlines")});
    CHECK(fields(r, 3) == QStringList{u("Malta"), u("Vanessa Frazier"), QString()});
    // Each record keeps the physical line it starts on.
    CHECK(r.records[2].line == 3);
    CHECK(r.records[3].line == 6);
}

TEST_CASE("The delimiter is detected from the header line, outside quotes", "[csv]")
{
    const QString rows = u("delegation%1\"speaker, or not\"%1title\nLatvia%1A%1B\n");
    for (const char *d : {",", ";", "\t"}) {
        const QString text = rows.arg(QLatin1String(d));
        INFO("delimiter " << int(d[0]));
        const auto r = CsvReader::parse(text);
        REQUIRE(r.ok());
        CHECK(r.delimiter == QLatin1Char(d[0]));
        CHECK(fields(r, 0) == QStringList{u("delegation"), u("speaker, or not"), u("title")});
        CHECK(fields(r, 1) == QStringList{u("Latvia"), u("A"), u("B")});
    }
    // Semicolons in later rows do not outvote the commas of the header.
    const auto r = CsvReader::parse(u("delegation,notes\nLatvia,a;b;c;d\n"));
    CHECK(r.delimiter == QLatin1Char(','));
    CHECK(fields(r, 1) == QStringList{u("Latvia"), u("a;b;c;d")});
}

TEST_CASE("CRLF, LF and lone CR line endings read alike, with the same line numbers", "[csv]")
{
    for (const char *eol : {"\r\n", "\n", "\r"}) {
        INFO("line ending length " << strlen(eol));
        const QString e = QLatin1String(eol);
        const auto r = CsvReader::parse(u("a,b") + e + u("1,2") + e + e + u("3,4"));
        REQUIRE(r.ok());
        REQUIRE(r.records.size() == 3);
        CHECK(fields(r, 2) == QStringList{u("3"), u("4")});
        CHECK(r.records[2].line == 4);
    }
}

TEST_CASE("Rows that are entirely empty are skipped, other rows keep their lines", "[csv]")
{
    const auto r = CsvReader::parse(u("\n\na,b\n\n,\n  ,\t\n1,2\n,,\n"));
    REQUIRE(r.ok());
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].line == 3);
    CHECK(r.records[1].line == 7);
    // A trailing delimiter is an empty last field, not nothing.
    CHECK(CsvReader::parse(u("a,b,\n")).records.at(0).fields.size() == 3);
}

TEST_CASE("BOMs: UTF-8 with or without, UTF-16 LE and BE, every script round-trips exactly",
          "[csv]")
{
    const QString text = u(kScripts);
    const auto plain = CsvReader::parseBytes(text.toUtf8());
    REQUIRE(plain.ok());
    REQUIRE(plain.records.size() == 6);
    CHECK(fields(plain, 1).at(1) == u("أحمد عبد الله"));
    CHECK(fields(plain, 2).at(2) == u("常驻联合国代表"));
    CHECK(fields(plain, 3).at(1) == u("Василий Небензя"));
    for (const auto encoding :
         {QStringConverter::Utf8, QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const QByteArray bytes = encoded(text, encoding);
        INFO("encoding " << int(encoding) << ", first byte " << int(quint8(bytes[0])));
        const auto r = CsvReader::parseBytes(bytes);
        REQUIRE(r.ok());
        REQUIRE(r.records.size() == plain.records.size());
        // The BOM does not end up in the first header name.
        CHECK(fields(r, 0).at(0) == u("delegation"));
        for (int i = 0; i < r.records.size(); ++i)
            CHECK(r.records[i].fields == plain.records[i].fields);
    }
}

TEST_CASE("Text that is not UTF-8 or UTF-16 is refused, naming the line where known", "[csv]")
{
    const auto latin1 = CsvReader::parseBytes(QByteArray("a,b\n1,2\nC\xf4te d'Ivoire,x\n"));
    CHECK_FALSE(latin1.ok());
    CHECK(latin1.fatalLine == 3);
    CHECK(latin1.fatal.contains(u("UTF-8")));

    // UTF-16 without its byte-order mark holds NUL bytes: said so, not read as garbage.
    const auto noBom = CsvReader::parseBytes(QByteArray("a\0,\0b\0", 7));
    CHECK_FALSE(noBom.ok());
    CHECK(noBom.fatal.contains(u("byte-order mark")));

    const auto cutOff = CsvReader::parseBytes(QByteArray("\xff\xfe"
                                                         "a\0b",
                                                         5));
    CHECK_FALSE(cutOff.ok());
}

TEST_CASE("Malformed quoting is reported with the line it is on", "[csv]")
{
    SECTION("a quote that is never closed stops the reading at the line it opens")
    {
        const auto r = CsvReader::parse(u("a,b\n1,2\n3,\"four\n5,6\n"));
        CHECK_FALSE(r.ok());
        CHECK(r.fatalLine == 3);
        CHECK(r.records.size() == 2);
    }
    SECTION("a stray quote in an unquoted field marks that record only")
    {
        const auto r = CsvReader::parse(u("a,b\nMr. \"X\",2\n3,4\n"));
        REQUIRE(r.ok());
        REQUIRE(r.records.size() == 3);
        CHECK(r.records[1].problem.contains(u("Field 1")));
        CHECK(r.records[2].problem.isEmpty());
    }
    SECTION("text after a closing quote marks that record")
    {
        const auto r = CsvReader::parse(u("a,b\n1,\"two\"x\n"));
        REQUIRE(r.records.size() == 2);
        CHECK(r.records[1].problem.contains(u("field 2")));
        CHECK(r.records[1].line == 2);
    }
    SECTION("spaces around a quoted field are padding, not data")
    {
        const auto r = CsvReader::parse(u("a,b\n1,  \"two, three\"  \n"));
        REQUIRE(r.ok());
        CHECK(r.records[1].problem.isEmpty());
        CHECK(fields(r, 1) == QStringList{u("1"), u("two, three")});
    }
}

TEST_CASE("Every fuzzing regression input and seed parses consistently", "[csv][fuzz]")
{
    int files = 0;
    for (const char *dir : {"regressions/csv", "corpus/csv"}) {
        const QDir d(QStringLiteral(ROSTRUM_SOURCE_DIR "/tests/fuzz/") + QLatin1String(dir));
        REQUIRE(d.exists());
        for (const QString &name : d.entryList(QDir::Files)) {
            QFile f(d.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            INFO(name.toStdString());
            CHECK(fuzzing::csvInvariantViolation(f.readAll()).empty());
            ++files;
        }
    }
    CHECK(files > 0);
}
