// The meeting's times as a user would notice them: the deadline keeps its instant (the offset in
// the hour the clocks repeat, the seconds), the schedule its seconds, and times that cannot be
// meant (skipped by the clocks, outside 2000-2100) are refused, never changed.

#include "corehelpers.h"
#include "import/inscriptionimport.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

Meeting november()
{
    Meeting m = DemoMeeting::meeting();
    m.date = QDate(2027, 11, 8);
    m.scheduledStart = QTime(9, 0);
    m.scheduledEnd = QTime(12, 0);
    m.deadline = QDateTime::fromMSecsSinceEpoch(utc("2027-11-05T20:00:00Z"), kNewYork);
    return m;
}
} // namespace

TEST_CASE("A deadline in the hour the clocks repeat reads back as the same instant", "[meeting]")
{
    for (const char *instant : {"2027-11-07T05:30:00Z", "2027-11-07T06:30:00Z",
                                "2027-11-07T05:59:59Z", "2027-11-07T06:00:00Z"}) {
        INFO(instant);
        Meeting m = november();
        m.deadline = QDateTime::fromMSecsSinceEpoch(utc(instant), kNewYork);
        CHECK(Meeting::fromColumns(m.toColumns()).deadlineUtcMs() == utc(instant));
    }
}

TEST_CASE("The deadline's and the schedule's seconds survive the file", "[meeting][store]")
{
    TempMeeting tm;
    Meeting m = november();
    m.deadline = QDateTime::fromMSecsSinceEpoch(utc("2027-11-05T12:00:50Z"), kNewYork);
    m.scheduledStart = QTime(9, 0, 59);
    m.scheduledEnd = QTime(12, 0, 1);
    QString error;
    REQUIRE(MeetingSession::create(tm.path(), m, tm.clock, QStringLiteral("test"), &error));
    auto s = tm.reopen();
    REQUIRE(s);
    CHECK(s->meeting().deadlineUtcMs() == utc("2027-11-05T12:00:50Z"));
    CHECK(s->meeting().scheduledStart == QTime(9, 0, 59));
    CHECK(s->meeting().scheduledEnd == QTime(12, 0, 1));
    CHECK(s->meeting().scheduledStartUtcMs() == utc("2027-11-08T14:00:59Z"));
    // Twenty seconds before the deadline is on time, also after the file was reopened.
    REQUIRE_DONE(s->add(inscribedAt(name("Ghana"), utc("2027-11-05T12:00:30Z"))));
    REQUIRE_DONE(s->add(inscribedAt(name("France"), utc("2027-11-05T12:00:51Z"))));
    CHECK_FALSE(entryOf(s->list(), name("Ghana"))->late);
    CHECK(entryOf(s->list(), name("France"))->late);
}

TEST_CASE("Settings with a date, deadline or start that cannot be meant are refused", "[meeting]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const Meeting before = s->meeting();
    QList<Meeting> bad;
    for (const QDate &d : {QDate(1999, 12, 31), QDate(2101, 1, 1), QDate(1970, 1, 1),
                           QDate(1, 1, 1), QDate(9999, 12, 31)}) {
        Meeting m = before;
        m.date = d;
        bad.append(m);
    }
    for (const char *at : {"1970-01-01T00:00:00Z", "1969-12-31T23:00:00Z", "1999-12-31T23:59:59Z",
                           "2101-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
        Meeting m = before;
        m.deadline = QDateTime::fromMSecsSinceEpoch(utc(at), kNewYork);
        bad.append(m);
    }
    // 02:30 on 14 March 2027 is skipped in New York: the clocks go from 02:00 to 03:00.
    for (const QTime &t : {QTime(2, 30), QTime(2, 0), QTime(2, 59, 59)}) {
        Meeting m = before;
        m.date = QDate(2027, 3, 14);
        m.scheduledStart = t;
        m.scheduledEnd = QTime(5, 0);
        bad.append(m);
    }
    // A POSIX rule Qt would take, with the sign it reads the other way round.
    for (const char *rule : {"UTC+3", "EST5EDT,M3.2.0,M11.1.0", "<-03>3"}) {
        Meeting m = before;
        m.timeZoneId = name(rule);
        bad.append(m);
    }
    for (const Meeting &m : bad) {
        INFO(m.toColumns().value(name("date")).toString().toStdString()
             << " " << m.toColumns().value(name("deadline")).toString().toStdString() << " "
             << m.scheduledStart.toString().toStdString() << " " << m.timeZoneId.toStdString());
        const auto r = s->setMeeting(m);
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.error.isEmpty());
        CHECK_FALSE(r.error.contains(QLatin1Char('\n')));
        REQUIRE(s->meeting() == before);
    }
    auto reopened = tm.reopen();
    CHECK(reopened->meeting() == before);
}

TEST_CASE("An inscription time outside 2000-2100 is refused, never taken for now",
          "[meeting][inscription]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    for (const char *at : {"1969-12-31T23:00:00Z", "1970-01-01T00:00:01Z", "1999-12-31T23:59:59Z",
                           "2101-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
        INFO(at);
        const auto r = s->add(inscribedAt(name("Ghana"), utc(at)));
        CHECK_FALSE(r.ok);
        CHECK(r.error.contains(name("2000")));
        REQUIRE(s->list().entries().isEmpty());
    }
}

TEST_CASE("An import refuses inscription times outside 2000-2100 and local times that are "
          "skipped or repeated",
          "[meeting][import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const QStringList bad = {name("1970-01-01T00:00:00Z"), name("1969-12-31 19:00"),
                             name("1999-12-31T23:59:59Z"), name("2101-01-01T00:00Z"),
                             name("9999-12-31T23:59:59Z"), name("0202-05-23 10:00"),
                             name("2027-11-07 01:30"),     name("2027-03-14 02:30")};
    // A different delegation on each row, so no row is refused as a duplicate of another.
    const QStringList delegations = names(
        {"Ghana", "France", "Japan", "Latvia", "Kenya", "Peru", "Chile", "Brazil", "Iceland"});
    REQUIRE(delegations.size() >= bad.size());
    QString csv = name("delegation,inscribed_at\n");
    for (int i = 0; i < bad.size(); ++i)
        csv += delegations[i] + QLatin1Char(',') + bad[i] + QLatin1Char('\n');
    const ImportReport r =
        InscriptionImport::fromBytes(csv.toUtf8(), name("times.csv")).preview(s->list(), s->now());
    INFO(r.refusals().join(QLatin1Char('\n')).toStdString());
    CHECK(r.acceptedCount() == 0);
    CHECK(r.refusedCount() == int(bad.size()));
    for (const QString &refusal : r.refusals()) {
        INFO(refusal.toStdString());
        CHECK((refusal.contains(name("2000")) || refusal.contains(name("happens twice")) ||
               refusal.contains(name("does not exist"))));
    }
    // With the offset the repeated hour is unambiguous.
    const ImportReport good =
        InscriptionImport::fromBytes(
            name("delegation,inscribed_at\nGhana,2027-11-07 01:30-05:00\n").toUtf8(),
            name("ok.csv"))
            .preview(s->list(), s->now());
    CHECK(good.acceptedCount() == 1);
}
