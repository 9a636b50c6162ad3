#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace rostrum {

// Why a speaker is on the list. The category decides the tier, and so the place in the order.
enum class Category
{
    Organizer,
    Briefer,
    Council,
    Cosponsor,
    Group,
    Member,
    Observer,
    Other
};

// The blocks of the running order, in the default order of the rules of the list.
enum class Tier
{
    Opening,
    Briefers,
    Council,
    Priority,
    Members,
    Observers,
    Others
};

enum class Status
{
    Waiting,
    Speaking,
    Spoke,
    Absent,
    Withdrawn,
    // Stopped by a point of order: the floor comes back to them, paused, when it is closed.
    Interrupted
};

enum class Level
{
    HeadOfStateOrGovernment,
    Minister,
    PermanentRepresentative,
    Deputy,
    ChargeDAffaires,
    Other
};

// What happens to a speaker who is absent when called.
enum class AbsentRule
{
    EndOfTier,
    EndOfList,
    Remove
};

// Co-sponsors and statements for a group of two or more delegations share the priority tier.
Tier tierOf(Category category, int groupSize);
QList<Tier> defaultTierOrder();
QList<Category> allCategories();
QList<Tier> allTiers();
QList<Level> allLevels();

// Stable keys, used in the file, the CLI and CSV. Never translated.
QString categoryKey(Category c);
std::optional<Category> categoryFromKey(const QString &key);
QString tierKey(Tier t);
std::optional<Tier> tierFromKey(const QString &key);
QString statusKey(Status s);
std::optional<Status> statusFromKey(const QString &key);
QString levelKey(Level l);
std::optional<Level> levelFromKey(const QString &key);
QString absentRuleKey(AbsentRule r);
std::optional<AbsentRule> absentRuleFromKey(const QString &key);

// Names for people, translated.
QString categoryName(Category c);
QString tierName(Tier t);
QString statusName(Status s);
QString levelName(Level l);
QString absentRuleName(AbsentRule r);

// The six official languages of the United Nations, as ISO 639-1 codes.
QList<QString> unLanguages();
QString languageName(const QString &code);

} // namespace rostrum
