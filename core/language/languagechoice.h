#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace rostrum {

// The language a program speaks, and where it came from: the first of the command line's
// `--language xx`, the language the console saved (View → Language), and the environment
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). A `--language` Rostrum does not speak is an error, said
// in the language of the environment; a saved one it no longer speaks is passed over.
struct LanguageChoice
{
    QString code;
    QString error; // empty unless --language named a language Rostrum does not speak
};

LanguageChoice chooseUiLanguage(const std::optional<QString> &commandLine, const QString &saved);

// The value of `--language xx` or `--language=xx` among the arguments (before a lone "--"), and
// the arguments without it. A `--language` with no value gives an empty value.
struct LanguageOption
{
    std::optional<QString> value;
    QStringList rest;
};
LanguageOption takeLanguageOption(const QStringList &arguments);

// "ar, en, es, fr, ru, zh": the codes `--language` takes, for messages and help.
QString spokenLanguageCodes();

} // namespace rostrum
