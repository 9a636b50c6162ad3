// Every bad value is refused with a one-line message that says what is wrong, and the list, the
// settings and the journal are left exactly as they were: nothing is clamped, cut or wrapped.

#include "corehelpers.h"
#include "meeting/entrycolumns.h"
#include "tempmeeting.h"

#include <limits>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// What a refusal must leave alone: every entry, the settings and the journal.
struct Unchanged
{
    explicit Unchanged(MeetingSession &session)
        : s(session), entries(session.list().entries()), meeting(session.meeting()),
          journalSize(session.journal(100000).size())
    {
    }
    void check() const
    {
        CHECK(s.list().entries() == entries);
        CHECK(s.meeting() == meeting);
        CHECK(s.journal(100000).size() == journalSize);
    }
    MeetingSession &s;
    QHash<qint64, Entry> entries;
    Meeting meeting;
    qsizetype journalSize;
};

void checkRefused(const MeetingSession::Result &r, const QString &words)
{
    INFO("message: " << r.error.toStdString());
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(words));
    CHECK_FALSE(r.error.contains(QLatin1Char('\n')));
}

// "Ab" + the character + "cd": the character is always at position 3.
QString withAt3(char32_t c)
{
    return QStringLiteral("Ab") + QString::fromUcs4(&c, 1) + QStringLiteral("cd");
}

QString code(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Every character a name, a title or a group may not hold: line breaks, the other C0 controls,
// DEL, C1, the line and paragraph separators, and the bidirectional embeddings, overrides and
// isolates.
QList<char32_t> controlCharacters()
{
    return {0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C,   0x0D,
            0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0x2028, 0x2029};
}
QList<char32_t> bidiCharacters()
{
    return {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};
}

EntryDraft briefer(const QString &delegation, const QString &speaker)
{
    return draftFor(delegation, speaker, Category::Briefer);
}

const qint64 kDay = 24LL * 3600 * 1000;
} // namespace

TEST_CASE("Adding a day of time twenty-five times is refused every time, the limit stays 3:00",
          "[badvalues][limits]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    inscribe(*s, name("Latvia"));
    REQUIRE_DONE(s->start());
    const Unchanged before(*s);
    for (int i = 0; i < 25; ++i) {
        INFO("add-time " << i + 1);
        checkRefused(s->addTime(kDay), name("24 hours"));
        CHECK(s->currentReading().limitMs == 180'000);
        CHECK(s->list().current()->extraMs == 0);
    }
    before.check();

    // Up to the whole day is allowed, and not a second more; taking time away still works.
    REQUIRE_DONE(s->addTime(kDay - 180'000));
    CHECK(s->currentReading().limitMs == kDay);
    const Unchanged full(*s);
    for (const qint64 more : {qint64(1), qint64(1'000), kDay, std::numeric_limits<qint64>::max()})
        checkRefused(s->addTime(more), name("24 hours"));
    full.check();
    REQUIRE_DONE(s->addTime(-60'000));
    CHECK(s->currentReading().limitMs == kDay - 60'000);
}

TEST_CASE("A limit above 24 hours is refused for one speaker, all, a draft and the meeting",
          "[badvalues][limits]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const qint64 latvia = inscribe(*s, name("Latvia"));
    inscribe(*s, name("Peru"));
    // Past the day, past the 32-bit range, and one that a 32-bit limit would wrap to 3:00.
    const qint64 wrapsTo3Minutes = (qint64(1) << 32) + 180'000;
    const QList<qint64> tooLong = {kDay + 1,      kDay + 1'000,  90'000'000,
                                   2'147'483'647, 3'000'000'000, wrapsTo3Minutes};
    const Unchanged before(*s);
    for (const qint64 ms : tooLong) {
        INFO("limit " << ms << " ms");
        checkRefused(s->setAllotted(latvia, ms), name("24 hours"));
        checkRefused(s->setAllottedForRemaining(ms), name("24 hours"));
        EntryDraft d = draftFor(name("Kenya"));
        d.allottedMs = ms;
        checkRefused(s->add(d), name("24 hours"));
        EntryDraft edited = EntryDraft::fromEntry(*s->list().find(latvia));
        edited.allottedMs = ms;
        checkRefused(s->edit(latvia, edited), name("24 hours"));
    }
    before.check();

    // The meeting's own limits, in seconds.
    for (const int seconds : {86'401, 90'000, 2'147'483'647}) {
        INFO("meeting limit " << seconds << " s");
        Meeting m = s->meeting();
        m.defaultLimitSeconds = seconds;
        checkRefused(s->setMeeting(m), name("24 hours"));
        m = s->meeting();
        m.limitSeconds.insert(Category::Briefer, seconds);
        checkRefused(s->setMeeting(m), name("24 hours"));
    }
    before.check();

    // The whole day itself is a limit.
    REQUIRE_DONE(s->setAllotted(latvia, kDay));
    CHECK(s->list().find(latvia)->allottedMs == kDay);
}

TEST_CASE("Durations are 64-bit from the file to the reading", "[badvalues][limits]")
{
    // An entry journaled or stored with more than 2^31 ms keeps it.
    QVariantMap columns = Entry().toColumns();
    columns.insert(QStringLiteral("allotted_ms"), qlonglong(3'000'000'000LL));
    columns.insert(QStringLiteral("extra_ms"), qlonglong(-2'500'000'000LL));
    const Entry e = Entry::fromColumns(columns);
    CHECK(qint64(e.allottedMs) == 3'000'000'000LL);
    CHECK(qint64(e.extraMs) == -2'500'000'000LL);
    CHECK(SpeechClock::read(e, 0, 30).limitMs == 500'000'000LL);
}

TEST_CASE("A position outside 1 to N is refused with N, and the order stays", "[badvalues]")
{
    SmallList m;
    const QVector<qint64> order = m.s->list().waitingIds();
    REQUIRE(order.size() == 8);
    const qint64 peru = order[5];
    const Unchanged before(*m.s);
    const QList<int> outside = {0,
                                -1,
                                9,
                                10,
                                1'000'000'000,
                                std::numeric_limits<int>::max(),
                                std::numeric_limits<int>::min()};
    for (const int position : outside) {
        INFO("position " << position);
        const auto r = m.s->move(peru, position);
        checkRefused(r, name("there are 8 waiting speakers: choose a position from 1 to 8"));
        CHECK(r.error.contains(QString::number(position)));
    }
    before.check();
    REQUIRE_DONE(m.s->move(peru, 8));
    CHECK(m.s->list().positionOf(peru) == 8);
    REQUIRE_DONE(m.s->move(peru, 1));
    CHECK(m.s->list().positionOf(peru) == 1);
}

TEST_CASE("Control and bidirectional characters are refused in every name, title and group",
          "[badvalues][text]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const qint64 latvia = inscribe(*s, name("Latvia"));
    const Unchanged before(*s);
    const QList<char32_t> bad = controlCharacters() + bidiCharacters();
    int tried = 0;
    for (const char32_t c : bad) {
        INFO("character " << code(c).toStdString());
        const QString text = withAt3(c);
        const QString where = QStringLiteral("(%1) at position 3").arg(code(c));

        EntryDraft d = briefer(text, name("Ms. Briefer"));
        checkRefused(s->add(d), name("delegation"));
        checkRefused(s->add(d), where);
        d = briefer(name("Amnesty International"), text);
        checkRefused(s->add(d), name("speaker's name"));
        checkRefused(s->add(d), where);
        d = briefer(name("Amnesty International"), name("Ms. Briefer"));
        d.title = text;
        checkRefused(s->add(d), name("title"));
        checkRefused(s->add(d), where);
        d = onBehalfOf(name("Kenya"), text, 3);
        checkRefused(s->add(d), name("on behalf of"));
        checkRefused(s->add(d), where);

        EntryDraft edited = EntryDraft::fromEntry(*s->list().find(latvia));
        edited.speaker = text;
        checkRefused(s->edit(latvia, edited), where);

        Meeting m = s->meeting();
        m.title = text;
        checkRefused(s->setMeeting(m), name("meeting's title"));
        m = s->meeting();
        m.venue = text;
        checkRefused(s->setMeeting(m), name("venue"));
        m = s->meeting();
        m.organizers = QStringList{name("Albania"), text};
        checkRefused(s->setMeeting(m), name("organizer 2"));
        m = s->meeting();
        m.cosponsors = QStringList{text};
        checkRefused(s->setMeeting(m), name("co-sponsor 1"));
        m = s->meeting();
        m.council = QStringList{name("France"), name("Ghana"), text};
        checkRefused(s->setMeeting(m), name("Council member 3"));
        checkRefused(s->setMeeting(m), where);
        tried += 10;
    }
    before.check();
    CHECK(tried == 270);
}

TEST_CASE("Names, titles and groups are at most 200 characters, notes at most 2,000",
          "[badvalues][text]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const Unchanged before(*s);
    for (const int length : {201, 1'000, 100'000}) {
        INFO("length " << length);
        const QString text(length, QLatin1Char('x'));
        checkRefused(s->add(briefer(text, {})), QStringLiteral("%1 characters").arg(length));
        checkRefused(s->add(briefer(name("NGO"), text)), name("200"));
        EntryDraft d = briefer(name("NGO"), {});
        d.title = text;
        checkRefused(s->add(d), name("200"));
        checkRefused(s->add(onBehalfOf(name("Kenya"), text, 3)), name("200"));
        Meeting m = s->meeting();
        m.title = text;
        checkRefused(s->setMeeting(m), name("200"));
        m = s->meeting();
        m.venue = text;
        checkRefused(s->setMeeting(m), name("200"));
    }
    for (const int length : {2'001, 10'000, 1'000'000}) {
        INFO("notes of " << length);
        EntryDraft d = briefer(name("NGO"), {});
        d.notes = QString(length, QLatin1Char('n'));
        checkRefused(s->add(d), name("at most 2000"));
    }
    before.check();

    // Characters, not UTF-16 units: 200 letters outside the BMP are a name of 200 characters.
    QString wide;
    for (int i = 0; i < 200; ++i)
        wide += QString::fromUcs4(U"\U0001D538", 1);
    REQUIRE_DONE(s->add(briefer(wide, {})));
    REQUIRE_DONE(s->add(briefer(QString(200, QLatin1Char('y')), QString(200, QLatin1Char('s')))));
}

TEST_CASE("Notes keep line breaks and tabs and refuse the other control characters",
          "[badvalues][text]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    EntryDraft d = briefer(name("NGO"), {});
    d.notes = name("First line\nsecond\tindented\r\nthird");
    const auto ok = s->add(d);
    REQUIRE_DONE(ok);
    CHECK(s->list().find(ok.entryId)->notes == d.notes);

    const Unchanged before(*s);
    QList<char32_t> bad = {0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x9B};
    bad += bidiCharacters();
    for (const char32_t c : bad) {
        INFO("character " << code(c).toStdString());
        EntryDraft n = briefer(name("Another NGO"), {});
        n.notes = withAt3(c);
        checkRefused(s->add(n), QStringLiteral("The notes contain"));
        checkRefused(s->add(n), QStringLiteral("(%1) at position 3").arg(code(c)));
    }
    before.check();
}
