// File → Open from a server…: the dialog builds the location from its fields, offers the
// servers opened before, and will not open a location the rules refuse, saying why.
#include "serverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <catch2/catch.hpp>

using namespace rostrum;

namespace {
QLineEdit *field(ServerDialog &d, const char *name)
{
    auto *edit = d.findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(edit);
    return edit;
}

QPushButton *openButton(ServerDialog &d)
{
    auto *box = d.findChild<QDialogButtonBox *>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Open);
}
} // namespace

TEST_CASE("Open from a server builds the meeting's URL and offers the servers opened before",
          "[ui][server]")
{
    ServerDialog empty({});
    QLineEdit *host = field(empty, "host");
    QLineEdit *database = field(empty, "database");
    QLineEdit *user = field(empty, "user");
    QLineEdit *meeting = field(empty, "meeting");
    CHECK_FALSE(openButton(empty)->isEnabled()); // nothing named yet
    host->setText(QStringLiteral("db.un.example"));
    database->setText(QStringLiteral("meetings"));
    user->setText(QStringLiteral("clerk"));
    meeting->setText(QStringLiteral("arria_2023"));
    CHECK(openButton(empty)->isEnabled());
    CHECK(empty.url() ==
          QStringLiteral("postgresql://clerk@db.un.example/meetings?meeting=arria_2023"));
    CHECK(empty.userName() == QStringLiteral("clerk"));

    // A name the server could not take is refused here, with the reason on screen.
    meeting->setText(QStringLiteral("Arria 2023"));
    CHECK_FALSE(openButton(empty)->isEnabled());
    // In the language the suite runs in: the reason names the name it refuses.
    CHECK(empty.findChild<QLabel *>(QStringLiteral("problem"))
              ->text()
              .contains(QStringLiteral("Arria 2023")));

    const QString before = QStringLiteral("postgresql://tk@10.0.0.5:5433/un?meeting=council");
    ServerDialog again({before});
    CHECK(again.url() == before); // the newest is filled in
    CHECK(again.findChild<QSpinBox *>(QStringLiteral("port"))->value() == 5433);
    CHECK(again.findChild<QComboBox *>()->count() == 2);
}
