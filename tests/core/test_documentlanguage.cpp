// A document in another of the six languages than the program's: its dates are written the way
// that language writes them, Arabic runs right to left, the booths see the language of each
// statement, and the program's own language is back once the document is written.
#include "corehelpers.h"
#include "language/uilanguage.h"
#include "records/documentlanguage.h"
#include "records/listexport.h"
#include "tempmeeting.h"

#include <QCoreApplication>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString htmlIn(MeetingSession &s, const char *language)
{
    ListOfSpeakers list = listOfSpeakers(s.list(), s.now());
    list.language = QString::fromLatin1(language);
    return listOfSpeakersHtml(list);
}
} // namespace

TEST_CASE("The list of speakers as HTML is dated and directed in the language asked for",
          "[documents][language]")
{
    TempMeeting t;
    auto s = t.createEmpty();
    inscribe(*s, u("Estonia"), u("Kaja Tamm"));
    const QString program = DocumentLanguage::programLanguage();

    const QString french = htmlIn(*s, "fr");
    CHECK(french.contains(u("<html lang=\"fr\" dir=\"ltr\">")));
    CHECK(french.contains(u("25 mai 2023")));
    CHECK(french.contains(u("15:00 – 17:30")));

    const QString arabic = htmlIn(*s, "ar");
    CHECK(arabic.contains(u("<html lang=\"ar\" dir=\"rtl\">")));
    CHECK(arabic.contains(u("25 مايو 2023")));

    const QString chinese = htmlIn(*s, "zh_CN");
    CHECK(chinese.contains(u("2023年5月25日")));

    // Nothing of the document's language stays behind.
    CHECK(DocumentLanguage::programLanguage() == program);
    CHECK(htmlIn(*s, "").contains(u("25 May 2023")) == (program == u("en")));
}

TEST_CASE("The list of speakers names the language of each statement", "[documents][language]")
{
    TempMeeting t;
    auto s = t.createEmpty();
    EntryDraft spanish = draftFor(u("Peru"));
    spanish.language = u("es");
    REQUIRE_DONE(s->add(spanish));
    const QString html = htmlIn(*s, "en");
    const QString statement =
        QStringLiteral("<td class=\"lang\">%1</td>")
            .arg(QCoreApplication::translate("rostrum::Categories", "Spanish"));
    CHECK(html.contains(statement));
}

TEST_CASE("A document in a language installs it only while it is drawn", "[documents][language]")
{
    const QString program = DocumentLanguage::programLanguage();
    const QString other = program == u("ru") ? u("fr") : u("ru");
    {
        const DocumentLanguage language(other);
        CHECK(language.code() == other);
        CHECK(language.locale().language() == QLocale(other).language());
        CHECK(language.direction() == Qt::LeftToRight);
    }
    CHECK(DocumentLanguage(u("ar")).direction() == Qt::RightToLeft);
    // An empty or unknown code is the program's language, installed already.
    CHECK(DocumentLanguage(QString()).code() == program);
    CHECK(DocumentLanguage(u("xx")).code() == program);
}

TEST_CASE("An English document from a program in French is English throughout",
          "[documents][language]")
{
    const QLocale before;
    QLocale::setDefault(uiLocale(u("fr")));
    {
        const InstalledLanguage french(u("fr"));
        const char *source = "List of speakers";
        const QString inFrench = QCoreApplication::translate("rostrum::ListExport", source);
        {
            const DocumentLanguage english(u("en"));
            CHECK(english.locale().language() == QLocale::English);
            // English's own translation holds only plurals: without the source underneath,
            // the French text would show through.
            CHECK(QCoreApplication::translate("rostrum::ListExport", source) == u(source));
        }
        CHECK(QCoreApplication::translate("rostrum::ListExport", source) == inFrench);
    }
    QLocale::setDefault(before);
}
