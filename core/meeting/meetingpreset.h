#pragma once

#include "meeting/meeting.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rostrum {

// A kind of meeting a new meeting can start from: the order of the tiers, the time limits, the
// warning, the absent rule and the heading of its documents, with the reasons for them. The
// facts live in resources/presets/*.json, one file a kind, so that they read as a secretariat
// would check them.
struct MeetingPreset
{
    QString key;  // the file's name: "ga-plenary"
    QString name; // "General Assembly plenary"
    QString heading;
    QString why; // where the limits and the order come from, for the chair to judge
    QList<Tier> tierOrder;
    int defaultLimitSeconds = 180;
    QMap<Category, int> limitSeconds;
    int warningSeconds = 30;
    AbsentRule absentRule = AbsentRule::EndOfTier;

    // The meeting with this kind's order, limits, warning, absent rule and heading; its title,
    // schedule and delegations as they were.
    Meeting appliedTo(Meeting meeting) const;

    // The name and the reasons in the language of the console, for the chair to choose from;
    // `name` and `why` stay the English of the file.
    QString shownName() const;
    QString shownWhy() const;
    // Every name, reason and heading of the presets as lupdate finds them, in English.
    static QStringList wordsForTranslators();

    // The presets shipped with Rostrum, in the order they are offered, in English.
    static const QList<MeetingPreset> &builtIn();
    // Reads one preset's JSON; empty key when the text is not a whole, valid preset.
    static MeetingPreset fromJson(const QString &key, const QByteArray &json, QString *error);
};

} // namespace rostrum
