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
                    // The words are offered in the chair's language where a translation has them.
                    p.name = QCoreApplication::translate("rostrum::MeetingPreset",
                                                         p.name.toUtf8().constData());
                    p.why = QCoreApplication::translate("rostrum::MeetingPreset",
                                                        p.why.toUtf8().constData());
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

} // namespace rostrum
