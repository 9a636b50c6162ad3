// No word the chair or a reader sees escapes translation. A scratch translator wraps every text
// it is asked for in « », whatever the context; then the clock's state words, the words of a
// whole status, a set of refusals and the list of speakers are walked, and what is left once
// the marked parts and the meeting's own data (names, titles) are taken out must hold no word.
// A literal that never went through tr(), or went through it in a context held in a variable
// that lupdate cannot read, shows up as an English word left over.
#include "clock/runningorder.h"
#include "clock/speechclock.h"
#include "corehelpers.h"
#include "meeting/categories.h"
#include "meeting/directory.h"
#include "meeting/meetingpreset.h"
#include "records/listexport.h"
#include "tempmeeting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
const QString kOpen = QStringLiteral("«");
const QString kClose = QStringLiteral("»");

// Answers every lookup, so an untranslated text is one that never asked.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return kOpen + text + kClose;
    }
};

// Installed for one test case; the locale is Russian meanwhile, so that a month or a day the
// locale spells out is no Latin word either (it is the locale's, not a translation's).
struct MarkedLanguage
{
    MarkingTranslator translator;
    QLocale before;
    MarkedLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        REQUIRE(QCoreApplication::installTranslator(&translator));
    }
    ~MarkedLanguage()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    }
};

bool marked(const QString &text)
{
    return text.startsWith(kOpen) && text.endsWith(kClose);
}

// What is left of `text` once every marked part (innermost first, as arguments nest) and every
// piece of the meeting's data is taken out: the words that did not pass through the translator.
QStringList leftoverWords(QString text, const QStringList &data)
{
    static const QRegularExpression innermost(QStringLiteral("«[^«»]*»"));
    // Longest first, so "United States" goes before "States" could.
    QStringList pieces = data;
    std::sort(pieces.begin(), pieces.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &piece : std::as_const(pieces)) {
        if (!piece.isEmpty())
            text.replace(piece, QStringLiteral(" "));
    }
    while (text.contains(innermost))
        text.replace(innermost, QStringLiteral(" "));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return words;
}

// The names, titles and headings a meeting holds: data, printed as typed.
QStringList meetingData(const MeetingSession &s)
{
    const Meeting &m = s.meeting();
    // Not the heading: the one Rostrum wrote is printed in the document's language.
    QStringList data = {m.title, m.venue, m.timeZoneId};
    data += m.organizers + m.cosponsors + m.council;
    QVector<Entry> entries = s.list().waiting();
    if (const Entry *e = s.list().current())
        entries.append(*e);
    for (const Entry &e : s.list().entries())
        entries.append(e);
    for (const Entry &e : std::as_const(entries))
        data += {e.delegation, e.speaker, e.title, e.onBehalfOf, e.notes};
    // A refusal may suggest names of the directory.
    for (const Directory::Delegation &d : Directory::builtIn().all())
        data.append(d.name);
    return data;
}

// Everything the HTML document shows a reader: its text, not its markup or its style sheet.
QString shownTextOf(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<style.*</style>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    html.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    return html;
}
} // namespace

TEST_CASE("The clock's state words, the status and the refusals pass through the translator",
          "[language]")
{
    // From the start: the journal keeps each act's words in the language they were done in.
    MarkedLanguage language;
    TempMeeting t;
    auto s = t.createDemo();
    REQUIRE_DONE(s->start());
    t.clock.advance(200'000); // the first speaker into overtime
    for (ClockPhase phase :
         {ClockPhase::Idle, ClockPhase::Running, ClockPhase::Paused, ClockPhase::Warning,
          ClockPhase::TimeUp, ClockPhase::Overtime, ClockPhase::Finished}) {
        INFO(clockPhaseName(phase).toStdString());
        CHECK(marked(clockPhaseName(phase)));
    }

    // The words a status gathers: who speaks in which category and state, the fit advisor,
    // undo and redo, and the names of every category, tier, status and level.
    QStringList status;
    const Entry *current = s->list().current();
    REQUIRE(current != nullptr);
    const SpeechReading reading =
        SpeechClock::read(*current, s->now(), s->meeting().warningSeconds);
    status += {clockPhaseName(reading.phase),   SpeakersList::describe(*current),
               categoryName(current->category), languageName(current->language),
               s->projection().advice,          s->undoText()};
    for (Category c : allCategories())
        status.append(categoryName(c));
    for (Tier tier : allTiers())
        status.append(tierName(tier));
    for (Status st :
         {Status::Waiting, Status::Speaking, Status::Spoke, Status::Absent, Status::Withdrawn})
        status.append(statusName(st));
    for (Level level : allLevels())
        status.append(levelName(level));

    // Refusals a console shows and the command line prints.
    QStringList refusals;
    const Entry first = s->list().waiting().first();
    EntryDraft again = draftFor(first.delegation, first.speaker, first.category);
    refusals.append(s->add(again).error);                              // a duplicate
    refusals.append(s->add(draftFor(QStringLiteral("Latvja"))).error); // not in the directory
    refusals.append(s->move(999'999, 1).error);                        // no such entry
    refusals.append(s->setAllotted(first.id, -5'000).error);           // a negative limit
    refusals.append(s->start().error);                                 // the clock already runs
    refusals.append(s->redo().error);                                  // nothing undone
    REQUIRE_DONE(s->setListClosed(true));
    refusals.append(s->setListClosed(true).error);                     // closed twice
    refusals.append(s->add(draftFor(QStringLiteral("Latvia"))).error); // the list is closed
    for (const QString &refusal : std::as_const(refusals)) {
        INFO(refusal.toStdString());
        CHECK_FALSE(refusal.isEmpty());
    }

    const QStringList data = meetingData(*s);
    for (const QString &text : status + refusals) {
        INFO(text.toStdString());
        CHECK(leftoverWords(text, data).isEmpty());
    }
}

TEST_CASE("The list of speakers has no word that did not pass through the translator", "[language]")
{
    MarkedLanguage language;
    TempMeeting t;
    auto s = t.createDemo();
    REQUIRE_DONE(s->start());
    t.clock.advance(60'000);
    REQUIRE_DONE(s->next());
    const QString html = listOfSpeakersHtml(listOfSpeakers(s->list(), s->now()));
    const QStringList leftover = leftoverWords(shownTextOf(html), meetingData(*s));
    INFO(leftover.join(QLatin1Char(' ')).toStdString());
    CHECK(leftover.isEmpty());
}

TEST_CASE("Every preset's name, reasons and heading are listed for the translators and shown "
          "translated",
          "[language][presets]")
{
    const QStringList listed = MeetingPreset::wordsForTranslators();
    for (const MeetingPreset &p : MeetingPreset::builtIn()) {
        INFO(p.key.toStdString());
        CHECK(listed.contains(p.name));
        CHECK(listed.contains(p.why));
        if (!p.heading.isEmpty())
            CHECK(listed.contains(p.heading));
    }

    MarkedLanguage language;
    const MeetingPreset &first = MeetingPreset::builtIn().first();
    CHECK(first.shownName() == kOpen + first.name + kClose);
    CHECK(first.shownWhy() == kOpen + first.why + kClose);
}
