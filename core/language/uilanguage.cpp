#include "uilanguage.h"

#include <QRegularExpression>

namespace rostrum {

QList<UiLanguage> uiLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

std::optional<QString> uiLanguageCode(const QString &requested)
{
    // Only the language part counts: the territory, the script and the encoding do not.
    static const QRegularExpression separators(QStringLiteral("[_\\-.@]"));
    const QString language = requested.trimmed().section(separators, 0, 0).toLower();
    if (language == QLatin1String("zh"))
        return QStringLiteral("zh_CN");
    for (const UiLanguage &l : uiLanguages()) {
        if (l.code == language)
            return l.code;
    }
    return std::nullopt;
}

QString environmentUiLanguage()
{
    // GNU's LANGUAGE is a list of preferences, and is only read when a locale is set at all.
    const QString all = qEnvironmentVariable("LC_ALL");
    const QString messages = qEnvironmentVariable("LC_MESSAGES");
    const QString lang = qEnvironmentVariable("LANG");
    const QString effective = !all.isEmpty() ? all : !messages.isEmpty() ? messages : lang;
    if (!effective.isEmpty() && effective != QLatin1String("C") &&
        effective != QLatin1String("POSIX")) {
        const QStringList preferred =
            qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &p : preferred) {
            if (const auto code = uiLanguageCode(p))
                return *code;
        }
    }
    return uiLanguageCode(effective).value_or(QStringLiteral("en"));
}

QLocale uiLocale(const QString &code)
{
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(code);
}

} // namespace rostrum
