#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace rostrum {

// A language Rostrum speaks: the six official languages of the United Nations. The code is the
// one of the translation files (rostrum_zh_CN.qm) and of `--language`; the name is the
// language's own, as a menu of languages shows it to someone who reads only that one.
struct UiLanguage
{
    QString code;
    QString ownName;
};

// English first (the source), then the others in the UN's order: Arabic, Chinese, French,
// Russian, Spanish.
QList<UiLanguage> uiLanguages();

// The language asked for, as one of the six codes: "fr", "fr_CH", "fr_FR.UTF-8" and "fr-FR"
// are French, "zh", "zh_CN" and "zh_Hans" Chinese. Anything else (or "C", "POSIX") is nothing.
std::optional<QString> uiLanguageCode(const QString &requested);

// The language of the environment as a program's messages follow it: LANGUAGE (its first
// language Rostrum speaks), then LC_ALL, LC_MESSAGES and LANG. English when none of them names
// one of the six.
QString environmentUiLanguage();

// The locale that formats dates, times and numbers in that language. English is formatted as
// the United Nations writes it ("25 May 2023"), British style.
QLocale uiLocale(const QString &code);

} // namespace rostrum
