#include "meeting/categories.h"

#include <QCoreApplication>

namespace rostrum {

namespace {
template <typename E> struct KeyTable
{
    E value;
    const char *key;
};

constexpr KeyTable<Category> kCategoryKeys[] = {
    {Category::Organizer, "organizer"}, {Category::Briefer, "briefer"},
    {Category::Council, "council"},     {Category::Cosponsor, "cosponsor"},
    {Category::Group, "group"},         {Category::Member, "member"},
    {Category::Observer, "observer"},   {Category::Other, "other"},
};
constexpr KeyTable<Tier> kTierKeys[] = {
    {Tier::Opening, "opening"},   {Tier::Briefers, "briefers"}, {Tier::Council, "council"},
    {Tier::Priority, "priority"}, {Tier::Members, "members"},   {Tier::Observers, "observers"},
    {Tier::Others, "others"},
};
constexpr KeyTable<Status> kStatusKeys[] = {
    {Status::Waiting, "waiting"}, {Status::Speaking, "speaking"},   {Status::Spoke, "spoke"},
    {Status::Absent, "absent"},   {Status::Withdrawn, "withdrawn"},
};
constexpr KeyTable<Level> kLevelKeys[] = {
    {Level::HeadOfStateOrGovernment, "head"}, {Level::Minister, "minister"},
    {Level::PermanentRepresentative, "pr"},   {Level::Deputy, "deputy"},
    {Level::ChargeDAffaires, "charge"},       {Level::Other, "other"},
};
constexpr KeyTable<AbsentRule> kAbsentKeys[] = {
    {AbsentRule::EndOfTier, "end-of-tier"},
    {AbsentRule::EndOfList, "end-of-list"},
    {AbsentRule::Remove, "remove"},
};

template <typename E, std::size_t N> QString keyOf(const KeyTable<E> (&table)[N], E value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const KeyTable<E> (&table)[N], const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto &row : table) {
        if (wanted == QLatin1String(row.key))
            return row.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const KeyTable<E> (&table)[N])
{
    QList<E> out;
    for (const auto &row : table)
        out.append(row.value);
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("rostrum::Categories", text);
}
} // namespace

Tier tierOf(Category category, int groupSize)
{
    switch (category) {
    case Category::Organizer:
        return Tier::Opening;
    case Category::Briefer:
        return Tier::Briefers;
    case Category::Council:
        return Tier::Council;
    case Category::Cosponsor:
        return Tier::Priority;
    case Category::Group:
        // A "group" of one delegation is a national statement in all but name.
        return groupSize >= 2 ? Tier::Priority : Tier::Members;
    case Category::Member:
        return Tier::Members;
    case Category::Observer:
        return Tier::Observers;
    case Category::Other:
        return Tier::Others;
    }
    return Tier::Others;
}

QList<Tier> defaultTierOrder()
{
    return valuesOf(kTierKeys);
}
QList<Category> allCategories()
{
    return valuesOf(kCategoryKeys);
}
QList<Tier> allTiers()
{
    return valuesOf(kTierKeys);
}
QList<Level> allLevels()
{
    return valuesOf(kLevelKeys);
}

QString categoryKey(Category c)
{
    return keyOf(kCategoryKeys, c);
}
std::optional<Category> categoryFromKey(const QString &key)
{
    return valueOf(kCategoryKeys, key);
}
QString tierKey(Tier t)
{
    return keyOf(kTierKeys, t);
}
std::optional<Tier> tierFromKey(const QString &key)
{
    return valueOf(kTierKeys, key);
}
QString statusKey(Status s)
{
    return keyOf(kStatusKeys, s);
}
std::optional<Status> statusFromKey(const QString &key)
{
    return valueOf(kStatusKeys, key);
}
QString levelKey(Level l)
{
    return keyOf(kLevelKeys, l);
}
std::optional<Level> levelFromKey(const QString &key)
{
    return valueOf(kLevelKeys, key);
}
QString absentRuleKey(AbsentRule r)
{
    return keyOf(kAbsentKeys, r);
}
std::optional<AbsentRule> absentRuleFromKey(const QString &key)
{
    return valueOf(kAbsentKeys, key);
}

QString categoryName(Category c)
{
    switch (c) {
    case Category::Organizer:
        return tr("Organizer");
    case Category::Briefer:
        return tr("Briefer");
    case Category::Council:
        return tr("Council member");
    case Category::Cosponsor:
        return tr("Co-sponsor");
    case Category::Group:
        return tr("Group statement");
    case Category::Member:
        return tr("Member State");
    case Category::Observer:
        return tr("Observer");
    case Category::Other:
        return tr("Other");
    }
    return {};
}

QString tierName(Tier t)
{
    switch (t) {
    case Tier::Opening:
        return tr("Opening");
    case Tier::Briefers:
        return tr("Briefers");
    case Tier::Council:
        return tr("Council members");
    case Tier::Priority:
        return tr("Co-sponsors and groups");
    case Tier::Members:
        return tr("Member States");
    case Tier::Observers:
        return tr("Observers");
    case Tier::Others:
        return tr("Others");
    }
    return {};
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Waiting:
        return tr("Waiting");
    case Status::Speaking:
        return tr("Speaking");
    case Status::Spoke:
        return tr("Spoke");
    case Status::Absent:
        return tr("Absent");
    case Status::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString levelName(Level l)
{
    switch (l) {
    case Level::HeadOfStateOrGovernment:
        return tr("Head of State or Government");
    case Level::Minister:
        return tr("Minister");
    case Level::PermanentRepresentative:
        return tr("Permanent Representative");
    case Level::Deputy:
        return tr("Deputy Permanent Representative");
    case Level::ChargeDAffaires:
        return tr("Chargé d'affaires");
    case Level::Other:
        return tr("Other");
    }
    return {};
}

QString absentRuleName(AbsentRule r)
{
    switch (r) {
    case AbsentRule::EndOfTier:
        return tr("Move to the end of their tier");
    case AbsentRule::EndOfList:
        return tr("Move to the end of the list");
    case AbsentRule::Remove:
        return tr("Take off the list");
    }
    return {};
}

QList<QString> unLanguages()
{
    return {QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("en"),
            QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("ar"))
        return tr("Arabic");
    if (code == QLatin1String("zh"))
        return tr("Chinese");
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("fr"))
        return tr("French");
    if (code == QLatin1String("ru"))
        return tr("Russian");
    if (code == QLatin1String("es"))
        return tr("Spanish");
    return code;
}

} // namespace rostrum
