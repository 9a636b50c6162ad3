#include "datetext.h"

namespace rostrum::DateText {

namespace {
// The patterns are the languages' own, not translations: they must be right before a
// translator has seen them, and a pattern with a typo would print garbage on every document.
struct Patterns
{
    const char *longDate;
    const char *shortDate;
    const char *dateAndTime; // %1 the date, %2 the time
};

Patterns patternsOf(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        return {"yyyy年M月d日", "M月d日", "%1 %2"};
    case QLocale::Spanish:
        return {"d 'de' MMMM 'de' yyyy", "d MMM", "%1, %2"};
    case QLocale::Russian:
        return {"d MMMM yyyy 'г.'", "d MMM", "%1, %2"};
    case QLocale::Arabic:
        // Arabic's short month names are its long ones; the comma is the Arabic comma.
        return {"d MMMM yyyy", "d MMMM", "%1\u060C %2"};
    default:
        // English (as the United Nations writes it, British style) and French.
        return {"d MMMM yyyy", "d MMM", "%1, %2"};
    }
}

QString formatted(const QDate &date, const char *pattern, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return westernDigits(locale.toString(date, QString::fromUtf8(pattern)));
}

QString joined(const QString &date, const QString &time, const QLocale &locale)
{
    return QString::fromUtf8(patternsOf(locale).dateAndTime).arg(date, time);
}
} // namespace

QString westernDigits(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
        else if (u == 0x066B) // Arabic decimal separator
            c = QLatin1Char('.');
        else if (u == 0x066C) // Arabic thousands separator
            c = QLatin1Char(',');
    }
    return text;
}

QString timeOfDay(const QTime &time, const QLocale &)
{
    // Digits and colon only, the same in every language: no locale has a say.
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString timeWithSeconds(const QTime &time, const QLocale &)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return formatted(date, patternsOf(locale).shortDate, locale);
}

QString longDate(const QDate &date, const QLocale &locale)
{
    return formatted(date, patternsOf(locale).longDate, locale);
}

QString dateWithTime(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    return joined(longDate(at.date(), locale), timeOfDay(at.time()), locale);
}

QString dateWithSeconds(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    return joined(longDate(at.date(), locale), timeWithSeconds(at.time()), locale);
}

QString shortDateWithTime(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    return joined(shortDate(at.date(), locale), timeOfDay(at.time()), locale);
}

QString number(qint64 value, const QLocale &locale)
{
    return westernDigits(locale.toString(value));
}

} // namespace rostrum::DateText
