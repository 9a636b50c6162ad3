#include "console.h"

#include "list/textrules.h"

#include <cstdio>

namespace rostrum::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString shown(const QString &text)
{
    return TextRules::visible(text);
}

namespace {
QString &languageCode()
{
    static QString code = QStringLiteral("en");
    return code;
}
} // namespace

QString cliLanguage()
{
    return languageCode();
}

void setCliLanguage(const QString &code)
{
    languageCode() = code;
}

void printError(const QString &message)
{
    // Scripts read one line per error; messages from SQLite may carry line breaks of their own.
    QString line = message;
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    out().flush();
    err() << QStringLiteral("rostrum-cli: ") << shown(line.trimmed()) << Qt::endl;
}

} // namespace rostrum::cli
