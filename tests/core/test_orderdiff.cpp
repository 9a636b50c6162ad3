#include "corehelpers.h"
#include "list/orderdiff.h"

#include <QHash>
#include <QRandomGenerator>
#include <algorithm>

using namespace rostrum;

namespace {

// Replays the steps the way an item model announces them, checking each index as it goes.
QVector<qint64> applied(QVector<qint64> list, const QVector<OrderEdit> &edits)
{
    for (const OrderEdit &e : edits) {
        switch (e.kind) {
        case OrderEdit::Kind::Remove:
            REQUIRE(e.from >= 0);
            REQUIRE(e.from < list.size());
            REQUIRE(list[e.from] == e.id);
            list.remove(e.from);
            break;
        case OrderEdit::Kind::Move:
            REQUIRE(e.from >= 0);
            REQUIRE(e.from < list.size());
            REQUIRE(list[e.from] == e.id);
            REQUIRE(e.from != e.to);
            list.remove(e.from);
            REQUIRE(e.to >= 0);
            REQUIRE(e.to <= list.size());
            list.insert(e.to, e.id);
            break;
        case OrderEdit::Kind::Insert:
            REQUIRE(e.to >= 0);
            REQUIRE(e.to <= list.size());
            REQUIRE_FALSE(list.contains(e.id));
            list.insert(e.to, e.id);
            break;
        }
    }
    return list;
}

int count(const QVector<OrderEdit> &edits, OrderEdit::Kind kind)
{
    return int(std::count_if(edits.cbegin(), edits.cend(),
                             [kind](const OrderEdit &e) { return e.kind == kind; }));
}

// The fewest moves that can turn one order into the other: rows outside a longest run that is
// already in order.
int fewestMoves(const QVector<qint64> &before, const QVector<qint64> &after)
{
    QHash<qint64, int> target;
    for (int i = 0; i < after.size(); ++i)
        target.insert(after[i], i);
    QVector<int> positions;
    for (const qint64 id : before) {
        if (target.contains(id))
            positions.append(target.value(id));
    }
    QVector<int> tails;
    for (const int p : positions) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), p);
        if (it == tails.end())
            tails.append(p);
        else
            *it = p;
    }
    return int(positions.size() - tails.size());
}

QVector<qint64> ids(std::initializer_list<qint64> list)
{
    return QVector<qint64>(list);
}

} // namespace

TEST_CASE("No change gives no steps", "[orderdiff]")
{
    CHECK(orderEdits({}, {}).isEmpty());
    CHECK(orderEdits(ids({1, 2, 3}), ids({1, 2, 3})).isEmpty());
}

TEST_CASE("Moving one speaker is one step", "[orderdiff]")
{
    const QVector<qint64> before = ids({1, 2, 3, 4, 5, 6});
    // To the head, to the end, one place down, one place up, across the list.
    for (const auto &after :
         {ids({5, 1, 2, 3, 4, 6}), ids({2, 3, 4, 5, 6, 1}), ids({1, 3, 2, 4, 5, 6}),
          ids({1, 2, 4, 3, 5, 6}), ids({6, 1, 2, 3, 4, 5}), ids({1, 2, 3, 4, 6, 5})}) {
        const QVector<OrderEdit> edits = orderEdits(before, after);
        REQUIRE(edits.size() == 1);
        CHECK(edits.first().kind == OrderEdit::Kind::Move);
        CHECK(applied(before, edits) == after);
    }
    const QVector<OrderEdit> edits = orderEdits(before, ids({1, 2, 5, 3, 4, 6}));
    REQUIRE(edits.size() == 1);
    CHECK(edits.first().id == 5);
    CHECK(edits.first().from == 4);
    CHECK(edits.first().to == 2);
}

TEST_CASE("An exchange of places is at most two steps", "[orderdiff]")
{
    const QVector<qint64> before = ids({1, 2, 3, 4, 5, 6, 7});
    for (int a = 0; a < before.size(); ++a) {
        for (int b = a + 1; b < before.size(); ++b) {
            QVector<qint64> after = before;
            std::swap(after[a], after[b]);
            const QVector<OrderEdit> edits = orderEdits(before, after);
            INFO("swap " << a << " and " << b);
            CHECK(edits.size() <= 2);
            CHECK(edits.size() == (b == a + 1 ? 1 : 2));
            CHECK(count(edits, OrderEdit::Kind::Move) == edits.size());
            CHECK(applied(before, edits) == after);
        }
    }
}

TEST_CASE("Inscriptions and removals are inserts and removes, never moves", "[orderdiff]")
{
    QVector<OrderEdit> edits = orderEdits(ids({1, 2, 3}), ids({1, 9, 2, 3, 8}));
    CHECK(edits.size() == 2);
    CHECK(count(edits, OrderEdit::Kind::Insert) == 2);
    CHECK(applied(ids({1, 2, 3}), edits) == ids({1, 9, 2, 3, 8}));

    edits = orderEdits(ids({1, 2, 3, 4}), ids({2, 4}));
    CHECK(edits.size() == 2);
    CHECK(count(edits, OrderEdit::Kind::Remove) == 2);
    CHECK(applied(ids({1, 2, 3, 4}), edits) == ids({2, 4}));

    // "Next": the head leaves the list; the rest do not move.
    edits = orderEdits(ids({1, 2, 3, 4}), ids({2, 3, 4}));
    REQUIRE(edits.size() == 1);
    CHECK(edits.first().kind == OrderEdit::Kind::Remove);
    CHECK(edits.first().from == 0);

    edits = orderEdits({}, ids({1, 2}));
    CHECK(applied({}, edits) == ids({1, 2}));
    edits = orderEdits(ids({1, 2}), {});
    CHECK(applied(ids({1, 2}), edits).isEmpty());
}

TEST_CASE("Applying the steps to the old order always gives the new one, with the fewest moves",
          "[orderdiff]")
{
    QRandomGenerator random(20230525); // fixed: a failure can be replayed
    for (int round = 0; round < 3'000; ++round) {
        const int size = random.bounded(0, 25);
        QVector<qint64> before;
        for (int i = 0; i < size; ++i)
            before.append(1'000 + i);
        QVector<qint64> after = before;
        // Some removals, a shuffle of part or all of the list, and some new entries.
        const int removals = size > 0 ? random.bounded(0, size / 3 + 1) : 0;
        for (int i = 0; i < removals && !after.isEmpty(); ++i)
            after.remove(random.bounded(int(after.size())));
        const int kind = random.bounded(4);
        if (kind == 0) {
            for (int i = int(after.size()) - 1; i > 0; --i)
                std::swap(after[i], after[random.bounded(i + 1)]);
        } else {
            const int moves = random.bounded(0, 4);
            for (int i = 0; i < moves && after.size() > 1; ++i) {
                const qint64 id = after.takeAt(random.bounded(int(after.size())));
                after.insert(random.bounded(int(after.size()) + 1), id);
            }
        }
        const int inserts = random.bounded(0, 4);
        for (int i = 0; i < inserts; ++i)
            after.insert(random.bounded(int(after.size()) + 1), 5'000 + i);

        const QVector<OrderEdit> edits = orderEdits(before, after);
        INFO("round " << round);
        REQUIRE(applied(before, edits) == after);
        CHECK(count(edits, OrderEdit::Kind::Move) == fewestMoves(before, after));
        int gone = 0;
        for (const qint64 id : before)
            gone += after.contains(id) ? 0 : 1;
        CHECK(count(edits, OrderEdit::Kind::Remove) == gone);
        CHECK(count(edits, OrderEdit::Kind::Insert) ==
              int(after.size()) - (int(before.size()) - gone));
    }
}
