#pragma once

#include "bidi.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace rostrum::testing {

// The text a user sees for one of the code's strings, in the language the suite runs in: the
// context and the source exactly as the code writes them ("ChairWindow" for
// "rostrum::ChairWindow"). Tests compare with this, never with the English source, so that the
// same case passes in every language. `n` picks the plural form of a "%n" string.
inline QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(("rostrum::" + QByteArray(context)).constData(), source,
                                       nullptr, n);
}

// The same for a string the code tells apart by a disambiguation: tr("%1, %2", "speaker name,
// title").
inline QString translated(const char *context, const char *source, const char *disambiguation,
                          int n = -1)
{
    return QCoreApplication::translate(("rostrum::" + QByteArray(context)).constData(), source,
                                       disambiguation, n);
}

// The chair window's save status for the meeting at `path`: "All changes saved — %1",
// "⚠ NOT saved — %1", "⏳ Waiting to save — %1" or "Read only — %1".
inline QString saveStatus(const char *source, const QString &path)
{
    return translated("ChairWindow", source).arg(QDir::toNativeSeparators(path));
}

// A translated message with parts the test cannot know in advance (the core's reason for a
// refusal, a projected time): `filled` is the message with `anything()` in those parts. The text
// must be the message around and between them, wherever the language puts them.
inline QString anything()
{
    return QStringLiteral("\x1f");
}
inline bool fitsMessage(const QString &shown, const QString &filled)
{
    // The isolates that keep a time left to right in Arabic are not part of what is read.
    const QString text = bidi::withoutIsolates(shown);
    const QStringList known = filled.split(anything());
    if (known.size() == 1)
        return text == filled;
    if (!text.startsWith(known.first()) || !text.endsWith(known.last()))
        return false;
    qsizetype at = known.first().size();
    const qsizetype end = text.size() - known.last().size();
    for (qsizetype i = 1; i + 1 < known.size(); ++i) {
        at = text.indexOf(known[i], at + 1); // each unknown part says something
        if (at < 0 || at + known[i].size() > end)
            return false;
        at += known[i].size();
    }
    return at < end;
}

} // namespace rostrum::testing
