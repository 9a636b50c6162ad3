#include "list/inscriptionrules.h"

#include "clock/timetext.h"
#include "list/speakerslist.h"
#include "list/textrules.h"

#include <algorithm>

namespace rostrum {

namespace {
bool sameName(const QString &a, const QString &b)
{
    return Directory::normalized(a) == Directory::normalized(b);
}

// The directory's name for a delegation typed as an alias ("UK", "US"), so that it is found in
// the meeting's lists whichever form either side uses.
QString canonicalName(const Directory &directory, const QString &name)
{
    const auto found = directory.find(name);
    return found ? found->name : name;
}

bool listed(const Directory &directory, const QStringList &names, const QString &name)
{
    const QString canonical = canonicalName(directory, name);
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
        return sameName(canonicalName(directory, n), canonical);
    });
}
} // namespace

QString InscriptionRules::validateDraft(const EntryDraft &draft, const Directory &directory,
                                        std::optional<Category> category)
{
    if (const QString why = TextRules::checkDraft(draft); !why.isEmpty())
        return why;
    const QString name = draft.delegation.trimmed();
    if (name.isEmpty())
        return tr("A delegation is required.");
    if (draft.allottedMs < 0)
        return tr("A time limit must be longer than zero.");
    if (draft.allottedMs > SpeakersList::kLongestLimitMs) {
        return tr("The time limit %1 is longer than 24 hours (%2), the longest a limit can be.")
            .arg(formatMinSec(draft.allottedMs), formatMinSec(SpeakersList::kLongestLimitMs));
    }
    if (!unLanguages().contains(draft.language.trimmed().toLower())) {
        return tr("“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).")
            .arg(draft.language);
    }
    if (draft.groupSize < 0)
        return tr("The group size cannot be negative.");
    if (category == Category::Group && draft.onBehalfOf.trimmed().isEmpty())
        return tr("A group statement needs the name of the group it is made on behalf of.");
    const bool freeText = category == Category::Briefer || category == Category::Other ||
                          category == Category::Organizer;
    if (!freeText && !directory.find(name)) {
        const QStringList near = directory.closest(name, 3);
        QString message = tr("“%1” is not in the directory of delegations.").arg(name);
        if (!near.isEmpty())
            message += QLatin1Char(' ') + tr("Did you mean %1?").arg(near.join(tr(", ")));
        message += QLatin1Char(' ') +
                   tr("For a briefer, an NGO or another non-State speaker, choose the category "
                      "briefer or other.");
        return message;
    }
    return {};
}

std::optional<Category> InscriptionRules::inferCategory(const EntryDraft &draft,
                                                        const Meeting &meeting,
                                                        const Directory &directory, QString *why)
{
    const QString name = draft.delegation.trimmed();
    QList<Category> qualifies;
    if (listed(directory, meeting.organizers, name))
        qualifies.append(Category::Organizer);
    if (listed(directory, meeting.council, name))
        qualifies.append(Category::Council);
    if (listed(directory, meeting.cosponsors, name))
        qualifies.append(Category::Cosponsor);
    if (!draft.onBehalfOf.trimmed().isEmpty() && draft.groupSize >= 2)
        qualifies.append(Category::Group);
    if (const auto found = directory.find(name)) {
        qualifies.append(found->kind == Directory::Kind::MemberState ? Category::Member
                                                                     : Category::Observer);
    }
    if (qualifies.isEmpty()) {
        if (why) {
            *why = tr("“%1” is not in the directory of delegations, so its category cannot be "
                      "inferred. Choose the category (briefer or other for non-State speakers).")
                       .arg(name);
        }
        return std::nullopt;
    }
    // A delegation keeps the highest tier it qualifies for.
    return *std::min_element(qualifies.cbegin(), qualifies.cend(), [&](Category a, Category b) {
        return meeting.tierIndex(tierOf(a, draft.groupSize)) <
               meeting.tierIndex(tierOf(b, draft.groupSize));
    });
}

Entry InscriptionRules::entryFromDraft(const EntryDraft &draft, Category category, qint64 nowMs,
                                       const Meeting &meeting, const Directory &directory)
{
    Entry e;
    e.delegation = draft.delegation.trimmed();
    if (const auto found = directory.find(e.delegation))
        e.delegation = found->name;
    e.speaker = draft.speaker.trimmed();
    e.title = draft.title.trimmed();
    e.level = draft.level;
    e.category = category;
    e.onBehalfOf = draft.onBehalfOf.trimmed();
    e.groupSize = e.onBehalfOf.isEmpty() ? 0 : draft.groupSize;
    e.language = draft.language.trimmed().toLower();
    e.inscribedAtMs = draft.inscribedAtMs > 0 ? draft.inscribedAtMs : nowMs;
    const qint64 deadline = meeting.deadlineUtcMs();
    e.late = deadline > 0 && e.inscribedAtMs > deadline;
    e.allottedMs =
        draft.allottedMs > 0 ? draft.allottedMs : qint64(meeting.limitFor(category)) * 1000;
    e.notes = draft.notes;
    return e;
}

bool InscriptionRules::speaksAsPerson(Category c)
{
    return c == Category::Briefer || c == Category::Other;
}

bool InscriptionRules::sameInscription(const Entry &a, const Entry &b)
{
    if (!sameName(a.delegation, b.delegation) ||
        speaksAsPerson(a.category) != speaksAsPerson(b.category))
        return false;
    return speaksAsPerson(a.category) ? sameName(a.speaker, b.speaker)
                                      : sameName(a.onBehalfOf, b.onBehalfOf);
}

std::optional<QString> InscriptionRules::duplicateOf(const Entry &candidate,
                                                     const SpeakersList &list)
{
    // Rule 9: a point of order or a reply is never the same inscription as a statement.
    if (candidate.kind != EntryKind::Statement)
        return std::nullopt;
    // The candidate's name is folded once, and looked up: an import checks every row against
    // the list. Its other name is compared only where the delegation matches.
    // Only the entries of the same delegation are looked at, in the order of their ids, so the
    // entry named is the same whatever order the list is held in.
    QList<qint64> ids = list.idsOfDelegation(Directory::normalized(candidate.delegation));
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : ids) {
        const Entry &e = *list.find(id);
        if (e.id == candidate.id || e.status == Status::Withdrawn || e.status == Status::Absent ||
            e.kind != EntryKind::Statement)
            continue;
        if (!sameInscription(e, candidate))
            continue;
        const int position = list.positionOf(e.id);
        const QString where =
            position > 0 ? tr("no. %1 on the list").arg(position) : statusName(e.status).toLower();
        if (speaksAsPerson(candidate.category)) {
            return tr("%1 is already inscribed (entry #%2, %3). The same speaker cannot be "
                      "inscribed twice.")
                .arg(SpeakersList::describe(e))
                .arg(e.id)
                .arg(where);
        }
        if (candidate.onBehalfOf.trimmed().isEmpty()) {
            return tr("%1 is already inscribed in its national capacity (entry #%2, %3). A "
                      "delegation may speak once nationally and once on behalf of a group.")
                .arg(SpeakersList::describe(e))
                .arg(e.id)
                .arg(where);
        }
        return tr("%1 is already inscribed on behalf of %2 (entry #%3, %4).")
            .arg(SpeakersList::describe(e), e.onBehalfOf)
            .arg(e.id)
            .arg(where);
    }
    return std::nullopt;
}

} // namespace rostrum
