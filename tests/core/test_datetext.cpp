// Dates and times in each of the six languages, as a reader of that language writes them, on
// the 24-hour clock and in Western digits; the expected texts are written by hand.

#include "language/datetext.h"
#include "language/uilanguage.h"

#include <catch2/catch.hpp>

using namespace rostrum;

namespace {
const QDateTime kCrash(QDate(2023, 5, 25), QTime(16, 12, 5));

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

TEST_CASE("A date with its time reads as each language writes it", "[datetext]")
{
    CHECK(DateText::dateWithTime(kCrash, uiLocale(u("en"))) == u("25 May 2023, 16:12"));
    CHECK(DateText::dateWithTime(kCrash, uiLocale(u("fr"))) == u("25 mai 2023, 16:12"));
    CHECK(DateText::dateWithTime(kCrash, uiLocale(u("es"))) == u("25 de mayo de 2023, 16:12"));
    CHECK(DateText::dateWithTime(kCrash, uiLocale(u("ru"))) == u("25 мая 2023 г., 16:12"));
    CHECK(DateText::dateWithTime(kCrash, uiLocale(u("zh_CN"))) == u("2023年5月25日 16:12"));
    CHECK(DateText::dateWithTime(kCrash, uiLocale(u("ar"))) == u("25 مايو 2023، 16:12"));
}

TEST_CASE("Long and short dates take the month's name from the language", "[datetext]")
{
    const QDate day(2023, 5, 25);
    CHECK(DateText::longDate(day, uiLocale(u("en"))) == u("25 May 2023"));
    CHECK(DateText::longDate(day, uiLocale(u("zh_CN"))) == u("2023年5月25日"));
    CHECK(DateText::longDate(day, uiLocale(u("ar"))) == u("25 مايو 2023"));
    CHECK(DateText::shortDate(day, uiLocale(u("fr"))) == u("25 mai"));
    CHECK(DateText::shortDate(day, uiLocale(u("zh_CN"))) == u("5月25日"));
    CHECK(DateText::shortDate(QDate(2023, 2, 3), uiLocale(u("ru"))) == u("3 февр."));
    CHECK(DateText::shortDateWithTime(kCrash, uiLocale(u("es"))) == u("25 may, 16:12"));
    CHECK(DateText::dateWithSeconds(kCrash, uiLocale(u("en"))) == u("25 May 2023, 16:12:05"));
}

TEST_CASE("The time of day is on the 24-hour clock in Western digits in every language",
          "[datetext]")
{
    for (const UiLanguage &language : uiLanguages()) {
        INFO(language.code.toStdString());
        const QLocale locale = uiLocale(language.code);
        CHECK(DateText::timeOfDay(QTime(17, 5), locale) == u("17:05"));
        CHECK(DateText::timeWithSeconds(QTime(9, 3, 7), locale) == u("09:03:07"));
        CHECK(DateText::longDate(QDate(2023, 5, 25), locale).contains(u("2023")));
    }
}

TEST_CASE("Numbers keep the language's grouping but Western digits", "[datetext]")
{
    CHECK(DateText::number(1234, uiLocale(u("en"))) == u("1,234"));
    CHECK(DateText::number(1234, uiLocale(u("ar"))) == u("1,234"));
    CHECK(DateText::number(1234, uiLocale(u("fr"))) == u("1\u202F234")); // a narrow no-break space
    CHECK(DateText::westernDigits(u("١٦:١٢ ۲۰")) == u("16:12 20"));
    CHECK(DateText::longDate(QDate()).isEmpty());
}
