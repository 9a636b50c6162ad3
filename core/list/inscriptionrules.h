#pragma once

#include "meeting/categories.h"
#include "meeting/directory.h"
#include "meeting/entry.h"
#include "meeting/meeting.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace rostrum {

class SpeakersList;

// Who may be inscribed, as what, and what counts as the same inscription twice (rules 1, 2, 5
// and 6 of docs/RULES.md). The list and the import of a file judge an inscription by these
// same rules, so a row of a file is refused exactly when the same inscription typed in would be.
class InscriptionRules final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::InscriptionRules)

public:
    InscriptionRules() = delete;

    // Why a draft cannot be inscribed as it stands (empty when it can): the delegation, the
    // language, the group. category is the one the draft asks for, if any.
    static QString validateDraft(const EntryDraft &draft, const Directory &directory,
                                 std::optional<Category> category);

    // Rule 1: the category a delegation would get if none is given; the highest tier it
    // qualifies for. Empty optional with a message when it cannot be inferred.
    static std::optional<Category> inferCategory(const EntryDraft &draft, const Meeting &meeting,
                                                 const Directory &directory, QString *why);

    // The entry a draft inscribes at nowMs (unless the draft says when): the directory's name
    // for the delegation, the late mark of rule 2, the limit of rule 6. No id, no place yet.
    static Entry entryFromDraft(const EntryDraft &draft, Category category, qint64 nowMs,
                                const Meeting &meeting, const Directory &directory);

    // Rule 5: briefers and other non-State speakers are told apart by the person; States by
    // capacity.
    static bool speaksAsPerson(Category c);
    // Rule 5: the same delegation in the same capacity (or the same person, for a speaker who
    // speaks as a person).
    static bool sameInscription(const Entry &a, const Entry &b);
    // Rule 5: why `candidate` would duplicate an inscription still on `list`, naming where the
    // one already there stands; empty when it would not.
    static std::optional<QString> duplicateOf(const Entry &candidate, const SpeakersList &list);
};

} // namespace rostrum
