#include "statementlanguage.h"

#include <QCoreApplication>

namespace rostrum {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::StatementLanguage)
};
} // namespace

QString statementLanguageMark(const QString &code)
{
    // The booths know the languages by their ISO codes, the same in every language of the
    // console.
    return code.toLower();
}

QString statementLanguagePhrase(const QString &code)
{
    if (code == QLatin1String("ar"))
        return Tr::tr("Statement in Arabic");
    if (code == QLatin1String("zh"))
        return Tr::tr("Statement in Chinese");
    if (code == QLatin1String("en"))
        return Tr::tr("Statement in English");
    if (code == QLatin1String("fr"))
        return Tr::tr("Statement in French");
    if (code == QLatin1String("ru"))
        return Tr::tr("Statement in Russian");
    if (code == QLatin1String("es"))
        return Tr::tr("Statement in Spanish");
    if (code.isEmpty())
        return {};
    return Tr::tr("Statement in the language “%1”").arg(code);
}

} // namespace rostrum
