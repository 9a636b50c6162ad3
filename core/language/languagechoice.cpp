#include "languagechoice.h"

#include "uilanguage.h"

#include <QCoreApplication>

namespace rostrum {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::LanguageChoice)
};
} // namespace

QString spokenLanguageCodes()
{
    return QStringLiteral("ar, en, es, fr, ru, zh");
}

LanguageChoice chooseUiLanguage(const std::optional<QString> &commandLine, const QString &saved)
{
    if (commandLine) {
        if (const auto code = uiLanguageCode(*commandLine))
            return {*code, {}};
        return {environmentUiLanguage(),
                Tr::tr("--language “%1” is not a language Rostrum speaks; it speaks %2")
                    .arg(*commandLine, spokenLanguageCodes())};
    }
    if (const auto code = uiLanguageCode(saved))
        return {*code, {}};
    return {environmentUiLanguage(), {}};
}

LanguageOption takeLanguageOption(const QStringList &arguments)
{
    LanguageOption found;
    const QString name = QStringLiteral("--language");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            found.rest.append(arguments.mid(i));
            break;
        }
        if (a == name) {
            found.value = i + 1 < arguments.size() ? arguments.at(++i) : QString();
        } else if (a.startsWith(name + QLatin1Char('='))) {
            found.value = a.mid(name.size() + 1);
        } else {
            found.rest.append(a);
        }
    }
    return found;
}

} // namespace rostrum
