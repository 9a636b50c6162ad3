#pragma once

#include <QChar>
#include <QString>

// Text that runs in its own direction inside a line of the other. A console in Arabic lays its
// lines out right to left, and a duration inside one ("+0:23", "+18 min", "15:00–17:30") must
// still read left to right: without an isolate its sign and its parts are reordered ("0:23+").
namespace rostrum::bidi {

// Always left to right: a duration, a time, a range of times, the name of a key.
inline QString leftToRight(const QString &run)
{
    return QChar(0x2066) + run + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE
}

// In the direction of its own first letter: a whole line whose language may not be the
// console's (an English word not yet translated, a name in Latin letters in Arabic).
inline QString ownDirection(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
}

// The text without its isolates, as a reader (or a test) compares it.
inline QString withoutIsolates(QString text)
{
    text.remove(QChar(0x2066)).remove(QChar(0x2067)).remove(QChar(0x2068)).remove(QChar(0x2069));
    return text;
}

} // namespace rostrum::bidi
