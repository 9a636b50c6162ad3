// The duplicate check looks only at the entries of the candidate's delegation, through an index
// the list keeps up to date as changes apply (docs/BENCHMARKS.md, import at scale). An edit that
// changes a delegation, a removal, an undo and a reload must each leave it telling the truth.

#include "corehelpers.h"

using namespace rostrum;
using namespace rostrum::testing;

namespace {
EntryDraft person(const QString &delegation, const QString &speaker)
{
    EntryDraft d;
    d.delegation = delegation;
    d.speaker = speaker;
    return d;
}
} // namespace

TEST_CASE("The duplicate check follows edits, removals, undo and reloads", "[inscription][import]")
{
    TempMeeting tm;
    auto s = tm.createEmpty();
    const auto latvia = s->add(person(QStringLiteral("Latvia"), QStringLiteral("Andris Kalniņš")));
    REQUIRE_DONE(latvia);
    CHECK_FALSE(s->add(person(QStringLiteral("latvia"), QStringLiteral("ANDRIS KALNIŅŠ"))).ok);

    // The entry now speaks for Estonia: Latvia is free, Estonia is not.
    REQUIRE_DONE(s->edit(latvia.entryId,
                         person(QStringLiteral("Estonia"), QStringLiteral("Andris Kalniņš"))));
    CHECK_FALSE(s->add(person(QStringLiteral("Estonia"), QStringLiteral("Andris Kalniņš"))).ok);
    const auto again = s->add(person(QStringLiteral("Latvia"), QStringLiteral("Andris Kalniņš")));
    REQUIRE_DONE(again);

    // Undone, the second inscription is gone and Latvia is free again.
    REQUIRE_DONE(s->undo());
    CHECK(s->list().find(again.entryId) == nullptr);
    REQUIRE_DONE(s->add(person(QStringLiteral("Latvia"), QStringLiteral("Andris Kalniņš"))));

    // Removed, Estonia's entry no longer counts.
    REQUIRE_DONE(s->remove(latvia.entryId));
    REQUIRE_DONE(s->add(person(QStringLiteral("Estonia"), QStringLiteral("Andris Kalniņš"))));

    // Read again from the file: the same answers.
    s.reset();
    auto reopened = tm.reopen();
    REQUIRE(reopened);
    CHECK_FALSE(
        reopened->add(person(QStringLiteral("Estonia"), QStringLiteral("Andris Kalniņš"))).ok);
    CHECK_FALSE(
        reopened->add(person(QStringLiteral("Latvia"), QStringLiteral("Andris Kalniņš"))).ok);
    // A delegation speaks once in its national capacity, whoever speaks for it.
    CHECK_FALSE(reopened->add(person(QStringLiteral("Latvia"), QStringLiteral("Other Person"))).ok);
}
