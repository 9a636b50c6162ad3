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
    {Status::Waiting, "waiting"},     {Status::Speaking, "speaking"},
    {Status::Spoke, "spoke"},         {Status::Absent, "absent"},
    {Status::Withdrawn, "withdrawn"}, {Status::Interrupted, "interrupted"},
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

// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::Categories)
};
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
        return Tr::tr("Organizer");
    case Category::Briefer:
        return Tr::tr("Briefer");
    case Category::Council:
        return Tr::tr("Council member");
    case Category::Cosponsor:
        return Tr::tr("Co-sponsor");
    case Category::Group:
        return Tr::tr("Group statement");
    case Category::Member:
        return Tr::tr("Member State");
    case Category::Observer:
        return Tr::tr("Observer");
    case Category::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString tierName(Tier t)
{
    switch (t) {
    case Tier::Opening:
        return Tr::tr("Opening");
    case Tier::Briefers:
        return Tr::tr("Briefers");
    case Tier::Council:
        return Tr::tr("Council members");
    case Tier::Priority:
        return Tr::tr("Co-sponsors and groups");
    case Tier::Members:
        return Tr::tr("Member States");
    case Tier::Observers:
        return Tr::tr("Observers");
    case Tier::Others:
        return Tr::tr("Others");
    }
    return {};
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Waiting:
        return Tr::tr("Waiting");
    case Status::Speaking:
        return Tr::tr("Speaking");
    case Status::Spoke:
        return Tr::tr("Spoke");
    case Status::Absent:
        return Tr::tr("Absent");
    case Status::Withdrawn:
        return Tr::tr("Withdrawn");
    case Status::Interrupted:
        return Tr::tr("Interrupted");
    }
    return {};
}

QString levelName(Level l)
{
    switch (l) {
    case Level::HeadOfStateOrGovernment:
        return Tr::tr("Head of State or Government");
    case Level::Minister:
        return Tr::tr("Minister");
    case Level::PermanentRepresentative:
        return Tr::tr("Permanent Representative");
    case Level::Deputy:
        return Tr::tr("Deputy Permanent Representative");
    case Level::ChargeDAffaires:
        return Tr::tr("Chargé d'affaires");
    case Level::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString absentRuleName(AbsentRule r)
{
    switch (r) {
    case AbsentRule::EndOfTier:
        return Tr::tr("Move to the end of their tier");
    case AbsentRule::EndOfList:
        return Tr::tr("Move to the end of the list");
    case AbsentRule::Remove:
        return Tr::tr("Take off the list");
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
        return Tr::tr("Arabic");
    if (code == QLatin1String("zh"))
        return Tr::tr("Chinese");
    if (code == QLatin1String("en"))
        return Tr::tr("English");
    if (code == QLatin1String("fr"))
        return Tr::tr("French");
    if (code == QLatin1String("ru"))
        return Tr::tr("Russian");
    if (code == QLatin1String("es"))
        return Tr::tr("Spanish");
    return code;
}

} // namespace rostrum
