// The floor as the UN runs it, through separate rostrum-cli processes as a script would drive it:
// a point of order in the status JSON, replies in the list JSON, the changeover and the message.
#include "clirunner.h"
#include "tempmeeting.h"

#include <catch2/catch.hpp>

using namespace rostrum::systemtest;

namespace {
QStringList cli(std::initializer_list<const char *> words, const QString &file)
{
    QStringList out;
    for (const char *w : words)
        out.append(QString::fromUtf8(w));
    out.insert(1, file);
    return out;
}

QJsonObject entryOf(const QJsonArray &list, const QString &delegation, const QString &kind)
{
    for (const auto &v : list) {
        if (v[QStringLiteral("delegation")].toString() == delegation &&
            v[QStringLiteral("kind")].toString() == kind)
            return v.toObject();
    }
    FAIL("no " << kind.toStdString() << " by " << delegation.toStdString());
    return {};
}
} // namespace

TEST_CASE("A point of order from the command line interrupts the speech and gives it back",
          "[cli][procedure]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    runCliOk(cli({"add", "--delegation", "Latvia", "--speaker", "Andris Kalniņš"}, file));
    runCliOk(cli({"start"}, file));
    runCliOk(cli({"add", "--delegation", "Japan"}, file));

    const CliRun raised = runCliOk(cli({"point-of-order", "--delegation", "Fiji"}, file));
    CHECK(raised.out.startsWith(QStringLiteral("Point of order: Fiji has the floor; Latvia "
                                               "(Andris Kalniņš) is interrupted with ")));
    QJsonObject status = statusJson(file);
    CHECK(status[QStringLiteral("current")][QStringLiteral("kind")] ==
          QStringLiteral("point_of_order"));
    CHECK(status[QStringLiteral("current")][QStringLiteral("delegation")] ==
          QStringLiteral("Fiji"));
    const QJsonValue interrupted = status[QStringLiteral("interrupted")];
    REQUIRE(interrupted.isObject());
    CHECK(interrupted[QStringLiteral("delegation")] == QStringLiteral("Latvia"));
    CHECK(interrupted[QStringLiteral("speaker")] == QStringLiteral("Andris Kalniņš"));
    const qint64 kept = interrupted[QStringLiteral("remaining_s")].toInteger();
    CHECK(kept > 170);
    CHECK(kept <= 180);

    // A second point of order is refused in one line, and nothing changes.
    const CliRun second = runCli(cli({"point-of-order", "--delegation", "Peru"}, file));
    CHECK(second.exitCode == 1);
    CHECK(second.errLines().size() == 1);

    runCliOk(cli({"next"}, file));
    status = statusJson(file);
    CHECK(status[QStringLiteral("current")][QStringLiteral("kind")] == QStringLiteral("statement"));
    CHECK(status[QStringLiteral("current")][QStringLiteral("delegation")] ==
          QStringLiteral("Latvia"));
    CHECK(status[QStringLiteral("interrupted")].isNull());
    CHECK(status[QStringLiteral("running")] == false);
    CHECK(status[QStringLiteral("remaining_s")].toInteger() == kept);

    // The list shows the point of order as spoken, with its kind.
    const QJsonObject poo =
        entryOf(listJson(file, true), QStringLiteral("Fiji"), QStringLiteral("point_of_order"));
    CHECK(poo[QStringLiteral("status")] == QStringLiteral("spoke"));
    CHECK(poo[QStringLiteral("reply_number")].isNull());
}

TEST_CASE("Replies, the changeover and the message from the command line", "[cli][procedure]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    runCliOk(cli({"add", "--delegation", "Latvia"}, file));
    runCliOk(cli({"reply", "--delegation", "Japan"}, file));
    runCliOk(cli({"reply", "--delegation", "Japan"}, file));
    runCliOk(cli({"add", "--delegation", "Estonia"}, file));

    const CliRun third = runCli(cli({"reply", "--delegation", "Japan"}, file));
    CHECK(third.exitCode == 1);
    CHECK(third.errLines().size() == 1);
    CHECK(third.err.contains(QStringLiteral("reply 1 (entry #2, waiting) and reply 2 (entry #3, "
                                            "waiting)")));

    const QJsonArray list = listJson(file);
    REQUIRE(list.size() == 4);
    // Estonia's statement, inscribed after the replies, is heard before them.
    CHECK(list[1][QStringLiteral("delegation")] == QStringLiteral("Estonia"));
    CHECK(list[2][QStringLiteral("kind")] == QStringLiteral("reply"));
    CHECK(list[2][QStringLiteral("reply_number")] == 1);
    CHECK(list[2][QStringLiteral("allotted_s")] == 300);
    CHECK(list[3][QStringLiteral("reply_number")] == 2);
    CHECK(list[3][QStringLiteral("allotted_s")] == 180);
    CHECK(list[0][QStringLiteral("kind")] == QStringLiteral("statement"));

    // The changeover comes between every two speakers: the gap from one projected start to the
    // next grows by it (the starts themselves move with the clock between two commands).
    auto gap = [](const QJsonArray &l, int from) {
        auto at = [&](int i) {
            return QDateTime::fromString(l[i][QStringLiteral("projected_start")].toString(),
                                         Qt::ISODate)
                .toSecsSinceEpoch();
        };
        return at(from + 1) - at(from);
    };
    runCliOk(cli({"set-changeover", "30"}, file));
    CHECK(statusJson(file)[QStringLiteral("changeover_s")] == 30);
    const QJsonArray after = listJson(file);
    for (int i = 0; i < 3; ++i)
        CHECK(gap(after, i) - gap(list, i) == 30);
    CHECK(runCli(cli({"set-changeover", "601"}, file)).exitCode != 0);

    runCliOk(cli({"start"}, file));
    CHECK(statusJson(file)[QStringLiteral("message")].isNull());
    runCliOk(cli({"message", "Please conclude"}, file));
    CHECK(statusJson(file)[QStringLiteral("message")] == QStringLiteral("Please conclude"));
    CHECK(runCli(cli({"message", "--clear", "text"}, file)).exitCode == 2);
    runCliOk(cli({"next"}, file));
    CHECK(statusJson(file)[QStringLiteral("message")].isNull());
    runCliOk(cli({"message", "Your time is up"}, file));
    runCliOk(cli({"message", "--clear"}, file));
    CHECK(statusJson(file)[QStringLiteral("message")].isNull());
}

TEST_CASE("An untimed point of order counts up in the status", "[cli][procedure]")
{
    rostrum::testing::TempMeeting temp;
    const QString file = temp.path();
    newMeeting(file);
    runCliOk(cli({"settings", "--point-of-order-limit", "0:00"}, file));
    runCliOk(cli({"point-of-order", "--delegation", "Fiji"}, file));
    const QJsonObject status = statusJson(file);
    CHECK(status[QStringLiteral("remaining_s")].isNull());
    CHECK(status[QStringLiteral("limit_s")] == 0);
    CHECK(status[QStringLiteral("phase")] == QStringLiteral("running"));
}
