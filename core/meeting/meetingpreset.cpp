#include "meeting/meetingpreset.h"

#include "clock/timetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

// As in directory.cpp: the resources of a static library are registered by hand (registering
// them twice is harmless).
static void registerPresetResources()
{
    Q_INIT_RESOURCE(core_resources);
}

namespace rostrum {

namespace {
Q_LOGGING_CATEGORY(lcPresets, "rostrum.presets")

// resources/presets/*.json are written in English, and lupdate reads no JSON: their names,
// reasons and headings are listed here for the translators, in the contexts they are looked
// up in (the headings in the documents' own). A test keeps this list and the files in step.
const char *const kPresetWords[] = {
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset", "Security Council, Arria-formula"),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset",
                      "The rules of the list of the seed meeting (25 May 2023): the opening, "
                      "the briefers, the Council, then co-sponsors and groups, Member States, "
                      "observers and others; 3 minutes per intervention, as its concept note "
                      "asked of every speaker."),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset", "Security Council, open debate"),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset",
                      "The briefers, then the members of the Council, then the other Member "
                      "States and observers. The Council's note on its working methods "
                      "(S/2017/507) asks for concise statements, and concept notes of open "
                      "debates commonly ask speakers to keep to four minutes, the default "
                      "here. Briefers are given 10 minutes, a common allowance rather than a "
                      "rule: set it to what the concept note says."),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset", "General Assembly plenary"),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset",
                      "Statements on behalf of groups come first, then Member States, then "
                      "observers, as in the Assembly's plenary debates. Presidents of the "
                      "Assembly usually ask 5 minutes of a Member State speaking for itself; "
                      "statements for a group are given 7 minutes and observers 3, common "
                      "practice that each President confirms."),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset", "Conference or committee"),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset",
                      "A neutral start for a conference, a committee or a working group: "
                      "groups first, then States, observers and others, 5 minutes each and 7 "
                      "for a group. There is no heading to guess: type the body's name, so "
                      "that no document says the wrong one."),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset", "Model UN committee"),
    QT_TRANSLATE_NOOP("rostrum::MeetingPreset",
                      "The speakers' list of a Model UN committee: 1 minute 30 seconds each, "
                      "the usual default of Model UN rules of procedure (most conferences set "
                      "60 to 90 seconds), with the warning 15 seconds before the end; guest "
                      "speakers 5 minutes. A delegate absent when called loses the place, as "
                      "the chair moves on."),
};
const char *const kHeadingWords[] = {
    // The Arria-formula heading is listed in meeting.cpp, for files migrated from format 3.
    "United Nations Security Council Arria-formula meeting",
    QT_TRANSLATE_NOOP("rostrum::MeetingHeading", "United Nations Security Council open debate"),
    QT_TRANSLATE_NOOP("rostrum::MeetingHeading", "United Nations General Assembly plenary meeting"),
    QT_TRANSLATE_NOOP("rostrum::MeetingHeading", "Model United Nations"),
};

// The order they are offered in: the meeting Rostrum was born from first.
const char *const kKeys[] = {"unsc-arria", "unsc-open-debate", "ga-plenary", "conference",
                             "model-un"};

std::optional<int> limitOf(const QJsonValue &value)
{
    const auto ms = parseMinSecToMs(value.toString());
    if (!ms || *ms <= 0 || *ms % 1000 != 0)
        return std::nullopt;
    return int(*ms / 1000);
}
} // namespace

Meeting MeetingPreset::appliedTo(Meeting meeting) const
{
    meeting.heading = heading;
    meeting.tierOrder = tierOrder;
    meeting.defaultLimitSeconds = defaultLimitSeconds;
    meeting.limitSeconds = limitSeconds;
    meeting.warningSeconds = warningSeconds;
    meeting.absentRule = absentRule;
    return meeting;
}

MeetingPreset MeetingPreset::fromJson(const QString &key, const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return MeetingPreset();
    };
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError)
        return fail(parse.errorString());
    MeetingPreset p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.heading = o.value(QStringLiteral("heading")).toString();
    p.why = o.value(QStringLiteral("why")).toString();
    if (p.name.isEmpty() || !o.value(QStringLiteral("heading")).isString())
        return fail(QStringLiteral("a name and a heading are needed"));
    for (const QJsonValue &t : o.value(QStringLiteral("tier_order")).toArray()) {
        const auto tier = tierFromKey(t.toString());
        if (!tier || p.tierOrder.contains(*tier))
            return fail(QStringLiteral("tier_order: “%1”").arg(t.toString()));
        p.tierOrder.append(*tier);
    }
    if (p.tierOrder.size() != allTiers().size())
        return fail(QStringLiteral("tier_order must name every tier once"));
    const auto defaultLimit = limitOf(o.value(QStringLiteral("default_limit")));
    if (!defaultLimit)
        return fail(QStringLiteral("default_limit must be M:SS"));
    p.defaultLimitSeconds = *defaultLimit;
    const QJsonObject limits = o.value(QStringLiteral("limits")).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const auto category = categoryFromKey(it.key());
        const auto seconds = limitOf(it.value());
        if (!category || !seconds)
            return fail(QStringLiteral("limits: “%1”").arg(it.key()));
        p.limitSeconds.insert(*category, *seconds);
    }
    p.warningSeconds = o.value(QStringLiteral("warning_s")).toInt(-1);
    if (p.warningSeconds < 0)
        return fail(QStringLiteral("warning_s must be a number of seconds"));
    const auto rule = absentRuleFromKey(o.value(QStringLiteral("absent_rule")).toString());
    if (!rule)
        return fail(QStringLiteral("absent_rule: “%1”")
                        .arg(o.value(QStringLiteral("absent_rule")).toString()));
    p.absentRule = *rule;
    p.key = key;
    return p;
}

const QList<MeetingPreset> &MeetingPreset::builtIn()
{
    static const QList<MeetingPreset> presets = [] {
        registerPresetResources();
        QList<MeetingPreset> all;
        for (const char *key : kKeys) {
            const QString name = QString::fromLatin1(key);
            QFile file(QStringLiteral(":/rostrum/presets/%1.json").arg(name));
            QString error = file.errorString();
            if (file.open(QIODevice::ReadOnly)) {
                MeetingPreset p = fromJson(name, file.readAll(), &error);
                if (!p.key.isEmpty()) {
                    all.append(p);
                    continue;
                }
            }
            qCWarning(lcPresets) << "the preset" << name << "cannot be read:" << error;
        }
        return all;
    }();
    return presets;
}

QString MeetingPreset::shownName() const
{
    return QCoreApplication::translate("rostrum::MeetingPreset", name.toUtf8().constData());
}

QString MeetingPreset::shownWhy() const
{
    return QCoreApplication::translate("rostrum::MeetingPreset", why.toUtf8().constData());
}

QStringList MeetingPreset::wordsForTranslators()
{
    QStringList words;
    for (const char *w : kPresetWords)
        words.append(QString::fromUtf8(w));
    for (const char *w : kHeadingWords)
        words.append(QString::fromUtf8(w));
    return words;
}

} // namespace rostrum
