#pragma once

#include <QString>

namespace rostrum {

// The language a statement is delivered in, as the interpreters' booths read it: the code as a
// short mark ("es"), and a whole phrase ("Statement in Spanish"). The phrase is written whole
// for each language, never assembled, since many languages decline the name of a language
// ("на испанском языке", "en espagnol").
QString statementLanguageMark(const QString &code);
QString statementLanguagePhrase(const QString &code);

} // namespace rostrum
