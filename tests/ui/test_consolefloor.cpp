// The floor from the console, as the chair uses it: O raises a point of order, the reply dialog
// inscribes after the list, F5 and F8 show and clear a message, and "Limit for all…" asks
// whether later inscriptions get the limit too.
#include "chairactions.h"
#include "chairwindow.h"
#include "floorrequestdialog.h"
#include "limitforalldialog.h"
#include "modaldialogs.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

TEST_CASE("O raises a point of order from the console and N gives the floor back",
          "[ui][procedure]")
{
    WindowFixture f;
    REQUIRE(f.session->start().ok);
    f.temp.clock.advance(12'000);
    const qint64 speaking = f.session->list().current()->id;
    whenOpen<FloorRequestDialog>([](FloorRequestDialog *d) {
        d->delegationField()->setText(QStringLiteral("Fiji"));
        d->accept();
    });
    f.window->chairActions()->pointOfOrder->trigger();
    REQUIRE(f.session->list().current());
    CHECK(f.session->list().current()->kind == EntryKind::PointOfOrder);
    CHECK(f.session->list().interrupted()->id == speaking);
    f.temp.clock.advance(2'000); // past the guard against a key pressed twice
    f.window->chairActions()->next->trigger();
    CHECK(f.session->list().current()->id == speaking);
    CHECK(f.session->currentReading().remainingMs == 168'000);
}

TEST_CASE("The reply dialog inscribes a right of reply after the last statement", "[ui][procedure]")
{
    WindowFixture f;
    whenOpen<FloorRequestDialog>([](FloorRequestDialog *d) {
        d->delegationField()->setText(QStringLiteral("Ukraine"));
        d->accept();
    });
    f.window->chairActions()->reply->trigger();
    const QVector<Entry> order = f.session->list().waiting();
    CHECK(order.last().delegation == QStringLiteral("Ukraine"));
    CHECK(order.last().kind == EntryKind::Reply);
}

TEST_CASE("F5 shows a preset message and F8 clears it", "[ui][procedure]")
{
    WindowFixture f;
    REQUIRE(f.session->start().ok);
    ChairActions *a = f.window->chairActions();
    CHECK_FALSE(a->clearMessage->isEnabled());
    a->messagePresets.at(0)->trigger();
    CHECK(f.session->meeting().message == ChairActions::messagePresetTexts().at(0));
    CHECK(a->clearMessage->isEnabled());
    a->clearMessage->trigger();
    CHECK(f.session->meeting().message.isEmpty());
}

TEST_CASE("Limit for all… can leave later inscriptions at their category's limit",
          "[ui][procedure][limits]")
{
    WindowFixture f;
    const bool later = GENERATE(true, false);
    whenOpen<LimitForAllDialog>([later](LimitForAllDialog *d) {
        d->limitField()->setText(QStringLiteral("2:10"));
        d->laterField()->setChecked(later);
        d->accept();
    });
    f.window->chairActions()->setLimitAll->trigger();
    CHECK(f.session->list().waiting().first().allottedMs == 130'000);
    EntryDraft fiji;
    fiji.delegation = QStringLiteral("Fiji");
    const auto added = f.session->add(fiji);
    REQUIRE(added.ok);
    CHECK(f.session->list().find(added.entryId)->allottedMs == (later ? 130'000 : 180'000));
}
