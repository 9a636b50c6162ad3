#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace rostrum::DateText {

// Dates, times and numbers as a reader of one of the six languages expects them, for the
// console, the command line's text and the documents. Month and day names come from the
// locale, the order of the parts is the one each language writes, and the time of day is on
// the 24-hour clock in every language.
//
// Digits are Western (0-9) in every language, Arabic included, as the United Nations' Arabic
// documents write them (Qt's Arabic locale would write Arabic-Indic digits): a time read off
// the console is the time on the countdown, on the room's screens and in the documents.
//
// The console and the command line pass nothing and get the default locale, set at start to
// the program's language; a document passes the locale of its own language.
// Files for machines (JSON, CSV) never use these: they write ISO 8601.

// "16:12".
QString timeOfDay(const QTime &time, const QLocale &locale = QLocale());
// "16:12:05".
QString timeWithSeconds(const QTime &time, const QLocale &locale = QLocale());
// A day of this year's meeting, without the year: "25 May", "25 mai", "5月25日", "25 مايو".
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
// "25 May 2023", "25 de mayo de 2023", "25 мая 2023 г.", "2023年5月25日", "25 مايو 2023".
QString longDate(const QDate &date, const QLocale &locale = QLocale());
// The long date and the time of day: "25 May 2023, 16:12", "2023年5月25日 16:12".
QString dateWithTime(const QDateTime &at, const QLocale &locale = QLocale());
// The same with the seconds, for the journal: "25 May 2023, 16:12:05".
QString dateWithSeconds(const QDateTime &at, const QLocale &locale = QLocale());
// The short date and the time of day: "25 May, 16:12", "5月25日 16:12".
QString shortDateWithTime(const QDateTime &at, const QLocale &locale = QLocale());
// A count with the language's grouping, in Western digits: "1,234", "1 234".
QString number(qint64 value, const QLocale &locale = QLocale());

// The text with any Arabic-Indic or Persian digit, decimal or group separator written the
// Western way: "١٦:١٢" is "16:12".
QString westernDigits(QString text);

} // namespace rostrum::DateText
