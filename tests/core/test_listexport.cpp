// The list of speakers as CSV and HTML, and the report as CSV: what a spreadsheet or a browser
// reads back must be the running order, whatever the names contain.
#include "corehelpers.h"
#include "records/csvwriter.h"
#include "records/listexport.h"
#include "records/meetingheading.h"
#include "records/meetingreport.h"
#include "records/savefile.h"
#include "tempmeeting.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// A strict RFC 4180 reader: CRLF after every record, fields quoted with doubled quotes inside.
// Fails the test on anything else, so a sloppy writer cannot pass.
QVector<QStringList> readCsv(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith(kBom));
    const QString text = QString::fromUtf8(bytes.mid(kBom.size()));
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            REQUIRE(field.isEmpty()); // a quote may only open a field
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text.at(i + 1) == QLatin1Char('\n'));
            ++i;
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            REQUIRE(c != QLatin1Char('\n')); // a bare LF outside quotes is not RFC 4180
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty());
    REQUIRE(record.isEmpty()); // the last record ends with CRLF too
    return records;
}

QStringList columnOf(const QVector<QStringList> &records, const QString &name)
{
    const int c = int(records.first().indexOf(name));
    REQUIRE(c >= 0);
    QStringList out;
    for (int i = 1; i < records.size(); ++i)
        out.append(records.at(i).at(c));
    return out;
}

EntryDraft otherSpeaker(const QString &delegation, const QString &speaker, const QString &title)
{
    EntryDraft d = draftFor(delegation, speaker, Category::Other);
    d.title = title;
    return d;
}
} // namespace

TEST_CASE("The list of speakers as CSV is the running order with the speaker at the rostrum first")
{
    TempMeeting t;
    auto s = t.createDemo();
    const auto cyber =
        s->add(otherSpeaker(QStringLiteral("Cyber \"Peace\" Institute"),
                            QStringLiteral("Ana, María"), QStringLiteral("Director and founder")));
    REQUIRE_DONE(cyber);
    advanceTo(t.clock, meetingDay(15, 1));
    REQUIRE_DONE(s->start());
    t.clock.advance(60'000);

    // A title on two lines, as a file written before line breaks were refused holds it.
    QHash<qint64, Entry> entries = s->list().entries();
    entries[cyber.entryId].title = QStringLiteral("Director\nand founder");
    const SpeakersList old(s->meeting(), entries.values().toVector());
    const ListOfSpeakers list = listOfSpeakers(old, s->now());
    const QVector<QStringList> records = readCsv(listOfSpeakersCsv(list));
    REQUIRE(records.first() ==
            QStringList({QStringLiteral("position"), QStringLiteral("delegation"),
                         QStringLiteral("speaker"), QStringLiteral("title"),
                         QStringLiteral("on_behalf_of"), QStringLiteral("category"),
                         QStringLiteral("tier"), QStringLiteral("status"), QStringLiteral("late"),
                         QStringLiteral("allotted_s"), QStringLiteral("projected_start")}));
    const QVector<Entry> waiting = s->list().waiting();
    REQUIRE(records.size() == 1 + 1 + waiting.size());
    for (const QStringList &r : records)
        REQUIRE(r.size() == records.first().size());

    // The speaker at the rostrum: no position, started at 15:01.
    const QStringList &albania = records.at(1);
    CHECK(albania.at(0).isEmpty());
    CHECK(albania.at(1) == QStringLiteral("Albania"));
    CHECK(albania.at(3) == QStringLiteral("Permanent Representative, Chair"));
    CHECK(albania.at(7) == QStringLiteral("speaking"));
    CHECK(albania.at(10) == QStringLiteral("2023-05-25T15:01:00-04:00"));

    const Projection projection = s->projection();
    const QStringList positions = columnOf(records, QStringLiteral("position"));
    const QStringList delegations = columnOf(records, QStringLiteral("delegation"));
    const QStringList projected = columnOf(records, QStringLiteral("projected_start"));
    for (int i = 0; i < waiting.size(); ++i) {
        INFO("position " << i + 1);
        CHECK(positions.at(i + 1) == QString::number(i + 1));
        CHECK(delegations.at(i + 1) == waiting.at(i).delegation);
        CHECK(projected.at(i + 1) ==
              isoText(s->meeting(), projection.projectedStartMs.value(waiting.at(i).id)));
    }
    // The next speaker is due when Albania's three minutes are up.
    CHECK(projected.at(1) == QStringLiteral("2023-05-25T15:04:00-04:00"));

    // Commas, quotes and line breaks survive the round trip; every script stays readable.
    const QStringList &last = records.last();
    CHECK(last.at(1) == QStringLiteral("Cyber \"Peace\" Institute"));
    CHECK(last.at(2) == QStringLiteral("Ana, María"));
    CHECK(last.at(3) == QStringLiteral("Director\nand founder"));
    CHECK(last.at(5) == QStringLiteral("other"));
    CHECK(last.at(6) == QStringLiteral("others"));
    CHECK(columnOf(records, QStringLiteral("speaker")).contains(QStringLiteral("李明华")));
    CHECK(columnOf(records, QStringLiteral("speaker")).contains(QStringLiteral("محمد الكعبي")));
    const QStringList behalf = columnOf(records, QStringLiteral("on_behalf_of"));
    CHECK(behalf.contains(QStringLiteral("the Nordic countries")));
    // The demo's four inscriptions after the deadline, and the one made on the day.
    CHECK(columnOf(records, QStringLiteral("late")).count(QStringLiteral("true")) == 5);
}

TEST_CASE("A name a spreadsheet would run as a formula is exported as text")
{
    TempMeeting t;
    auto s = t.createDemo();
    REQUIRE_DONE(s->add(otherSpeaker(QStringLiteral("=HYPERLINK(\"http://example.org\",\"Open\")"),
                                     QStringLiteral("@SUM(A1:A9)"), QStringLiteral("-2+3"))));
    REQUIRE_DONE(s->add(otherSpeaker(QStringLiteral("+Peace Institute"),
                                     QStringLiteral("Ana = María"), QStringLiteral("Director"))));

    const QVector<QStringList> records =
        readCsv(listOfSpeakersCsv(listOfSpeakers(s->list(), s->now())));
    const QStringList delegations = columnOf(records, QStringLiteral("delegation"));
    CHECK(delegations.contains(QStringLiteral("'=HYPERLINK(\"http://example.org\",\"Open\")")));
    CHECK(delegations.contains(QStringLiteral("'+Peace Institute")));
    CHECK(columnOf(records, QStringLiteral("speaker")).contains(QStringLiteral("'@SUM(A1:A9)")));
    CHECK(columnOf(records, QStringLiteral("title")).contains(QStringLiteral("'-2+3")));
    // Only the first character counts; numbers stay numbers.
    CHECK(columnOf(records, QStringLiteral("speaker")).contains(QStringLiteral("Ana = María")));
    CHECK(notAFormula(QStringLiteral("-12")) == QStringLiteral("-12"));
    CHECK(notAFormula(QStringLiteral("+0.5")) == QStringLiteral("+0.5"));
    CHECK(notAFormula(QStringLiteral("Albania")) == QStringLiteral("Albania"));
}

TEST_CASE("The list of speakers as HTML escapes every name and shows the meeting heading")
{
    TempMeeting t;
    auto s = t.createEmpty();
    Meeting m = s->meeting();
    m.title = QStringLiteral("Cyber <b>peace</b> & security");
    REQUIRE_DONE(s->setMeeting(m));
    REQUIRE_DONE(s->add(otherSpeaker(QStringLiteral("<script>alert(1)</script>"),
                                     QStringLiteral("Smith & Jones"),
                                     QStringLiteral("\"Head\" <i>of</i> research"))));
    inscribe(*s, QStringLiteral("Estonia"), QStringLiteral("Kaja Tamm"));

    const QString html = listOfSpeakersHtml(listOfSpeakers(s->list(), s->now()));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>peace")));
    CHECK_FALSE(html.contains(QStringLiteral("<i>of")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("Smith &amp; Jones")));
    CHECK(html.contains(QStringLiteral("&quot;Head&quot; &lt;i&gt;of&lt;/i&gt; research")));
    CHECK(html.contains(QStringLiteral("Cyber &lt;b&gt;peace&lt;/b&gt; &amp; security")));
    // The heading of the concept note.
    CHECK(html.contains(QStringLiteral("United Nations Security Council Arria-formula meeting")));
    CHECK(html.contains(QStringLiteral("25 May 2023")));
    CHECK(html.contains(QStringLiteral("15:00 – 17:30")));
    CHECK(html.contains(QStringLiteral("Trusteeship Chamber")));
    CHECK(html.contains(QStringLiteral("Albania and United States")));
    CHECK(html.contains(QStringLiteral("Ecuador and Estonia")));
    // Running order: Estonia (co-sponsor) before the NGO.
    CHECK(html.indexOf(QStringLiteral("Kaja Tamm")) < html.indexOf(QStringLiteral("Smith &amp;")));

    // A given kind of meeting replaces the meeting's heading; an empty one leaves the line out.
    const QString mun = listOfSpeakersHtml(listOfSpeakers(s->list(), s->now()),
                                           QStringLiteral("Model UN <General> Assembly"));
    CHECK(mun.contains(QStringLiteral("Model UN &lt;General&gt; Assembly")));
    CHECK_FALSE(mun.contains(QStringLiteral("Arria-formula")));
    CHECK_FALSE(listOfSpeakersHtml(listOfSpeakers(s->list(), s->now()), QString())
                    .contains(QStringLiteral("class=\"kind\"")));
}

TEST_CASE("The report as CSV has whole seconds and ISO times with the offset and status keys")
{
    TempMeeting t;
    auto s = t.createEmpty();
    inscribe(*s, QStringLiteral("Brazil"));
    inscribe(*s, QStringLiteral("Germany"));
    advanceTo(t.clock, meetingDay(15, 2));
    REQUIRE_DONE(s->start());
    t.clock.advance(203'700); // 3:23.7
    REQUIRE_DONE(s->next());

    const QVector<QStringList> records =
        readCsv(reportCsv(buildMeetingReport(s->list(), s->now())));
    REQUIRE(records.size() == 3);
    REQUIRE(records.first() ==
            QStringList({QStringLiteral("position"), QStringLiteral("delegation"),
                         QStringLiteral("on_behalf_of"), QStringLiteral("speaker"),
                         QStringLiteral("title"), QStringLiteral("category"),
                         QStringLiteral("tier"), QStringLiteral("status"), QStringLiteral("late"),
                         QStringLiteral("absences"), QStringLiteral("planned_start"),
                         QStringLiteral("actual_start"), QStringLiteral("actual_end"),
                         QStringLiteral("allotted_s"), QStringLiteral("extra_s"),
                         QStringLiteral("actual_s"), QStringLiteral("overrun_s"),
                         QStringLiteral("paused_s"), QStringLiteral("kind")}));
    const QStringList &brazil = records.at(1);
    CHECK(brazil.at(1) == QStringLiteral("Brazil"));
    CHECK(brazil.at(6) == QStringLiteral("council"));
    CHECK(brazil.at(7) == QStringLiteral("spoke"));
    CHECK(brazil.at(10) == QStringLiteral("2023-05-25T15:00:00-04:00"));
    CHECK(brazil.at(11) == QStringLiteral("2023-05-25T15:02:00-04:00"));
    CHECK(brazil.at(12) == QStringLiteral("2023-05-25T15:05:23-04:00"));
    CHECK(brazil.at(13) == QStringLiteral("180"));
    CHECK(brazil.at(15) == QStringLiteral("203"));
    CHECK(brazil.at(16) == QStringLiteral("23"));
    CHECK(brazil.at(17) == QStringLiteral("0"));
    const QStringList &germany = records.at(2);
    CHECK(germany.at(7) == QStringLiteral("speaking"));
    CHECK(germany.at(10) == QStringLiteral("2023-05-25T15:03:00-04:00"));
    CHECK(germany.at(11).isEmpty()); // called, clock not started
    CHECK(germany.at(15).isEmpty());
}

TEST_CASE("A failed export says why and leaves no file behind")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/list.csv"));
    QString error;
    CHECK_FALSE(SaveFile::write(missing, QByteArrayLiteral("position\r\n"), &error));
    CHECK(error.contains(QStringLiteral("Cannot write")));
    CHECK(error.contains(QDir::toNativeSeparators(missing)));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // A good write replaces an old file whole.
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    REQUIRE(SaveFile::write(path, QByteArrayLiteral("old"), &error));
    REQUIRE(SaveFile::write(path, QByteArrayLiteral("new"), &error));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArrayLiteral("new"));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) ==
          QStringList{QStringLiteral("list.csv")});
}
