// The demo held today (issue 12, finding 14): dated at the clock's time, it starts within
// minutes, keeps its length, zone, deadline and late inscriptions, and the fit advisor reads as
// on the seed day, where the historic date gave "+1286 days" and "Cannot end at 17:30".
#include "meeting/demomeeting.h"
#include "session/demosession.h"
#include "tempmeeting.h"

#include <QFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
qint64 instant(const char *iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(at.isValid());
    return at.toMSecsSinceEpoch();
}

int lateCount(const Meeting &m, const QVector<EntryDraft> &drafts)
{
    int late = 0;
    for (const EntryDraft &d : drafts)
        late += d.inscribedAtMs > m.deadlineUtcMs() ? 1 : 0;
    return late;
}
} // namespace

TEST_CASE("The demo dated at an instant starts within minutes after it, as long as on the seed "
          "day, in New York's zone, its deadline before the start",
          "[demo][meeting]")
{
    const Meeting historic = DemoMeeting::meeting();
    const QVector<EntryDraft> historicDrafts = DemoMeeting::inscriptions();
    const char *when = GENERATE("2026-12-02T01:37:24.512Z",   // a winter night in New York
                                "2026-07-14T10:03:00Z",       // two minutes to the next 5
                                "2026-07-14T10:03:00.001Z",   // a millisecond past that
                                "2027-01-01T04:58:00Z",       // 23:58 in New York: past midnight
                                "2027-03-14T06:30:00Z",       // the day New York's clocks go on
                                "2023-05-25T14:55:00-04:00"); // the seed day itself
    INFO(when);
    const qint64 t = instant(when);
    const qint64 offset = DemoMeeting::offsetToStartSoonAfter(t);
    const Meeting m = DemoMeeting::meeting(offset);
    const qint64 start = m.scheduledStartUtcMs();

    CHECK(start >= t + 2 * 60'000);
    CHECK(start < t + 7 * 60'000);
    CHECK(start % (5 * 60'000) == 0);
    CHECK(m.scheduledStart.second() == 0);
    CHECK(m.date == QDateTime::fromMSecsSinceEpoch(start, QTimeZone("America/New_York")).date());
    CHECK(m.timeZoneId == historic.timeZoneId);
    CHECK(m.scheduledEndUtcMs() - start ==
          historic.scheduledEndUtcMs() - historic.scheduledStartUtcMs());
    CHECK(m.deadlineUtcMs() < start);
    CHECK(start - m.deadlineUtcMs() == historic.scheduledStartUtcMs() - historic.deadlineUtcMs());
    CHECK(m.title == historic.title);
    CHECK(m.council == historic.council);

    const QVector<EntryDraft> drafts = DemoMeeting::inscriptions(offset);
    REQUIRE(drafts.size() == historicDrafts.size());
    CHECK(lateCount(m, drafts) == lateCount(historic, historicDrafts));
    CHECK(lateCount(m, drafts) > 0);
    for (const EntryDraft &d : drafts)
        CHECK(d.inscribedAtMs < t); // every inscription came in before the console's time
}

TEST_CASE("The demo moved by nothing is the seed meeting of 25 May 2023", "[demo][meeting]")
{
    CHECK(DemoMeeting::meeting(0) == DemoMeeting::meeting());
    CHECK(DemoMeeting::meeting().date == QDate(2023, 5, 25));
    const QVector<EntryDraft> moved = DemoMeeting::inscriptions(0);
    const QVector<EntryDraft> seed = DemoMeeting::inscriptions();
    REQUIRE(moved.size() == seed.size());
    for (int i = 0; i < seed.size(); ++i)
        CHECK(moved[i].inscribedAtMs == seed[i].inscribedAtMs);
}

TEST_CASE("The rehearsed demo is held at its own hours on the clock's day", "[demo][meeting]")
{
    CHECK(DemoMeeting::offsetToDayOf(instant("2023-05-25T16:12:00-04:00")) == 0);
    const Meeting winter =
        DemoMeeting::meeting(DemoMeeting::offsetToDayOf(instant("2026-12-02T16:12:00-05:00")));
    CHECK(winter.date == QDate(2026, 12, 2));
    CHECK(winter.scheduledStart == QTime(15, 0));
    CHECK(winter.scheduledEnd == QTime(17, 30));
    CHECK(winter.deadline.date() == QDate(2026, 11, 30));
}

TEST_CASE("The demo session dated at the clock's time fits its schedule: no days in the "
          "projection, an advice that it ends on time",
          "[demo][session]")
{
    TempMeeting temp;
    temp.clock.advance(instant("2026-12-02T01:37:24Z") - temp.clock.utcMs());
    QString error;
    auto session =
        DemoSession::create(temp.path(), DemoMeeting::offsetToStartSoonAfter(temp.clock.utcMs()),
                            temp.clock, QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(session);
    CHECK(error.isEmpty());
    CHECK(session->list().waiting().size() == DemoMeeting::inscriptions().size());
    const Projection p = session->projection();
    CHECK(p.fitsAtCurrentLimits);
    CHECK(p.overUnderMs < 0);
    CHECK(p.overUnderMs > -3600'000);
    CHECK(p.advice.startsWith(QStringLiteral("On time")));
    int late = 0;
    for (const Entry &e : session->list().waiting())
        late += e.late ? 1 : 0;
    CHECK(late == lateCount(DemoMeeting::meeting(), DemoMeeting::inscriptions()));
}

TEST_CASE("Every run of the demo gets a file of its own, even on a frozen clock", "[demo][session]")
{
    TempMeeting temp;
    QStandardPaths::setTestModeEnabled(true);
    const QString first = DemoSession::freshPath(temp.clock);
    QFile file(first);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString second = DemoSession::freshPath(temp.clock);
    CHECK(second != first);
    CHECK(second.endsWith(QStringLiteral(".rostrum")));
    QFile::remove(first);
}
