#pragma once

#include <QJsonObject>
#include <QString>

namespace rostrum::web {

// Every word the pages show, translated here, in the .ts files with the rest of Rostrum, and sent
// to the pages by GET /api/strings: the pages hold English only as a fallback.
namespace PageStrings {
// {"lang": "fr", "dir": "ltr", "strings": {KEY: text}}. lang: one of the six (or a form of one,
// "fr-FR"); anything else is the program's own language.
QJsonObject forLanguage(const QString &lang);
} // namespace PageStrings

} // namespace rostrum::web
